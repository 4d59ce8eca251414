import { OWN_SHEETS } from "../../engine/check";
import { a1 } from "../../engine/model/address";
import type { CellRange, CellValue, SheetData, WorkbookData } from "../../engine/model/types";
import {
  errorTextOfNumber,
  isErrorText,
  truthy,
  type EtApp,
  type EtRange,
  type EtWorkbook,
  type EtWorksheet,
} from "./et";
import { compactRow } from "../inplace/rows";
import { WpsHostError } from "./notices";

/** Rows per Value2 read: one call returns a block of rows × the used columns. */
export const BLOCK_ROWS = 500;

export interface SheetInfo {
  readonly name: string;
  readonly hidden: boolean;
  readonly veryHidden: boolean;
  readonly protected: boolean;
}

export interface Discovery {
  readonly sheets: readonly SheetInfo[];
  readonly active: string;
  readonly readOnly: boolean;
  readonly protectStructure: boolean;
  readonly date1904: boolean;
}

/** A used range: 0-based top-left and size. */
export interface Dims {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export function workbookOf(app: EtApp): EtWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw new WpsHostError("wpsNoWorkbook");
  return wb;
}

/** The sheet list (1-based Item(i)), the active sheet, read-only, structure protection, the date system. */
export function discover(app: EtApp): Discovery {
  const wb = workbookOf(app);
  const list = wb.Worksheets;
  const sheets: SheetInfo[] = [];
  for (let i = 1; i <= list.Count; i++) {
    const ws = list.Item(i);
    const visible = ws.Visible;
    sheets.push({
      name: ws.Name,
      hidden: !(visible === true || visible === -1),
      veryHidden: visible === 2,
      protected: truthy(ws.ProtectContents),
    });
  }
  return {
    sheets,
    active: wb.ActiveSheet?.Name ?? sheets[0]?.name ?? "",
    readOnly: truthy(wb.ReadOnly),
    protectStructure: truthy(wb.ProtectStructure),
    date1904: truthy(wb.Date1904),
  };
}

export function sheetOf(app: EtApp, name: string): EtWorksheet {
  return workbookOf(app).Worksheets.Item(name);
}

/** The used range, or null when the sheet is empty (ET reports A1 then). */
export function dimsOf(ws: EtWorksheet): Dims | null {
  const used = ws.UsedRange;
  const dims = { top: used.Row - 1, left: used.Column - 1, rows: used.Rows.Count, cols: used.Columns.Count };
  if (dims.rows === 1 && dims.cols === 1 && isEmpty(used.Value2)) return null;
  return dims;
}

export function rectAddress(r: CellRange): string {
  const first = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? first : `${first}:${a1(r.bottom, r.right)}`;
}

/** Value2 of a block as rows: ET gives a scalar for one cell; some bridges give one row as a flat array. */
export function grid(v: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  if (v.length > 0 && !Array.isArray(v[0])) {
    return rows === 1 ? [v as unknown[]] : (v as unknown[]).map((x) => [x]);
  }
  void cols;
  return v as unknown[][];
}

/** Reads one sheet's rows `from`..`from + count − 1` (0-based, within its used range) in blocks of rows. */
export function readRows(
  ws: EtWorksheet,
  dims: Dims,
  rows: Array<CellValue[] | undefined>,
  from = 0,
  count = dims.rows,
): void {
  const end = Math.min(dims.rows, from + count);
  for (let i = from; i < end; i += BLOCK_ROWS) {
    const n = Math.min(BLOCK_ROWS, end - i);
    const top = dims.top + i;
    const range = ws.Range(
      rectAddress({ top, left: dims.left, bottom: top + n - 1, right: dims.left + dims.cols - 1 }),
    );
    const values = grid(range.Value2, n, dims.cols);
    for (let r = 0; r < n; r++) {
      rows[top + r] = toRow(ws, values[r] ?? [], top + r, dims.left);
    }
  }
}

/** A row of Value2 values as the engine's CellValue[] (undefined when empty). */
function toRow(
  ws: EtWorksheet,
  values: readonly unknown[],
  row: number,
  left: number,
): CellValue[] | undefined {
  return compactRow(values, left, (v, j) => toCell(ws, v, row, left + j));
}

/**
 * One Value2 as a CellValue. Formula errors may arrive as a COM SCODE (−2146826246 for #N/A), a CVErr number
 * (2042), the error's text, or an object; the cell's displayed Text decides, asked only for such suspects.
 */
function toCell(ws: EtWorksheet, v: unknown, row: number, col: number): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") {
    const error = errorTextOfNumber(v);
    if (error !== undefined && textOf(ws, row, col) === error) return { error };
    return v;
  }
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    if (isErrorText(v) && ws.Cells.Item(row + 1, col + 1).PrefixCharacter !== "'") return { error: v };
    return v;
  }
  const text = textOf(ws, row, col);
  return isErrorText(text) ? { error: text } : text === "" ? null : text;
}

function textOf(ws: EtWorksheet, row: number, col: number): string {
  const t = ws.Cells.Item(row + 1, col + 1).Text;
  return typeof t === "string" ? t : t === null || t === undefined ? "" : String(t);
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/**
 * Merged areas within a rectangle, found by halving: MergeCells is false over a part without merges (one call
 * settles it), so only the parts holding merges are split further, down to the cell whose MergeArea names one.
 */
export function mergesIn(ws: EtWorksheet, rect: CellRange, found: Map<string, CellRange>): void {
  const range = ws.Range(rectAddress(rect));
  const merged = range.MergeCells;
  if (merged === false) return;
  const single = rect.top === rect.bottom && rect.left === rect.right;
  if (single || merged === true) {
    const area = parseRect(range.MergeArea.Address(false, false));
    if (area && contains(area, rect)) {
      if (area.bottom > area.top || area.right > area.left) found.set(rectAddress(area), area);
      return;
    }
    if (single) return;
  }
  const [a, b] = halves(rect);
  mergesIn(ws, a, found);
  mergesIn(ws, b, found);
}

function halves(r: CellRange): [CellRange, CellRange] {
  if (r.bottom > r.top) {
    const mid = Math.floor((r.top + r.bottom) / 2);
    return [
      { ...r, bottom: mid },
      { ...r, top: mid + 1 },
    ];
  }
  const mid = Math.floor((r.left + r.right) / 2);
  return [
    { ...r, right: mid },
    { ...r, left: mid + 1 },
  ];
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

/** `A1` or `B2:D4` (no `$`) → a 0-based rectangle. */
export function parseRect(address: string): CellRange | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.replace(/^.*!/, ""));
  if (!m || !m[1] || !m[2]) return undefined;
  const col = (s: string) => {
    let n = 0;
    for (let i = 0; i < s.length; i++) n = n * 26 + (s.toUpperCase().charCodeAt(i) - 64);
    return n - 1;
  };
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? col(m[3]) : left;
  return { top, left, bottom, right };
}

/** Reads whole sheets: values in row blocks, merged areas, hidden flags. */
export function readSheets(app: EtApp, d: Discovery, names: readonly string[]): WorkbookData {
  const info = new Map(d.sheets.map((s) => [s.name, s]));
  const sheets: SheetData[] = names.map((name) => {
    const ws = sheetOf(app, name);
    const dims = dimsOf(ws);
    const rows: Array<CellValue[] | undefined> = [];
    const merges = new Map<string, CellRange>();
    if (dims) {
      readRows(ws, dims, rows);
      for (let i = 0; i < dims.rows; i += BLOCK_ROWS) {
        const top = dims.top + i;
        const bottom = Math.min(dims.top + dims.rows, top + BLOCK_ROWS) - 1;
        mergesIn(ws, { top, left: dims.left, bottom, right: dims.left + dims.cols - 1 }, merges);
      }
    }
    return { name, rows, merges: [...merges.values()], hidden: info.get(name)?.hidden ?? false };
  });
  return { sheets, date1904: d.date1904 };
}

/** The sheets a run reads: Anju's own sheets never; `only` when given (in workbook order). */
export function sheetsToRead(d: Discovery, only?: readonly string[]): string[] {
  return d.sheets.map((x) => x.name).filter((n) => !OWN_SHEETS.has(n) && (!only || only.includes(n)));
}

export type { EtRange };
