import { checkWorkbook, type CheckResult } from "../../engine/check";
import { DEFAULT_CONFIG, type Config } from "../../engine/config";
import { t, type Locale } from "../../engine/messages";
import type { TableKind, WorkbookData } from "../../engine/model/types";
import type { YMD } from "../../engine/parse/date";
import { toCheckReport, type CheckReport } from "../../engine/report";
import {
  checkForSummary,
  drawSample,
  isSummarySheet,
  isValidPercent,
  isValidSeed,
  safeHousingRate,
  summarize,
  summarySheets,
  SUMMARY_SHEET_NAMES,
  toSummaryReport,
  type SummaryInput,
  type SummaryLevel,
} from "../../engine/summary";
import type { AnjuController, FindingTarget, RunOptions, SummaryPreview } from "../controller";
import { WorkbookReadError } from "../../workbook/errors";
import { readXlsx } from "../../workbook/read";
import type { EtApiEvent, EtApp } from "./et";
import { WpsWorkbookHost, type Target } from "./host";
import { LiveRecheck, type LiveUpdate } from "./live";
import { noticeText, WpsHostError, type Notice } from "./notices";
import { discover, readSheets, sheetsToRead } from "./read";
import { writeSummarySheets } from "./summary";

export interface WpsControllerOptions {
  /** `window.Application` (or `wps.EtApplication()`). */
  readonly app: EtApp;
  /** Where SheetChange is registered: Application.ApiEvent, else `wps.ApiEvent`; none: no live re-check. */
  readonly events?: EtApiEvent;
  readonly locale?: Locale;
  readonly config?: Config;
  readonly kind?: TableKind | "auto";
  readonly today?: () => YMD;
  readonly debounceMs?: number;
  readonly setTimeout?: (fn: () => void, ms: number) => unknown;
  readonly clearTimeout?: (handle: unknown) => void;
  readonly onNotice?: (notice: Notice, text: string) => void;
  readonly onLiveReport?: (report: CheckReport, update: LiveUpdate) => void;
}

export interface WpsController extends AnjuController {
  readonly host: "wps";
  readonly workbookHost: WpsWorkbookHost;
  readonly live: LiveRecheck;
  readonly lastNotices: readonly Notice[];
}

/**
 * The task pane's controller inside WPS 表格 (SPEC §3, §7.1): the same buttons as in Excel. 校验当前工作表 /
 * 校验全部工作表 read, check and mark; 清除标记 restores every marked cell; the summaries and the sample are
 * written into the open workbook as sheets; a finding is revealed by selecting its cells; edits to a checked
 * table are re-checked live through SheetChange.
 */
export function createWpsController(options: WpsControllerOptions): WpsController {
  const locale = options.locale ?? "zh-CN";
  const config = options.config ?? DEFAULT_CONFIG;
  const today = options.today ?? localToday;
  const host = new WpsWorkbookHost(options.app, { locale });
  const baseOptions = () => ({ kind: options.kind ?? "auto", today: today(), config });
  const check = (workbook: WorkbookData, names: readonly string[]): CheckResult =>
    checkWorkbook(workbook, { ...baseOptions(), sheets: names });
  let lastNotices: readonly Notice[] = [];
  const publish = (notices: readonly Notice[]) => {
    lastNotices = notices;
    for (const n of notices) options.onNotice?.(n, noticeText(n, locale));
  };
  const fileName = () => {
    try {
      return options.app.ActiveWorkbook?.Name || t("wpsWorkbook", {}, locale);
    } catch {
      return t("wpsWorkbook", {}, locale);
    }
  };
  const report = (result: CheckResult) => toCheckReport(fileName(), result, locale);
  const events = options.events ?? options.app.ApiEvent;
  const live = new LiveRecheck({
    host,
    events,
    debounceMs: options.debounceMs ?? 800,
    check,
    setTimeout: options.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms)),
    clearTimeout:
      options.clearTimeout ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>)),
    onUpdate: (update) => {
      publish(update.outcome.notices);
      options.onLiveReport?.(report(update.result), update);
    },
    onError: (e) => publish([{ key: e.key, params: e.params }]),
  });

  async function runCheck(target: Target, run: RunOptions = {}): Promise<CheckReport> {
    abortIf(run.signal);
    live.settle();
    run.onProgress?.({ step: "progressReading" });
    // Let the pane show the progress line before ET's synchronous calls hold the page.
    await tick();
    const result = host.checkAndMark(target, check);
    const notices = [...host.lastNotices];
    if (target === "active" && result.names.length === 0) {
      notices.push({ key: "wpsOwnSheet", params: { sheet: result.discovery.active } });
    }
    if (!result.discovery.readOnly) live.remember(result);
    publish(notices);
    return report(result.result);
  }

  async function summaryOf(
    level: SummaryLevel,
    inputsFrom: "workbook" | readonly SummaryInput[],
    sample?: { percent: number; seed: number },
  ): Promise<SummaryPreview> {
    await tick();
    return host.run(() => {
      const d = discover(options.app);
      let inputs: readonly SummaryInput[];
      if (inputsFrom === "workbook") {
        const names = sheetsToRead(d).filter((n) => !isSummarySheet(n));
        inputs = [{ file: fileName(), result: check(readSheets(options.app, d, names), names) }];
      } else inputs = inputsFrom;
      if (inputs.every((i) => i.result.tables.length === 0)) throw new WpsHostError("summaryNoTables");
      const summary = summarize(inputs, level, { today: today(), config });
      const safeHousing = safeHousingRate(summary, config);
      const drawn = sample ? drawSample(summary.households, sample) : undefined;
      const extras = { safeHousing, ...(drawn ? { sample: drawn } : {}), locale };
      const all = summarySheets(summary, extras);
      const sheets = sample ? all.filter((x) => x.name === SUMMARY_SHEET_NAMES.sample) : all;
      const own = sample ? (n: string) => n === SUMMARY_SHEET_NAMES.sample : isSummarySheet;
      writeSummarySheets(options.app, d, sheets, own);
      return { json: toSummaryReport(summary, extras), sheets: sheets.map((x) => x.name) };
    });
  }

  return {
    host: "wps",
    workbookHost: host,
    live,
    get lastNotices() {
      return lastNotices;
    },
    checkActiveSheet: (run) => runCheck("active", run),
    checkAll: (run) => runCheck("all", run),
    async clearMarks(run = {}) {
      abortIf(run.signal);
      live.settle();
      run.onProgress?.({ step: "progressClearing" });
      live.forget();
      await host.clear();
      publish(host.lastNotices);
    },
    async townshipSummary(run = {}) {
      abortIf(run.signal);
      run.onProgress?.({ step: "progressSummary" });
      return summaryOf("township", "workbook");
    },
    async citySummary(files, run = {}) {
      abortIf(run.signal);
      if (files.length === 0) throw new WpsHostError("paneCityNoFiles");
      run.onProgress?.({ step: "progressReading" });
      const inputs: SummaryInput[] = [];
      for (const file of files) {
        abortIf(run.signal);
        const bytes = new Uint8Array(await file.arrayBuffer());
        let workbook: WorkbookData;
        try {
          workbook = readXlsx(bytes, config.limits);
        } catch (e) {
          if (e instanceof WorkbookReadError) {
            throw new WpsHostError("officeCityFileUnreadable", { file: file.name, reason: e.zh });
          }
          throw e;
        }
        const { result, fromSummary } = checkForSummary(workbook, baseOptions());
        inputs.push({ file: file.name, result, ...(fromSummary ? { fromSummary } : {}) });
      }
      run.onProgress?.({ step: "progressSummary" });
      return summaryOf("city", inputs);
    },
    async sample(percent, seed, run = {}) {
      abortIf(run.signal);
      if (!isValidPercent(percent) || !isValidSeed(seed)) throw new WpsHostError("paneSampleInvalid");
      run.onProgress?.({ step: "progressSample" });
      return summaryOf("township", "workbook", { percent, seed });
    },
    async reveal(target: FindingTarget) {
      await tick();
      host.reveal(target.sheet, target.cells, target.row);
    },
  };
}

function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function abortIf(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const e = new Error(t("paneCancelled"));
    e.name = "AbortError";
    throw e;
  }
}

function localToday(): YMD {
  const now = new Date();
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}
