import type { UiKey } from "../engine/messages";
import type { CheckReport } from "../engine/report";

/**
 * What the front end (task pane in Excel, browser page) asks of the place the workbook lives. The task pane gets
 * an implementation from src/hosts/office, the browser page one over an .xlsx file read in the browser; the React
 * components only ever see this interface, so they never name `Excel.*` or ExcelJS.
 */
export interface Progress {
  /** Sheet being worked on, for the progress line. */
  readonly sheet?: string;
  /** 0..1 when known. */
  readonly fraction?: number;
  /** Catalogue key of the current step (`progressReading`, `progressMarking` …). */
  readonly step: UiKey;
}

export interface RunOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: Progress) => void;
}

export interface SummaryPreview {
  /** The summarize JSON of SPEC §5 (level, groups, total, cities). */
  readonly json: unknown;
  /** Sheets written (Office) or the workbook offered for download (web). */
  readonly sheets: readonly string[];
  readonly download?: { readonly fileName: string; readonly bytes: Uint8Array };
}

export interface FindingTarget {
  readonly sheet: string;
  readonly row: number;
  readonly cells: readonly string[];
}

/** The task pane's buttons, by the controller method each one calls. */
export type AnjuAction =
  "checkActiveSheet" | "checkAll" | "clearMarks" | "townshipSummary" | "citySummary" | "sample";

export interface AnjuController {
  /** `office` inside Excel, `wps` inside WPS 表格, `web` on the browser page. */
  readonly host: "office" | "wps" | "web";
  /**
   * Actions this host cannot do (yet), each with the catalogue key of the reason: the front end shows those
   * buttons disabled with the reason beside them instead of failing on click. Absent: everything works.
   */
  readonly unavailable?: Readonly<Partial<Record<AnjuAction, UiKey>>>;
  /** 校验当前工作表 (web: the first sheet or the chosen one). */
  checkActiveSheet(options?: RunOptions): Promise<CheckReport>;
  /** 校验全部工作表. */
  checkAll(options?: RunOptions): Promise<CheckReport>;
  /** 清除标记. */
  clearMarks(options?: RunOptions): Promise<void>;
  /** 生成乡镇汇总. */
  townshipSummary(options?: RunOptions): Promise<SummaryPreview>;
  /** 生成市级汇总, from township workbooks the user picked (read locally, nothing uploaded). */
  citySummary(files: readonly File[], options?: RunOptions): Promise<SummaryPreview>;
  /** 抽查样本: p % per township, at least one each, reproducible by seed. */
  sample(percent: number, seed: number, options?: RunOptions): Promise<SummaryPreview>;
  /** Select a finding's cells (Office) or scroll to its row (web). */
  reveal(target: FindingTarget): Promise<void>;
  /** The annotated copy (web only). */
  annotatedCopy?(): Promise<{ fileName: string; bytes: Uint8Array }>;
}
