import { checkWorkbook } from "../../engine/check";
import { DEFAULT_CONFIG, type Config } from "../../engine/config";
import type { Locale } from "../../engine/messages";
import type { TableKind, WorkbookData } from "../../engine/model/types";
import type { YMD } from "../../engine/parse/date";
import type { CheckReport } from "../../engine/report";
import type { AnjuController } from "../controller";
import { createInPlaceController } from "../inplace/controller";
import type { Budget } from "./budget";
import type { Caps } from "./caps";
import { officeEnv, type OfficeEnv } from "./env";
import { OfficeWorkbookHost } from "./host";
import type { LiveRecheck } from "./live";
import type { Notice } from "./notices";
import { OfficeOpenWorkbook } from "./open-workbook";

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
  readonly onLiveReport?: (report: CheckReport) => void;
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
 * The task pane's controller inside Excel (SPEC §3): the shared in-place controller (src/hosts/inplace) over the
 * open Excel workbook. With ExcelApi 1.7+ edits to a checked table are re-checked live.
 */
export function createOfficeController(options: OfficeControllerOptions = {}): OfficeController {
  const env = options.env ?? officeEnv();
  const locale = options.locale ?? "zh-CN";
  const host = new OfficeWorkbookHost(env, {
    locale,
    ...(options.budget ? { budget: options.budget } : {}),
    ...(options.caps ? { caps: options.caps } : {}),
  });
  const today = options.today ?? localToday;
  const config = options.config ?? DEFAULT_CONFIG;
  // The live re-check checks edited tables the same way as the buttons do.
  const check = (workbook: WorkbookData, names: readonly string[]) =>
    checkWorkbook(workbook, { kind: options.kind ?? "auto", today: today(), config, sheets: names });
  const book = new OfficeOpenWorkbook(host, env, options.debounceMs ?? 800, check);
  const inner = createInPlaceController(book, { ...options, locale, config, today });
  /** Each action counts its own syncs. */
  const counted =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      book.resetSyncs();
      return fn(...args);
    };
  return {
    // The shared controller's optional features (与上次报送比对, 关联文件, 插入空白表, 对应表头, 填写汇总表) pass through.
    ...inner,
    host: "office",
    workbookHost: host,
    live: book.liveRecheck,
    get lastNotices() {
      return inner.lastNotices;
    },
    get lastSyncs() {
      return book.syncs;
    },
    checkActiveSheet: counted(inner.checkActiveSheet),
    checkAll: counted(inner.checkAll),
    clearMarks: counted(inner.clearMarks),
    townshipSummary: counted(inner.townshipSummary),
    citySummary: counted(inner.citySummary),
    sample: counted(inner.sample),
    reveal: (target) => inner.reveal(target),
    ...(inner.compareWithPrevious ? { compareWithPrevious: counted(inner.compareWithPrevious) } : {}),
    ...(inner.insertTemplate ? { insertTemplate: counted(inner.insertTemplate) } : {}),
    ...(inner.fillForm ? { fillForm: counted(inner.fillForm) } : {}),
  };
}

function localToday(): YMD {
  const now = new Date();
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}
