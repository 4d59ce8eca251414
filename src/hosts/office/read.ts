import { OWN_SHEETS } from "../../engine/check";
import type { CellRange, CellValue, SheetData, WorkbookData } from "../../engine/model/types";
import { COMMAND_BYTES, jsonBytes } from "./budget";
import { parseAddressList, rangeAddress } from "./geometry";
import { officeErrorCode } from "./notices";
import type { Session } from "./session";
import { compactRow } from "../inplace/rows";
import { decodeState, STATE_SHEET, type MarkEntry } from "../inplace/state";

export interface SheetInfo {
  readonly name: string;
  /** Worksheet id: onChanged events name the sheet by it. */
  readonly id: string;
  readonly visibility: string;
  /** Protected (ExcelApi 1.2+; unknown and false before). */
  readonly protected: boolean;
}

export interface Discovery {
  /** Every sheet, Anju's own included, in workbook order. */
  readonly sheets: readonly SheetInfo[];
  readonly active: string;
  /** Workbook opened read-only (ExcelApi 1.8+). */
  readonly readOnly: boolean;
  readonly date1904: boolean;
  /** Used range of the active sheet, when asked for (saves a sync on 校验当前工作表). */
  readonly activeDims?: Dims | null;
}

/** A used range: 0-based top-left and size. */
export interface Dims {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** Sync 1: the sheet list, the active sheet, read-only, the date system. */
export async function discover(s: Session, withActiveDims: boolean): Promise<Discovery> {
  const { ctx, caps } = s;
  const wb = ctx.workbook;
  const list = wb.worksheets;
  list.load(
    caps.v2
      ? "items/name,items/id,items/visibility,items/protection/protected"
      : "items/name,items/id,items/visibility",
  );
  const active = list.getActiveWorksheet();
  active.load("name");
  const activeUsed = withActiveDims ? usedRange(s, active) : undefined;
  if (caps.runtime) wb.load("readOnly");
  // DATE(1904,1,1) is 0 in the 1904 date system and 1462 in the 1900 one; asked without touching a cell.
  const date = caps.v2 ? wb.functions.date(1904, 1, 1) : undefined;
  date?.load("value");
  await s.sync();
  return {
    sheets: list.items.map((w) => ({
      name: w.name,
      id: w.id,
      visibility: String(w.visibility),
      protected: caps.v2 ? w.protection.protected : false,
    })),
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- synced by s.sync() above
    active: active.name,
    readOnly: caps.runtime ? wb.readOnly : false,
    date1904: date ? date.value === 0 : false,
    ...(activeUsed ? { activeDims: dimsOf(activeUsed) } : {}),
  };
}

/** Queues a load of a sheet's used range (values only where supported), for `dimsOf` after the sync. */
export function usedRange(s: Session, ws: Excel.Worksheet): Excel.Range {
  const { caps } = s;
  const r = caps.nullObjects
    ? ws.getUsedRangeOrNullObject(true)
    : caps.v2
      ? ws.getUsedRange(true)
      : ws.getUsedRange();
  r.load("rowIndex,columnIndex,rowCount,columnCount");
  return r;
}

export function dimsOf(r: Excel.Range): Dims | null {
  if (r.isNullObject) return null;
  return { top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
}

/** A rectangle of a sheet to read in row blocks. */
interface Job {
  readonly sheet: string;
  readonly dims: Dims;
  /** Data sheets: values, valueTypes and merges; the state sheet: values only. */
  readonly kind: "data" | "state";
  /** Read merged areas too (not for the rows a live re-check reads again: their merges are kept). */
  readonly merges: boolean;
  next: number;
  bytesPerCell: number;
}

export interface ReadResult {
  readonly sheets: Map<string, SheetData>;
  readonly state: { entries: MarkEntry[]; damaged: number } | undefined;
}

interface Pending {
  readonly job: Job;
  readonly top: number;
  readonly rows: number;
  readonly range: Excel.Range;
  readonly merges: Excel.RangeAreas[];
}

/**
 * Reads sheets (and the state sheet) in row blocks packed into syncs so that no response passes the budget:
 * the first block assumes `firstBytesPerCell`, later ones use the bytes measured so far. A block that still comes
 * back too large (ResponsePayloadSizeLimitExceeded) is read again smaller.
 */
export async function readBlocks(
  s: Session,
  targets: ReadonlyArray<{ name: string; dims: Dims | null; merges?: boolean }>,
  stateDims: Dims | null,
): Promise<ReadResult> {
  const { budget } = s;
  const jobs: Job[] = [];
  const rows = new Map<string, Array<CellValue[] | undefined>>();
  const merges = new Map<string, Map<string, CellRange>>();
  for (const t of targets) {
    rows.set(t.name, []);
    merges.set(t.name, new Map());
    if (t.dims)
      jobs.push({
        sheet: t.name,
        dims: t.dims,
        kind: "data",
        merges: t.merges ?? true,
        next: 0,
        bytesPerCell: budget.firstBytesPerCell,
      });
  }
  const stateValues: unknown[] = [];
  if (stateDims) {
    jobs.push({
      sheet: STATE_SHEET,
      dims: { ...stateDims, cols: 1 },
      kind: "state",
      merges: false,
      next: 0,
      bytesPerCell: 400,
    });
  }
  // Shrinks for the rest of this read when Excel refuses a response as too large.
  let responseBudget = budget.responseBytes;
  while (jobs.some((j) => j.next < j.dims.rows)) {
    const pending = queueBatch(s, jobs, responseBudget);
    try {
      await s.sync();
    } catch (e) {
      if (officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded" || responseBudget < 20_000) throw e;
      responseBudget /= 3;
      continue;
    }
    for (const p of pending) {
      const values = p.range.values as unknown[][];
      p.job.next += p.rows;
      if (p.job.kind === "state") {
        for (const r of values) stateValues.push(r[0]);
        continue;
      }
      const types = p.range.valueTypes as string[][];
      const measured = (jsonBytes(values) + jsonBytes(types)) / Math.max(1, p.rows * p.job.dims.cols);
      p.job.bytesPerCell = Math.max(8, measured * 1.25);
      const sheetRows = rows.get(p.job.sheet) as Array<CellValue[] | undefined>;
      const top = p.job.dims.top + p.top;
      values.forEach((vr, i) => {
        const row = toRow(vr, types[i] ?? [], p.job.dims.left);
        if (row) sheetRows[top + i] = row;
      });
      const sheetMerges = merges.get(p.job.sheet) as Map<string, CellRange>;
      for (const m of p.merges) {
        if (m.isNullObject) continue;
        for (const r of parseAddressList(m.address))
          sheetMerges.set(`${r.top}:${r.left}:${r.bottom}:${r.right}`, r);
      }
    }
  }
  const sheets = new Map<string, SheetData>();
  for (const t of targets) {
    sheets.set(t.name, {
      name: t.name,
      rows: rows.get(t.name) ?? [],
      merges: [...(merges.get(t.name)?.values() ?? [])],
    });
  }
  return { sheets, state: stateDims ? decodeState(stateValues) : undefined };
}

function queueBatch(s: Session, jobs: readonly Job[], responseBudget: number): Pending[] {
  const { ctx, caps, budget } = s;
  const pending: Pending[] = [];
  let used = 0;
  for (const job of jobs) {
    const remaining = job.dims.rows - job.next;
    if (remaining <= 0) continue;
    const rowBytes = job.dims.cols * job.bytesPerCell;
    let fit = Math.floor((responseBudget - used) / rowBytes);
    if (fit < 1) {
      if (pending.length > 0) return pending;
      fit = 1;
    }
    const count = Math.min(remaining, fit);
    const top = job.dims.top + job.next;
    const ws = ctx.workbook.worksheets.getItem(job.sheet);
    const range = ws.getRange(
      rangeAddress({
        top,
        left: job.dims.left,
        bottom: top + count - 1,
        right: job.dims.left + job.dims.cols - 1,
      }),
    );
    if (job.kind === "data") range.load("values,valueTypes");
    else range.load("values");
    const blockMerges: Excel.RangeAreas[] = [];
    if (job.merges && caps.merges) {
      for (let r = 0; r < count; r += budget.mergeRowsPerCall) {
        const part = ws.getRange(
          rangeAddress({
            top: top + r,
            left: job.dims.left,
            bottom: top + Math.min(count, r + budget.mergeRowsPerCall) - 1,
            right: job.dims.left + job.dims.cols - 1,
          }),
        );
        const m = part.getMergedAreasOrNullObject();
        m.load("address");
        blockMerges.push(m);
      }
    }
    pending.push({ job, top: job.next, rows: count, range, merges: blockMerges });
    used += count * rowBytes + COMMAND_BYTES * (1 + blockMerges.length);
    // The batch is full when this job's block had to stop short of its end.
    if (count < remaining) return pending;
  }
  return pending;
}

/** A row of Excel values as the engine's CellValue[]: errors kept as values, empty strings as null, trimmed. */
function toRow(values: readonly unknown[], types: readonly string[], left: number): CellValue[] | undefined {
  return compactRow(values, left, (v, j) => toCell(v, types[j]));
}

function toCell(v: unknown, type: string | undefined): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(v) };
    case "Boolean":
      return Boolean(v);
    case "Double":
    case "Integer":
      return typeof v === "number" ? v : Number(v);
    default:
      if (typeof v === "string") return v === "" ? null : v;
      if (typeof v === "number" || typeof v === "boolean") return v;
      return null;
  }
}

/** The sheets a run reads: Anju's own sheets never; `only` when given (in workbook order). */
export function sheetsToRead(d: Discovery, only?: readonly string[]): string[] {
  return d.sheets.map((x) => x.name).filter((n) => !OWN_SHEETS.has(n) && (!only || only.includes(n)));
}

export function toWorkbook(d: Discovery, names: readonly string[], read: ReadResult): WorkbookData {
  const hidden = new Map(d.sheets.map((x) => [x.name, x.visibility !== "Visible"]));
  return {
    sheets: names.map((n) => ({
      ...(read.sheets.get(n) ?? { name: n, rows: [], merges: [] }),
      hidden: hidden.get(n) ?? false,
    })),
    date1904: d.date1904,
  };
}
