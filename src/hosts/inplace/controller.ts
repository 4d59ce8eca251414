import { checkWorkbook, type CheckResult } from "../../engine/check";
import { DEFAULT_CONFIG, type Config } from "../../engine/config";
import {
  checkTogether,
  previousInput,
  togetherReport,
  type TogetherResult,
} from "../../engine/cross/together";
import type { DiffInput } from "../../engine/diff";
import { headerGaps, type HeaderGap } from "../../engine/header/gaps";
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
import type { LoadSheetJs } from "../../workbook/input";
import { readPickedWorkbook, RelatedFileList } from "../../workbook/related";
import { pickedSummaryInput } from "../../workbook/summary-input";
import type { AnjuController, DiffOutcome, RunOptions, SummaryPreview } from "../controller";
import { fillOpenForm } from "./fill";
import { HeaderChoices } from "./headermap";
import type { CheckFn, Notice, OpenWorkbook, Phase, Target } from "./port";
import { PANE_SHEETJS } from "./sheetjs";
import { insertTemplate } from "./template";

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
  /** SheetJS for a picked .xls/.et/.ods (default: the pages' lazily loaded chunk). */
  readonly loadSheetJs?: LoadSheetJs;
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
  const loadSheetJs = options.loadSheetJs ?? PANE_SHEETJS;
  // 对应表头 kept in the workbook's settings (read now), and the related files the clerk added (关联文件).
  const headers = new HeaderChoices(book.settings);
  const related = new RelatedFileList(loadSheetJs, config.limits);
  let gaps: readonly HeaderGap[] = [];
  const baseOptions = () => ({
    kind: options.kind ?? "auto",
    today: today(),
    config,
    map: headers.mapping(),
  });
  const check = (workbook: WorkbookData, names: readonly string[]): CheckResult =>
    checkWorkbook(workbook, { ...baseOptions(), sheets: names });
  /**
   * 校验全部工作表's check: the XT rules among the workbook's own tables and against the related files, and with
   * a previous submission the diff; what falls on this workbook is marked, the rest listed (`last`).
   */
  const together = (previous?: DiffInput) => {
    let last: TogetherResult | undefined;
    const fn: CheckFn = (workbook, names) => {
      const own = { ...workbook, sheets: workbook.sheets.filter((x) => names.includes(x.name)) };
      last = checkTogether(fileName(), own, {
        ...baseOptions(),
        cross: true,
        related: related.inputs(),
        ...(previous ? { previous } : {}),
      });
      return last.own;
    };
    return { fn, last: () => last };
  };
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

  async function runCheck(
    target: Target,
    run: RunOptions = {},
    previous?: DiffInput,
  ): Promise<{ report: CheckReport; together: TogetherResult | undefined }> {
    abortIf(run.signal);
    await settle();
    const all = target === "all" ? together(previous) : undefined;
    const done = await book.checkAndMark(target, all?.fn ?? check, (phase) => {
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
    gaps = headerGaps(done.result.tables);
    const last = all?.last();
    return { report: last ? togetherReport(fileName(), last, locale) : report(done.result), together: last };
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
    checkActiveSheet: async (run) => (await runCheck("active", run)).report,
    checkAll: async (run) => (await runCheck("all", run)).report,
    async compareWithPrevious(file, run = {}): Promise<DiffOutcome> {
      abortIf(run.signal);
      run.onProgress?.({ step: "progressReading" });
      const workbook = await readPickedWorkbook(file, loadSheetJs, config.limits);
      const { report: listed, together: last } = await runCheck(
        "all",
        run,
        previousInput(previousLabel(file.name, fileName(), locale), workbook, baseOptions()),
      );
      const diff = last?.diff;
      if (!diff) throw new AnjuError("diffNoRun");
      return { report: listed, previous: diff.previous.file, villages: diff.villages, total: diff.total };
    },
    related: {
      list: () => related.list(),
      async add(files, run = {}) {
        abortIf(run.signal);
        run.onProgress?.({ step: "progressReading" });
        return related.add(files);
      },
      remove: (name) => related.remove(name),
      setRoster: (name) => related.setRoster(name),
    },
    async insertTemplate(kind, place, run = {}) {
      abortIf(run.signal);
      await settle();
      run.onProgress?.({ step: "progressInserting" });
      const done = await insertTemplate(book, kind, place, locale);
      lastNotices = done.notices;
      return done;
    },
    async fillForm(files, run = {}) {
      abortIf(run.signal);
      await settle();
      return fillOpenForm(book, files, {
        config,
        today: today(),
        map: headers.mapping(),
        locale,
        loadSheetJs,
        checkpoint: (step) => {
          abortIf(run.signal);
          run.onProgress?.({ step });
        },
        publish,
      });
    },
    headerMap: {
      gaps: () => gaps,
      choices: () => headers.choices(),
      keptIn: headers.keptIn,
      apply: (choices) => headers.apply(choices),
    },
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

/**
 * The previous submission's name in the lists: its file name, told apart from this workbook's when the clerk keeps
 * both under one name (its gone households must never look like this workbook's rows).
 */
export function previousLabel(previous: string, current: string, locale: Locale): string {
  return previous === current ? t("diffPreviousSame", { file: previous }, locale) : previous;
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
