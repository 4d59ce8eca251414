import { checkWorkbook } from "../../engine/check";
import { DEFAULT_CONFIG, type Config } from "../../engine/config";
import type { Locale } from "../../engine/messages";
import type { TableKind, WorkbookData } from "../../engine/model/types";
import type { YMD } from "../../engine/parse/date";
import type { CheckReport } from "../../engine/report";
import type { AnjuController } from "../controller";
import { createInPlaceController } from "../inplace/controller";
import type { EtApiEvent, EtApp } from "./et";
import { WpsWorkbookHost } from "./host";
import type { LiveRecheck } from "./live";
import type { Notice } from "./notices";
import { WpsOpenWorkbook } from "./open-workbook";

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
  readonly onLiveReport?: (report: CheckReport) => void;
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
/**
 * The task pane's controller inside WPS 表格 (SPEC §3, §7.1): the shared in-place controller (src/hosts/inplace)
 * over the workbook open in WPS, with the same buttons as in Excel; edits to a checked table are re-checked live
 * through SheetChange.
 */
export function createWpsController(options: WpsControllerOptions): WpsController {
  const locale = options.locale ?? "zh-CN";
  const config = options.config ?? DEFAULT_CONFIG;
  const today = options.today ?? localToday;
  const host = new WpsWorkbookHost(options.app, { locale });
  const check = (workbook: WorkbookData, names: readonly string[]) =>
    checkWorkbook(workbook, { kind: options.kind ?? "auto", today: today(), config, sheets: names });
  const book = new WpsOpenWorkbook(host, options.app, check, {
    events: options.events ?? options.app.ApiEvent,
    debounceMs: options.debounceMs ?? 800,
    setTimeout: options.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms)),
    clearTimeout:
      options.clearTimeout ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>)),
  });
  const inner = createInPlaceController(book, { ...options, locale, config, today });
  return {
    ...inner,
    host: "wps",
    workbookHost: host,
    live: book.liveRecheck,
    get lastNotices() {
      return inner.lastNotices;
    },
  };
}

function localToday(): YMD {
  const now = new Date();
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}
