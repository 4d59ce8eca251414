import type { CheckResult } from "../../engine/check";
import type { CellValue, WorkbookData } from "../../engine/model/types";
import type { EtApiEvent, EtRange, EtWorksheet } from "./et";
import type { CheckRun, WpsWorkbookHost } from "./host";
import { reconcile, type ReconcileOutcome } from "./mark";
import { explain, type WpsHostError } from "./notices";
import { dimsOf, readRows, readSheets, sheetOf } from "./read";
import type { MarkEntry } from "./state";

export interface LiveUpdate {
  readonly result: CheckResult;
  readonly outcome: ReconcileOutcome;
}

export interface LiveOptions {
  readonly host: WpsWorkbookHost;
  /** Application.ApiEvent (newer WPS) or wps.ApiEvent. */
  readonly events: EtApiEvent | undefined;
  readonly debounceMs: number;
  readonly check: (workbook: WorkbookData, names: readonly string[]) => CheckResult;
  readonly onUpdate: (update: LiveUpdate) => void;
  readonly onError: (error: WpsHostError) => void;
  readonly setTimeout: (fn: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

/** Edits larger than this many rows (whole rows or columns inserted, deleted, pasted) read the sheet again. */
const WHOLE_SHEET_ROWS = 5_000;

interface Cache {
  names: readonly string[];
  /** The check the run was made with (a comparison or a cross-table check included); edits are re-checked with it. */
  check?: (workbook: WorkbookData, names: readonly string[]) => CheckResult;
  workbook: {
    sheets: Array<{
      name: string;
      rows: Array<CellValue[] | undefined>;
      merges: WorkbookData["sheets"][number]["merges"];
      hidden?: boolean;
    }>;
    date1904: boolean;
  };
  entries: MarkEntry[];
}

/**
 * The live re-check: after a check, ET's SheetChange event (one listener for the application, registered once)
 * collects the edited rows of checked sheets; a short debounce later only those rows are read again, the workbook
 * is checked again in memory (table-level rules such as duplicates still see every row) and only the cells whose
 * marks change are written (events off meanwhile, so Anju's own writes raise no SheetChange).
 */
export class LiveRecheck {
  private cache: Cache | undefined;
  private registered = false;
  private readonly pending = new Map<string, { top: number; bottom: number; whole: boolean }>();
  private timer: unknown;

  constructor(private readonly options: LiveOptions) {}

  /** Whether this WPS can tell the add-in about edits. */
  get available(): boolean {
    return this.options.events !== undefined;
  }

  /** Keeps what a check read and wrote, and the check it was made with (see the Office host's LiveRecheck). */
  remember(run: CheckRun, check?: LiveOptions["check"]): void {
    this.cache = {
      names: run.names,
      ...(check ? { check } : {}),
      workbook: {
        sheets: run.workbook.sheets.map((s) => ({
          name: s.name,
          rows: s.rows.map((r) => (r ? [...r] : undefined)),
          merges: s.merges,
          ...(s.hidden !== undefined ? { hidden: s.hidden } : {}),
        })),
        date1904: run.workbook.date1904,
      },
      entries: [...run.outcome.entries],
    };
    this.pending.clear();
    if (!this.registered && this.options.events) {
      this.registered = true;
      this.options.events.AddApiEventListener("SheetChange", (sheet, target) => this.onChange(sheet, target));
    }
  }

  forget(): void {
    this.cache = undefined;
    this.pending.clear();
    if (this.timer !== undefined) this.options.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Runs a pending re-check now (before a new check, and in tests). */
  settle(): void {
    if (this.timer === undefined) return;
    this.options.clearTimeout(this.timer);
    this.timer = undefined;
    this.flush();
  }

  private onChange(sheet: EtWorksheet, target: EtRange): void {
    const cache = this.cache;
    if (!cache) return;
    let name: string;
    let top: number;
    let rows: number;
    try {
      name = sheet.Name;
      top = target.Row - 1;
      rows = target.Rows.Count;
    } catch {
      return;
    }
    if (!cache.names.includes(name)) return;
    const p = this.pending.get(name) ?? { top: Infinity, bottom: -1, whole: false };
    p.top = Math.min(p.top, top);
    p.bottom = Math.max(p.bottom, top + rows - 1);
    if (rows > WHOLE_SHEET_ROWS) p.whole = true;
    this.pending.set(name, p);
    if (this.timer !== undefined) this.options.clearTimeout(this.timer);
    this.timer = this.options.setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, this.options.debounceMs);
  }

  private flush(): void {
    const cache = this.cache;
    if (!cache || this.pending.size === 0) return;
    const changes = new Map(this.pending);
    this.pending.clear();
    const { host } = this.options;
    try {
      const app = host.app;
      const d = host.run(() => {
        const disc = host.discovery();
        for (const [name, c] of changes) {
          const sheet = cache.workbook.sheets.find((s) => s.name === name);
          if (!sheet) continue;
          if (c.whole) {
            const fresh = readSheets(app, disc, [name]).sheets[0];
            if (fresh)
              Object.assign(sheet, {
                rows: fresh.rows.map((r) => (r ? [...r] : undefined)),
                merges: fresh.merges,
              });
            continue;
          }
          const ws = sheetOf(app, name);
          const used = dimsOf(ws);
          let cols = used ? used.left + used.cols : 1;
          for (const r of sheet.rows) if (r && r.length > cols) cols = r.length;
          for (let r = c.top; r <= c.bottom; r++) sheet.rows[r] = undefined;
          readRows(ws, { top: c.top, left: 0, rows: c.bottom - c.top + 1, cols }, sheet.rows);
          while (sheet.rows.length > 0 && sheet.rows[sheet.rows.length - 1] === undefined) sheet.rows.pop();
        }
        return disc;
      });
      const result = (cache.check ?? this.options.check)(cache.workbook, cache.names);
      const outcome = host.run(() =>
        reconcile(app, {
          discovery: d,
          previous: cache.entries,
          findings: result.findings,
          scope: new Set(cache.names),
          locale: host.locale,
        }),
      );
      cache.entries = [...outcome.entries];
      if (this.cache === cache) this.options.onUpdate({ result, outcome });
    } catch (e) {
      this.options.onError(explain(e));
    }
  }
}
