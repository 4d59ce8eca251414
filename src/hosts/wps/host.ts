import { OWN_SHEETS, type CheckResult } from "../../engine/check";
import type { Locale } from "../../engine/messages";
import type { Finding, WorkbookData } from "../../engine/model/types";
import type { WorkbookHost } from "../port";
import type { Target } from "../inplace/port";
import type { InPlaceRun } from "../inplace/run";
import type { EtApp } from "./et";
import { reconcile, type ReconcileOutcome } from "./mark";
import { explain, type Notice } from "./notices";
import { discover, parseRect, readSheets, sheetOf, sheetsToRead, type Discovery } from "./read";
import { readState } from "./write";

export type { Target } from "../inplace/port";

/** Everything a check-and-mark run learnt, kept for the live re-check. */
export type CheckRun = InPlaceRun<Discovery, ReconcileOutcome>;

export interface WpsHostOptions {
  readonly locale?: Locale;
}

/**
 * The workbook open in WPS 表格 behind the WorkbookHost port (the same port as the .xlsx file and Excel): reads
 * sheets in row blocks through ET's object model, marks findings in place (Interior.Color by worst severity, a
 * comment per marked cell, original fills kept in the very hidden state sheet) and clears them again exactly.
 * ET is synchronous; the port's promises only keep the callers the same for every host.
 */
export class WpsWorkbookHost implements WorkbookHost {
  readonly locale: Locale;
  /** Notices of the last call (protected sheets, read-only workbook …). */
  lastNotices: readonly Notice[] = [];

  constructor(
    readonly app: EtApp,
    options: WpsHostOptions = {},
  ) {
    this.locale = options.locale ?? "zh-CN";
  }

  /** Runs `fn`; ET's COM errors become catalogue messages. */
  run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      // A cancelled run (the pane's 取消) stays what it is.
      if (e instanceof Error && e.name === "AbortError") throw e;
      throw explain(e);
    }
  }

  /** The sheet list, active sheet, read-only and protection flags, the date system. */
  discovery(): Discovery {
    return this.run(() => discover(this.app));
  }

  read(options: { sheets?: readonly string[] } = {}): Promise<WorkbookData> {
    return Promise.resolve().then(() =>
      this.run(() => {
        const d = discover(this.app);
        return readSheets(this.app, d, sheetsToRead(d, options.sheets));
      }),
    );
  }

  mark(findings: readonly Finding[], scope: { sheets?: readonly string[] } = {}): Promise<void> {
    return Promise.resolve().then(() => {
      this.reconcileNow(findings, scope.sheets, false);
    });
  }

  clear(scope: { sheets?: readonly string[] } = {}): Promise<void> {
    return Promise.resolve().then(() => {
      this.reconcileNow([], scope.sheets, scope.sheets === undefined);
    });
  }

  private reconcileNow(
    findings: readonly Finding[],
    only: readonly string[] | undefined,
    clearing: boolean,
  ): ReconcileOutcome {
    return this.run(() => {
      const d = discover(this.app);
      const state = readState(this.app, d);
      const outcome = reconcile(this.app, {
        discovery: d,
        previous: state.entries,
        findings,
        scope: new Set(sheetsToRead(d, only)),
        locale: this.locale,
        clearing,
      });
      this.lastNotices = [...damagedNotice(state.damaged), ...outcome.notices];
      return outcome;
    });
  }

  /** Reads, checks and marks: 校验当前工作表 / 校验全部工作表. */
  checkAndMark(
    target: Target,
    check: (workbook: WorkbookData, names: readonly string[]) => CheckResult,
    onPhase?: (phase: "checking" | "marking") => void,
  ): CheckRun {
    return this.run(() => {
      const d = discover(this.app);
      const names = target === "active" ? (OWN_SHEETS.has(d.active) ? [] : [d.active]) : sheetsToRead(d);
      const workbook = readSheets(this.app, d, names);
      onPhase?.("checking");
      const result = check(workbook, names);
      onPhase?.("marking");
      const state = readState(this.app, d);
      const outcome = reconcile(this.app, {
        discovery: d,
        previous: state.entries,
        findings: result.findings,
        scope: new Set(names),
        locale: this.locale,
      });
      this.lastNotices = [...damagedNotice(state.damaged), ...outcome.notices];
      return { discovery: discover(this.app), workbook, names, result, outcome };
    });
  }

  /** Selects a finding's cells: activates its sheet and selects the first cell (or the span of its cells). */
  reveal(sheet: string, cells: readonly string[], row: number): void {
    this.run(() => {
      const ws = sheetOf(this.app, sheet);
      ws.Activate();
      const first = cells[0] ?? `A${Math.max(1, row)}`;
      const last = cells[cells.length - 1] ?? first;
      const a = parseRect(first);
      const b = parseRect(last);
      const span = a && b && a.top === b.top ? `${first}:${last}` : first;
      ws.Range(span).Select();
    });
  }
}

function damagedNotice(damaged: number): Notice[] {
  return damaged > 0 ? [{ key: "wpsStateDamaged", params: { count: damaged } }] : [];
}
