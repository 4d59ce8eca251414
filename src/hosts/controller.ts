import type { VillageCounts } from "../engine/diff";
import type { FillReport } from "../engine/forms";
import type { HeaderChoice, HeaderGap } from "../engine/header/gaps";
import type { UiKey } from "../engine/messages";
import type { ParamValue } from "../engine/model/types";
import type { CheckReport } from "../engine/report";
import type { TemplateKind } from "../engine/template";

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

  // Optional features: the front end shows each one only where the controller has it.

  /**
   * 与上次报送比对 (SPEC §10): the previous submission's file, read on this machine (never uploaded), compared with
   * this workbook: its own findings and the DF ones marked and listed, the gone households listed (not marked).
   */
  compareWithPrevious?(previous: File, options?: RunOptions): Promise<DiffOutcome>;
  /**
   * 关联文件 (SPEC §11): related files (ledgers, the 民政 roster, other villages' workbooks) read on this machine;
   * 校验全部工作表 then runs the XT rules against them too. Absent: 校验全部工作表 compares the workbook's own tables.
   */
  readonly related?: RelatedFiles;
  /** 插入空白表 (SPEC §12): a blank table of a kind inserted as a new sheet of the open workbook. */
  insertTemplate?(kind: TemplateKind, where: TemplatePlace, options?: RunOptions): Promise<InsertedTemplate>;
  /** 对应表头 (SPEC §13) kept by the controller (the page keeps its own): gaps of the last check and the choices. */
  readonly headerMap?: HeaderMapControl;
  /**
   * 填写汇总表 (SPEC §13): the active sheet of the open workbook is the county's own summary form; its statistic
   * cells are filled from the township (village) workbooks picked (read on this machine), as `anju fill` does.
   */
  fillForm?(files: readonly File[], options?: RunOptions): Promise<FillOutcome>;
}

/** What 填写汇总表 did to the active sheet. */
export interface FillOutcome {
  /** The form sheet filled (the active one). */
  readonly sheet: string;
  /** `anju fill --format json`'s object: the cells filled, the rows and labels that matched nothing. */
  readonly report: FillReport;
  /** Rows filled. */
  readonly rows: number;
  /** Statistic cells of matched rows holding a formula, left as they are (A1). */
  readonly formulaCells: readonly string[];
  /** The same as `anju fill` prints, in the pane's language. */
  readonly text: string;
}

/** The half-year diff as the pane shows it. */
export interface DiffOutcome {
  /** This workbook's findings with the DF ones (`file` on each), then the gone households (`file`: the previous). */
  readonly report: CheckReport;
  /** The previous submission's file name. */
  readonly previous: string;
  readonly villages: readonly VillageCounts[];
  readonly total: VillageCounts;
}

export interface RelatedFile {
  readonly name: string;
  /** Read as the 民政 roster (kind `roster`; XT-NOT-ON-ROSTER runs). At most one file is. */
  readonly roster: boolean;
}

export interface RelatedFiles {
  list(): readonly RelatedFile[];
  /** Reads the files (one of the same name is replaced); a file that cannot be read is named in the error. */
  add(files: readonly File[], options?: RunOptions): Promise<readonly RelatedFile[]>;
  remove(name: string): readonly RelatedFile[];
  /** Marks the file as the roster (the others not); undefined: none is. */
  setRoster(name: string | undefined): readonly RelatedFile[];
}

export interface TemplatePlace {
  readonly township?: string;
  readonly village?: string;
}

export interface InsertedTemplate {
  /** The sheet's name as inserted (a free one). */
  readonly sheet: string;
  /** What the program could not add (no validation, no conditional formats …), as catalogue notices. */
  readonly notices: ReadonlyArray<{
    readonly key: UiKey;
    readonly params: Readonly<Record<string, ParamValue>>;
  }>;
}

export interface HeaderMapControl {
  /** Tables of the last check with missing columns. */
  gaps(): readonly HeaderGap[];
  /** The choices in force. */
  choices(): readonly HeaderChoice[];
  /** Where they are kept: in the workbook's settings, or only for this session (the host has no settings). */
  readonly keptIn: "workbook" | "session";
  /** Applies the choices (saved where kept); the next check uses them. */
  apply(choices: readonly HeaderChoice[]): Promise<void>;
}
