import { checkWorkbook, type CheckResult } from "../../engine/check";
import { DEFAULT_CONFIG, type Config } from "../../engine/config";
import { AnjuError } from "../../engine/errors";
import { t, type Locale, type UiKey } from "../../engine/messages";
import type { TableKind, WorkbookData } from "../../engine/model/types";
import type { YMD } from "../../engine/parse/date";
import { toCheckReport, type CheckReport } from "../../engine/report";
import {
  buildSummary,
  isSummarySheet,
  isValidPercent,
  isValidSeed,
  type SampleOptions,
  type SummaryInput,
  type SummaryLevel,
} from "../../engine/summary";
import { pickedSummaryInput } from "../../workbook/summary-input";
import type { AnjuController, RunOptions, SummaryPreview } from "../controller";
import type { Notice, OpenWorkbook, Phase, Target } from "./port";

export interface InPlaceControllerOptions {
  readonly locale?: Locale;
  readonly config?: Config;
  readonly kind?: TableKind | "auto";
  /** Today's date for date rules and summaries (the computer's local date by default). */
  readonly today?: () => YMD;
  /** Each notice of a run (protected sheet, no notes in this program …), with its text in the user's language. */
  readonly onNotice?: (notice: Notice, text: string) => void;
  /** The report after a live re-check changed the findings, for the task pane's list. */
  readonly onLiveReport?: (report: CheckReport) => void;
}

/** The AnjuController of an in-place host, with the notices of its last action. */
export interface InPlaceController extends AnjuController {
  readonly host: "office" | "wps";
  readonly lastNotices: readonly Notice[];
}

const PHASE_STEP: Record<Phase, UiKey> = {
  reading: "progressReading",
  checking: "progressChecking",
  marking: "progressMarking",
};

/**
 * The task pane's controller for any workbook open in a spreadsheet program (SPEC §3, §7.1), over the OpenWorkbook
 * port: 校验当前工作表 / 校验全部工作表 read, check and mark; 清除标记 restores every marked cell; the summaries and
 * the sample (the engine's buildSummary) are written into the open workbook; a finding is revealed by selecting
 * its cells. Excel (src/hosts/office) and WPS (src/hosts/wps) only implement the port.
 */
export function createInPlaceController(
  book: OpenWorkbook,
  options: InPlaceControllerOptions = {},
): InPlaceController {
  const locale = options.locale ?? "zh-CN";
  const config = options.config ?? DEFAULT_CONFIG;
  const today = options.today ?? localToday;
  const baseOptions = () => ({ kind: options.kind ?? "auto", today: today(), config });
  const check = (workbook: WorkbookData, names: readonly string[]): CheckResult =>
    checkWorkbook(workbook, { ...baseOptions(), sheets: names });
  let lastNotices: readonly Notice[] = [];
  let toldNoLive = false;
  const publish = (notices: readonly Notice[]) => {
    lastNotices = notices;
    for (const n of notices) options.onNotice?.(n, t(n.key, n.params, locale));
  };
  const fileName = () => book.fileName() || t(book.noticeKeys.unsavedWorkbook, {}, locale);
  const report = (result: CheckResult) => toCheckReport(fileName(), result, locale);
  book.live?.listen(
    (result, notices) => {
      publish(notices);
      options.onLiveReport?.(report(result));
    },
    (e) => publish([{ key: e.key, params: e.params }]),
  );
  const settle = () => book.live?.settle() ?? Promise.resolve();

  async function runCheck(target: Target, run: RunOptions = {}): Promise<CheckReport> {
    abortIf(run.signal);
    await settle();
    const done = await book.checkAndMark(target, check, (phase) => {
      if (phase !== "marking") abortIf(run.signal);
      run.onProgress?.({ step: PHASE_STEP[phase] });
    });
    const notices = [...done.notices];
    const keys = book.noticeKeys;
    if (target === "active" && done.names.length === 0) {
      notices.push({ key: keys.ownSheet, params: { sheet: done.activeSheet } });
    }
    if (!book.capabilities.liveRecheck && !toldNoLive && keys.noLiveRecheck) {
      toldNoLive = true;
      notices.push({ key: keys.noLiveRecheck, params: {} });
    }
    if (!book.capabilities.cellNotes && done.marked > 0 && keys.resultsSheet) {
      notices.push({ key: keys.resultsSheet, params: {} });
    }
    publish(notices);
    return report(done.result);
  }

  /** Summarises the given inputs, or the open workbook's own tables (its summary sheets skipped), and writes it. */
  async function summaryOf(
    level: SummaryLevel,
    given: readonly SummaryInput[] | undefined,
    sample?: SampleOptions,
  ): Promise<SummaryPreview> {
    await settle();
    let inputs = given;
    if (!inputs) {
      const { workbook, names } = await book.readTables(isSummarySheet);
      inputs = [{ file: fileName(), result: check(workbook, names) }];
    }
    const built = buildSummary(inputs, {
      level,
      today: today(),
      config,
      locale,
      ...(sample ? { sample, sheets: "sample" as const } : {}),
    });
    await book.writeSheets(built.sheets, built.isOwn);
    return { json: built.report, sheets: built.sheets.map((x) => x.name) };
  }

  return {
    host: book.host,
    get lastNotices() {
      return lastNotices;
    },
    checkActiveSheet: (run) => runCheck("active", run),
    checkAll: (run) => runCheck("all", run),
    async clearMarks(run = {}) {
      abortIf(run.signal);
      await settle();
      run.onProgress?.({ step: "progressClearing" });
      book.live?.forget();
      publish(await book.clear());
    },
    async townshipSummary(run = {}) {
      abortIf(run.signal);
      run.onProgress?.({ step: "progressSummary" });
      return summaryOf("township", undefined);
    },
    async citySummary(files, run = {}) {
      abortIf(run.signal);
      if (files.length === 0) throw new AnjuError("paneCityNoFiles");
      run.onProgress?.({ step: "progressReading" });
      const inputs: SummaryInput[] = [];
      for (const file of files) {
        abortIf(run.signal);
        // As anju summarize and the browser page do: a township's own summary sent up is read from its 乡镇汇总.
        inputs.push(pickedSummaryInput(file.name, new Uint8Array(await file.arrayBuffer()), baseOptions()));
      }
      run.onProgress?.({ step: "progressSummary" });
      return summaryOf("city", inputs);
    },
    async sample(percent, seed, run = {}) {
      abortIf(run.signal);
      if (!isValidPercent(percent) || !isValidSeed(seed)) throw new AnjuError("paneSampleInvalid");
      run.onProgress?.({ step: "progressSample" });
      return summaryOf("township", undefined, { percent, seed });
    },
    reveal: (target) => book.reveal(target),
  };
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
