import { OWN_SHEETS, type CheckResult } from "../../engine/check";
import type { Locale } from "../../engine/messages";
import type { Finding, WorkbookData } from "../../engine/model/types";
import type { WorkbookHost } from "../port";
import { DEFAULT_BUDGET, type Budget } from "./budget";
import { detectCaps, type Caps } from "./caps";
import type { Target } from "../inplace/port";
import type { InPlaceRun } from "../inplace/run";
import type { OfficeEnv } from "./env";
import { STATE_SHEET } from "../inplace/state";
import type { ReconcileInput, ReconcileOutcome } from "./mark";
import { explain, type Notice } from "./notices";
import { discover, readBlocks, sheetsToRead, toWorkbook, type Discovery } from "./read";
import { reconcileMarks } from "./reconcile-run";
import { RESULTS_SHEET } from "./results";
import { Session } from "./session";
import { measure, previousOf, readState, stateNotices } from "./state-read";

export interface OfficeHostOptions {
  readonly budget?: Budget;
  readonly locale?: Locale;
  /** Read the running Excel's requirement sets once (default) or use these (tests, benchmarks). */
  readonly caps?: Caps;
}

/** What one run cost, for the benchmark and the tests of the sync budget. */
export interface RunStats {
  readonly syncs: number;
}

export type { Target } from "../inplace/port";

/** Everything a check-and-mark run learnt, kept by the controller for the live re-check; with its syncs. */
export interface CheckRun extends InPlaceRun<Discovery, ReconcileOutcome> {
  readonly syncs: number;
}

/**
 * The open Excel workbook as a WorkbookHost (the same port as the .xlsx host): reads sheets in row blocks, marks
 * findings in place (fills by worst severity, notes / comments / 校验结果 sheet), and clears them again exactly.
 * The only code besides the ribbon command that talks to Excel; every call is one `Excel.run`.
 */
export class OfficeWorkbookHost implements WorkbookHost {
  readonly budget: Budget;
  readonly locale: Locale;
  private detected: Caps | undefined;
  /** Notices of the last call (protected sheets, read-only workbook …). */
  lastNotices: readonly Notice[] = [];
  lastStats: RunStats = { syncs: 0 };

  constructor(
    readonly env: OfficeEnv,
    options: OfficeHostOptions = {},
  ) {
    this.budget = options.budget ?? DEFAULT_BUDGET;
    this.locale = options.locale ?? "zh-CN";
    this.detected = options.caps;
  }

  get caps(): Caps {
    this.detected ??= detectCaps(this.env.isSetSupported);
    return this.detected;
  }

  /** Runs `batch` in one Excel.run with a fresh session; Excel's errors become catalogue messages. */
  async run<T>(batch: (s: Session) => Promise<T>): Promise<T> {
    let session: Session | undefined;
    try {
      return await this.env.run(async (ctx) => {
        session = new Session(ctx, this.caps, this.budget);
        return batch(session);
      });
    } catch (e) {
      throw explain(e);
    } finally {
      this.lastStats = { syncs: session?.syncs ?? 0 };
    }
  }

  async read(options: { sheets?: readonly string[] } = {}): Promise<WorkbookData> {
    return this.run(async (s) => {
      const d = await this.discover(s, false);
      const names = sheetsToRead(d, options.sheets);
      const { targets } = await measure(s, d, names, false);
      return toWorkbook(d, names, await readBlocks(s, targets, null));
    });
  }

  async mark(findings: readonly Finding[], scope: { sheets?: readonly string[] } = {}): Promise<void> {
    await this.run(async (s) => {
      const d = await this.discover(s, false);
      const { entries: previous, notices } = await readState(s, d);
      const outcome = await reconcileMarks(s, (x) => this.discover(x, false), {
        discovery: d,
        previous,
        findings,
        scope: new Set(sheetsToRead(d, scope.sheets)),
        results: this.resultsMode(),
        locale: this.locale,
      });
      this.lastNotices = [...notices, ...outcome.notices];
    });
  }

  async clear(scope: { sheets?: readonly string[] } = {}): Promise<void> {
    await this.run(async (s) => {
      const d = await this.discover(s, false);
      const { entries: previous, notices } = await readState(s, d);
      const outcome = await reconcileMarks(s, (x) => this.discover(x, false), {
        discovery: d,
        previous,
        findings: [],
        scope: new Set(sheetsToRead(d, scope.sheets)),
        results: scope.sheets ? "keep" : "delete",
        locale: this.locale,
      });
      this.lastNotices = [...notices, ...outcome.notices];
    });
  }

  /**
   * Reads, checks and marks in one Excel.run: the sync budget of SPEC §3 (a 5,000-row table in ≤ 10 syncs)
   * holds for this path. `register` is queued with the last write (event handlers for the live re-check).
   */
  async checkAndMark(
    target: Target,
    check: (workbook: WorkbookData, names: readonly string[]) => CheckResult,
    register?: (s: Session, names: readonly string[]) => void,
    onPhase?: (phase: "reading" | "checking" | "marking") => void,
  ): Promise<CheckRun> {
    return this.run(async (s) => {
      onPhase?.("reading");
      const d = await this.discover(s, target === "active");
      const names = target === "active" ? (OWN_SHEETS.has(d.active) ? [] : [d.active]) : sheetsToRead(d);
      const { targets, state } = await measure(s, d, names, true);
      const read = await readBlocks(s, targets, state);
      const workbook = toWorkbook(d, names, read);
      onPhase?.("checking");
      const result = check(workbook, names);
      onPhase?.("marking");
      const registerNow = register ? () => register(s, names) : undefined;
      const input: ReconcileInput = {
        discovery: d,
        previous: previousOf(read),
        findings: result.findings,
        scope: new Set(names),
        results: this.resultsMode(),
        locale: this.locale,
        ...(registerNow ? { finally: registerNow } : {}),
      };
      const outcome = await reconcileMarks(s, (x) => this.discover(x, false), input);
      this.lastNotices = [...stateNotices(read), ...outcome.notices];
      return { discovery: outcome.discovery, workbook, names, result, outcome, syncs: s.syncs };
    });
  }

  /** Sync 1, with Office's own read-only flag (known without a sync, on every version) folded in. */
  async discover(s: Session, withActiveDims: boolean): Promise<Discovery> {
    const d = await discover(s, withActiveDims);
    return this.env.documentReadOnly() && !d.readOnly ? { ...d, readOnly: true } : d;
  }

  /** Selects a finding's cells: activates its sheet and selects the cells (all of them on 1.9+). */
  async reveal(sheet: string, cells: readonly string[], row: number): Promise<void> {
    await this.run(async (s) => {
      const ws = s.ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      const first = cells[0] ?? `A${Math.max(1, row)}`;
      if (cells.length > 1 && s.caps.rangeAreas) ws.getRanges(cells.join(", ")).select();
      else if (cells.length > 1) ws.getRange(`${first}:${cells[cells.length - 1] ?? first}`).select();
      else ws.getRange(first).select();
      await s.sync();
    });
  }

  /** Where the findings' text goes: notes or comments on the cells, else the 校验结果 sheet. */
  resultsMode(): "write" | "keep" {
    return this.caps.notes || this.caps.comments ? "keep" : "write";
  }
}

/** Anju's own sheet names, for callers that list sheets. */
export const ANJU_SHEETS = [STATE_SHEET, RESULTS_SHEET] as const;
