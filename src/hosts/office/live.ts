import type { CheckResult } from "../../engine/check";
import { parseA1 } from "../../engine/model/address";
import type { CellRange, CellValue, WorkbookData } from "../../engine/model/types";
import type { OfficeEnv } from "./env";
import { parseRangeAddress, rangeAddress } from "./geometry";
import type { CheckRun, OfficeWorkbookHost } from "./host";
import { reconcile, type ReconcileOutcome } from "./mark";
import { explain, type OfficeHostError } from "./notices";
import { readBlocks, usedRange, dimsOf, type Discovery } from "./read";
import type { Session } from "./session";
import type { MarkEntry } from "../inplace/state";

/** What a live re-check produced, for the task pane to refresh its list. */
export interface LiveUpdate {
  readonly result: CheckResult;
  readonly outcome: ReconcileOutcome;
  readonly workbook: WorkbookData;
  readonly syncs: number;
}

export interface LiveOptions {
  readonly host: OfficeWorkbookHost;
  readonly env: OfficeEnv;
  readonly debounceMs: number;
  readonly check: (workbook: WorkbookData, names: readonly string[]) => CheckResult;
  readonly onUpdate: (update: LiveUpdate) => void;
  readonly onError: (error: OfficeHostError) => void;
}

interface Changes {
  /** Rows (0-based, inclusive) edited in place. */
  top: number;
  bottom: number;
  right: number;
  /** Rows or cells inserted/deleted: the sheet is read again whole. */
  structural: boolean;
}

interface Cache {
  discovery: Discovery;
  names: readonly string[];
  /** The check the run was made with (a comparison or a cross-table check included); edits are re-checked with it. */
  check?: (workbook: WorkbookData, names: readonly string[]) => CheckResult;
  sheets: Map<
    string,
    { name: string; rows: Array<CellValue[] | undefined>; merges: readonly CellRange[]; hidden?: boolean }
  >;
  date1904: boolean;
  entries: MarkEntry[];
}

/**
 * The live re-check (ExcelApi 1.7+): after a check, each checked sheet's onChanged event collects the edited
 * rows; a short debounce later only those rows are read again (header and other rows come from the last run,
 * kept in memory), the workbook is checked again in memory (table-level rules such as duplicates see every row)
 * and only the cells whose marks change are written. Inserted or deleted rows shift the remembered marks and
 * read that sheet again.
 */
export class LiveRecheck {
  private cache: Cache | undefined;
  private readonly registered = new Set<string>();
  private readonly pending = new Map<string, Changes>();
  private timer: unknown;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly options: LiveOptions) {}

  /**
   * Keeps what a check read and wrote, to patch it on edits, and the check it was made with (`check`; the one the
   * live re-check was built with when absent), so that an edit after 与上次报送比对 or a cross-table check is
   * re-checked the same way and its DF/XT marks stay.
   */
  remember(run: CheckRun, check?: LiveOptions["check"]): void {
    const sheets: Cache["sheets"] = new Map();
    for (const sheet of run.workbook.sheets) {
      sheets.set(sheet.name, {
        name: sheet.name,
        rows: sheet.rows.map((r) => (r ? [...r] : undefined)),
        merges: sheet.merges,
        ...(sheet.hidden !== undefined ? { hidden: sheet.hidden } : {}),
      });
    }
    this.cache = {
      discovery: run.discovery,
      names: run.names,
      ...(check ? { check } : {}),
      sheets,
      date1904: run.workbook.date1904,
      entries: [...run.outcome.entries],
    };
    this.pending.clear();
  }

  /** After 清除标记: edits no longer re-check (the handlers stay registered and ignore them). */
  forget(): void {
    this.cache = undefined;
    this.pending.clear();
    if (this.timer !== undefined) this.options.env.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Queues onChanged registrations for checked sheets not registered yet (sent with the run's last sync). */
  register(s: Session, names: readonly string[]): void {
    for (const name of names) {
      if (this.registered.has(name)) continue;
      this.registered.add(name);
      s.ctx.workbook.worksheets.getItem(name).onChanged.add((e) => this.onChanged(e));
    }
  }

  /** Settles pending edits now (tests, and before a new check). */
  async settle(): Promise<void> {
    if (this.timer !== undefined) {
      this.options.env.clearTimeout(this.timer);
      this.timer = undefined;
      await this.flush();
    }
    await this.running;
  }

  private async onChanged(e: Excel.WorksheetChangedEventArgs): Promise<void> {
    const cache = this.cache;
    if (!cache) return;
    const sheet = cache.discovery.sheets.find((x) => x.id === e.worksheetId)?.name;
    if (!sheet || !cache.names.includes(sheet)) return;
    const c = this.pending.get(sheet) ?? { top: Infinity, bottom: -1, right: -1, structural: false };
    const type = String(e.changeType);
    if (type === "RangeEdited") {
      const r = parseRangeAddress(e.address) ?? wholeRows(e.address);
      if (r) {
        c.top = Math.min(c.top, r.top);
        c.bottom = Math.max(c.bottom, r.bottom);
        c.right = Math.max(c.right, Math.min(r.right, 16_383));
      } else c.structural = true;
    } else {
      c.structural = true;
      cache.entries = shiftEntries(cache.entries, sheet, type, e.address, e.changeDirectionState);
    }
    this.pending.set(sheet, c);
    if (this.timer !== undefined) this.options.env.clearTimeout(this.timer);
    this.timer = this.options.env.setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.options.debounceMs);
  }

  private async flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.recheck()
      .catch((e: unknown) => this.options.onError(explain(e)))
      .finally(() => {
        this.running = undefined;
        if (this.again && this.pending.size > 0) {
          this.again = false;
          void this.flush();
        }
      });
    return this.running;
  }

  private async recheck(): Promise<void> {
    const cache = this.cache;
    if (!cache || this.pending.size === 0) return;
    const changes = new Map(this.pending);
    this.pending.clear();
    const { host, check } = this.options;
    let syncs = 0;
    const update = await host.run(async (s) => {
      await this.readChanges(s, cache, changes);
      const workbook: WorkbookData = {
        sheets: cache.names.map((n) => cache.sheets.get(n) ?? { name: n, rows: [], merges: [] }),
        date1904: cache.date1904,
      };
      const result = (cache.check ?? check)(workbook, cache.names);
      const outcome = await reconcile(s, {
        discovery: cache.discovery,
        previous: cache.entries,
        findings: result.findings,
        scope: new Set(cache.names),
        results: host.resultsMode(),
        locale: host.locale,
        stateDirty: [...changes.values()].some((c) => c.structural),
      });
      cache.entries = [...outcome.entries];
      cache.discovery = outcome.discovery;
      syncs = s.syncs;
      return { result, outcome, workbook };
    });
    if (this.cache === cache) this.options.onUpdate({ ...update, syncs });
  }

  /** One sync for the edited rows of every sheet (two more for a sheet whose rows moved). */
  private async readChanges(s: Session, cache: Cache, changes: Map<string, Changes>): Promise<void> {
    const whole = [...changes].filter(([, c]) => c.structural).map(([n]) => n);
    const used = new Map<string, Excel.Range>();
    for (const n of whole) used.set(n, usedRange(s, s.ctx.workbook.worksheets.getItem(n)));
    if (used.size > 0) await s.sync();
    const targets = [];
    for (const [name, c] of changes) {
      const sheet = cache.sheets.get(name);
      if (!sheet) continue;
      if (c.structural) {
        const dims = dimsOf(used.get(name) as Excel.Range);
        targets.push({ name, dims });
        sheet.rows = [];
        continue;
      }
      if (c.bottom < c.top) continue;
      let cols = c.right + 1;
      for (const r of sheet.rows) if (r && r.length > cols) cols = r.length;
      targets.push({ name, dims: { top: c.top, left: 0, rows: c.bottom - c.top + 1, cols }, merges: false });
    }
    const read = await readBlocks(s, targets, null);
    for (const t of targets) {
      const sheet = cache.sheets.get(t.name);
      const fresh = read.sheets.get(t.name);
      if (!sheet || !fresh || !t.dims) continue;
      const changed = changes.get(t.name) as Changes;
      if (changed.structural) {
        sheet.rows = [...fresh.rows].map((r) => (r ? [...r] : undefined));
        if (s.caps.merges) sheet.merges = fresh.merges;
        continue;
      }
      for (let r = t.dims.top; r < t.dims.top + t.dims.rows; r++)
        sheet.rows[r] = fresh.rows[r] ? [...(fresh.rows[r] as CellValue[])] : undefined;
      while (sheet.rows.length > 0 && sheet.rows[sheet.rows.length - 1] === undefined) sheet.rows.pop();
    }
  }
}

/** `5:7` (whole rows) as a rectangle over every column. */
function wholeRows(address: string): CellRange | undefined {
  const m = /^(?:.*!)?\$?(\d+):\$?(\d+)$/.exec(address);
  if (!m) return undefined;
  return { top: Number(m[1]) - 1, left: 0, bottom: Number(m[2]) - 1, right: 16_383 };
}

/**
 * Moves remembered marks with the cells when rows or columns are inserted or deleted (Excel moves the fills and
 * notes with them), and forgets marks whose cells were deleted, so that a later 清除标记 restores the right cells.
 */
export function shiftEntries(
  entries: readonly MarkEntry[],
  sheet: string,
  changeType: string,
  address: string,
  direction?: { insertShiftDirection?: string; deleteShiftDirection?: string },
): MarkEntry[] {
  const area = parseRangeAddress(address) ?? wholeRows(address) ?? wholeColumns(address);
  if (!area) return [...entries];
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  const insertDir = direction?.insertShiftDirection;
  const deleteDir = direction?.deleteShiftDirection;
  const down = changeType === "RowInserted" || (changeType === "CellInserted" && insertDir === "Down");
  const up = changeType === "RowDeleted" || (changeType === "CellDeleted" && deleteDir === "Up");
  const right = changeType === "ColumnInserted" || (changeType === "CellInserted" && insertDir === "Right");
  const left = changeType === "ColumnDeleted" || (changeType === "CellDeleted" && deleteDir === "Left");
  const out: MarkEntry[] = [];
  for (const e of entries) {
    const c = e.sheet === sheet ? parseA1(e.address) : undefined;
    if (!c) {
      out.push(e);
      continue;
    }
    const inCols = c.col >= area.left && c.col <= area.right;
    const inRows = c.row >= area.top && c.row <= area.bottom;
    let { row, col } = c;
    if (down && inCols && row >= area.top) row += rows;
    else if (up && inCols) {
      if (inRows) continue;
      if (row > area.bottom) row -= rows;
    } else if (right && inRows && col >= area.left) col += cols;
    else if (left && inRows) {
      if (inCols) continue;
      if (col > area.right) col -= cols;
    }
    out.push({ ...e, address: rangeAddress({ top: row, left: col, bottom: row, right: col }) });
  }
  return out;
}

function wholeColumns(address: string): CellRange | undefined {
  const m = /^(?:.*!)?\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address);
  if (!m?.[1] || !m[2]) return undefined;
  const a = parseA1(`${m[1]}1`);
  const b = parseA1(`${m[2]}1`);
  if (!a || !b) return undefined;
  return { top: 0, left: a.col, bottom: 1_048_575, right: b.col };
}
