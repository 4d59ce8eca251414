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
import type { AnjuController, FindingTarget, RunOptions, SummaryPreview } from "../../taskpane/controller";
import { WorkbookReadError } from "../../workbook/errors";
import { readXlsx } from "../../workbook/read";
import type { Budget } from "./budget";
import type { Caps } from "./caps";
import { officeEnv, type OfficeEnv } from "./env";
import { measure, OfficeWorkbookHost, type CheckRun, type Target } from "./host";
import { LiveRecheck, type LiveUpdate } from "./live";
import { noticeText, OfficeHostError, type Notice } from "./notices";
import { readBlocks, sheetsToRead, toWorkbook } from "./read";
import { writeSummarySheets } from "./summary";

export interface OfficeControllerOptions {
  readonly env?: OfficeEnv;
  readonly locale?: Locale;
  readonly config?: Config;
  readonly kind?: TableKind | "auto";
  /** Today's date for date rules and summaries (the computer's local date by default). */
  readonly today?: () => YMD;
  readonly budget?: Budget;
  readonly caps?: Caps;
  /** Quiet time after the last edit before the live re-check runs. */
  readonly debounceMs?: number;
  /** Each notice of a run (protected sheet, no notes in this Excel …), with its text in the user's language. */
  readonly onNotice?: (notice: Notice, text: string) => void;
  /** The report after a live re-check changed the findings, for the task pane's list. */
  readonly onLiveReport?: (report: CheckReport, update: LiveUpdate) => void;
}

/** The AnjuController for the task pane, with what the Office host adds. */
export interface OfficeController extends AnjuController {
  readonly host: "office";
  readonly workbookHost: OfficeWorkbookHost;
  readonly live: LiveRecheck;
  /** Notices of the last action. */
  readonly lastNotices: readonly Notice[];
  /** Syncs of the last action. */
  readonly lastSyncs: number;
}

/**
 * The task pane's controller inside Excel (SPEC §3): 校验当前工作表 / 校验全部工作表 read, check and mark in one
 * Excel.run; 清除标记 restores every marked cell; the three summaries are written into the open workbook; a finding
 * is revealed by selecting its cells. With ExcelApi 1.7+ edits to a checked table are re-checked live.
 */
export function createOfficeController(options: OfficeControllerOptions = {}): OfficeController {
  const env = options.env ?? officeEnv();
  const locale = options.locale ?? "zh-CN";
  const config = options.config ?? DEFAULT_CONFIG;
  const today = options.today ?? localToday;
  const host = new OfficeWorkbookHost(env, {
    locale,
    ...(options.budget ? { budget: options.budget } : {}),
    ...(options.caps ? { caps: options.caps } : {}),
  });
  const baseOptions = () => ({ kind: options.kind ?? "auto", today: today(), config });
  const checkOptions = (names: readonly string[]) => ({ ...baseOptions(), sheets: names });
  const check = (workbook: WorkbookData, names: readonly string[]): CheckResult =>
    checkWorkbook(workbook, checkOptions(names));
  let lastNotices: readonly Notice[] = [];
  let lastSyncs = 0;
  let toldNoLive = false;
  const publish = (notices: readonly Notice[]) => {
    lastNotices = notices;
    for (const n of notices) options.onNotice?.(n, noticeText(n, locale));
  };
  const fileName = () => env.fileName() || t("officeWorkbook", {}, locale);
  const report = (result: CheckResult) => toCheckReport(fileName(), result, locale);
  const live = new LiveRecheck({
    host,
    env,
    debounceMs: options.debounceMs ?? 800,
    check,
    onUpdate: (update) => {
      lastSyncs = update.syncs;
      publish(update.outcome.notices);
      options.onLiveReport?.(report(update.result), update);
    },
    onError: (e) => publish([{ key: e.key, params: e.params }]),
  });

  async function runCheck(target: Target, run: RunOptions = {}): Promise<CheckReport> {
    abortIf(run.signal);
    await live.settle();
    const progress = (step: string) => run.onProgress?.({ step });
    const result: CheckRun = await host.checkAndMark(
      target,
      check,
      host.caps.events ? (s, names) => live.register(s, names) : undefined,
      (phase) => {
        if (phase !== "marking") abortIf(run.signal);
        progress(
          phase === "reading"
            ? "progressReading"
            : phase === "checking"
              ? "progressChecking"
              : "progressMarking",
        );
      },
    );
    lastSyncs = result.syncs;
    const notices = [...host.lastNotices];
    if (target === "active" && result.names.length === 0) {
      notices.push({ key: "officeOwnSheet", params: { sheet: result.discovery.active } });
    }
    if (host.caps.events && !result.discovery.readOnly) live.remember(result);
    else if (!host.caps.events && !toldNoLive) {
      toldNoLive = true;
      notices.push({ key: "officeNoLiveRecheck", params: {} });
    }
    if (!host.caps.notes && !host.caps.comments && result.outcome.marked > 0) {
      notices.push({ key: "officeResultsSheet", params: {} });
    }
    publish(notices);
    return report(result.result);
  }

  /** Reads every table of the open workbook except summary sheets, checks it, and summarises it. */
  async function summaryOf(
    level: SummaryLevel,
    inputsFrom: "workbook" | readonly SummaryInput[],
    sample?: { percent: number; seed: number },
  ) {
    return host.run(async (s) => {
      const d = await host.discover(s, false);
      let inputs: readonly SummaryInput[];
      if (inputsFrom === "workbook") {
        const names = sheetsToRead(d).filter((n) => !isSummarySheet(n));
        const { targets } = await measure(s, d, names, false);
        const workbook = toWorkbook(d, names, await readBlocks(s, targets, null));
        inputs = [{ file: fileName(), result: check(workbook, names) }];
      } else inputs = inputsFrom;
      if (inputs.every((i) => i.result.tables.length === 0)) throw new OfficeHostError("summaryNoTables");
      const summary = summarize(inputs, level, { today: today(), config });
      const safeHousing = safeHousingRate(summary, config);
      const drawn = sample ? drawSample(summary.households, sample) : undefined;
      const extras = { safeHousing, ...(drawn ? { sample: drawn } : {}), locale };
      const all = summarySheets(summary, extras);
      const sheets = sample ? all.filter((x) => x.name === SUMMARY_SHEET_NAMES.sample) : all;
      const own = sample ? (n: string) => n === SUMMARY_SHEET_NAMES.sample : isSummarySheet;
      await writeSummarySheets(s, d, sheets, own);
      lastSyncs = s.syncs;
      const preview: SummaryPreview = {
        json: toSummaryReport(summary, extras),
        sheets: sheets.map((x) => x.name),
      };
      return preview;
    });
  }

  const controller: OfficeController = {
    host: "office",
    workbookHost: host,
    live,
    get lastNotices() {
      return lastNotices;
    },
    get lastSyncs() {
      return lastSyncs;
    },
    checkActiveSheet: (run) => runCheck("active", run),
    checkAll: (run) => runCheck("all", run),
    async clearMarks(run = {}) {
      abortIf(run.signal);
      await live.settle();
      run.onProgress?.({ step: "progressClearing" });
      live.forget();
      await host.clear();
      lastSyncs = host.lastStats.syncs;
      publish(host.lastNotices);
    },
    async townshipSummary(run = {}) {
      abortIf(run.signal);
      run.onProgress?.({ step: "progressSummary" });
      return summaryOf("township", "workbook");
    },
    async citySummary(files, run = {}) {
      abortIf(run.signal);
      if (files.length === 0) throw new OfficeHostError("paneCityNoFiles");
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
            throw new OfficeHostError("officeCityFileUnreadable", { file: file.name, reason: e.zh });
          }
          throw e;
        }
        // As anju summarize and the browser page do: a township's own summary sent up is read from its 乡镇汇总.
        const { result, fromSummary } = checkForSummary(workbook, baseOptions());
        inputs.push({ file: file.name, result, ...(fromSummary ? { fromSummary } : {}) });
      }
      run.onProgress?.({ step: "progressSummary" });
      return summaryOf("city", inputs);
    },
    async sample(percent, seed, run = {}) {
      abortIf(run.signal);
      if (!isValidPercent(percent) || !isValidSeed(seed)) throw new OfficeHostError("paneSampleInvalid");
      run.onProgress?.({ step: "progressSample" });
      return summaryOf("township", "workbook", { percent, seed });
    },
    async reveal(target: FindingTarget) {
      await host.reveal(target.sheet, target.cells, target.row);
    },
  };
  return controller;
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
