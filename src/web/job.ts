import { checkWorkbook, type CheckOptions, type CheckResult } from "../engine/check";
import type { InputFile } from "../engine/cross/files";
import { checkTogether, previousInput, togetherReport, type TogetherResult } from "../engine/cross/together";
import type { VillageCounts } from "../engine/diff";
import { headerGaps, type HeaderGap } from "../engine/header/gaps";
import type { HeaderMapping } from "../engine/header/names";
import { AnjuError, type ErrorParams } from "../engine/errors";
import { isUiKey, type Locale } from "../engine/messages";
import { parseA1 } from "../engine/model/address";
import type { CellRange, CellValue, Finding, WorkbookData } from "../engine/model/types";
import type { YMD } from "../engine/parse/date";
import { toCheckReport, type CheckReport } from "../engine/report";
import { readWorkbookBytes, type NumberFormats, type WorkbookFormat } from "../workbook/input";
import { PAGE_SHEETJS } from "./sheetjs";
import { WorkbookReadError, type WorkbookReadErrorCode } from "../workbook/errors";

/**
 * One check of a workbook's bytes, the same steps as `anju check`: read with the xlsx host, check with the engine,
 * report with toCheckReport. Split in two phases so that the in-page path can let the page paint between them;
 * the worker runs both at once. Nothing here touches the DOM.
 */
export interface CheckJobInput {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly today: YMD;
  readonly locale: Locale;
  /** Only these sheets (校验当前工作表); all when absent. */
  readonly sheets?: readonly string[] | undefined;
  /** Send the cells back for the sheet preview (first check of a file). */
  readonly wantPreview: boolean;
  /** 对应表头 chosen on the page: header words naming missing columns. */
  readonly map?: readonly HeaderMapping[];
  /** 关联文件, read on the page: 校验全部工作表 runs the XT rules against them too. */
  readonly related?: readonly InputFile[];
  /** 与上次报送比对: the previous submission, read on the page (校验全部工作表 only). */
  readonly previous?: { readonly name: string; readonly workbook: WorkbookData };
}

export interface PreviewSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue> | undefined>;
  readonly hidden: boolean;
  /** Merged areas (0-based, inclusive), drawn as one cell across their columns. */
  readonly merges: readonly CellRange[];
  /** 0-based columns holding dates (回访时间 …), shown as dates rather than serial numbers. */
  readonly dateColumns: readonly number[];
  /** A1 addresses of single cells holding a date (填报日期 in the meta row). */
  readonly dateCells: readonly string[];
}

export interface PreviewWorkbook {
  readonly sheets: readonly PreviewSheet[];
  readonly date1904: boolean;
}

export interface CheckJobOutput {
  readonly report: CheckReport;
  /** What the file really is: an .xls, .et, .ods or .csv is written as .xlsx for its annotated copy. */
  readonly format?: WorkbookFormat;
  /** Their dates' number formats, for that .xlsx (with the preview). */
  readonly numberFormats?: NumberFormats;
  /** The engine's findings (with params), for the annotated copy. */
  readonly findings: readonly Finding[];
  readonly preview?: PreviewWorkbook;
  /** Tables with missing columns and their unrecognised headers, for 对应表头. */
  readonly gaps: readonly HeaderGap[];
  /** Listed, not marked: XT findings in related files, DF-GONE in the previous submission (each with `file`). */
  readonly elsewhere?: readonly Finding[];
  /** With a previous submission: the per-village counts and 合计. */
  readonly diff?: { readonly villages: readonly VillageCounts[]; readonly total: VillageCounts };
}

const DATE_FIELDS = new Set(["revisitDate", "keys"]);

export interface ReadPhase {
  readonly workbook: WorkbookData;
  readonly format: WorkbookFormat;
  readonly numberFormats?: NumberFormats;
}

/** Reads any format a clerk has (src/workbook/input.ts), SheetJS loaded on demand. */
export function readPhase(bytes: Uint8Array, fileName: string): Promise<ReadPhase> {
  return readWorkbookBytes(bytes, fileName, { loadSheetJs: PAGE_SHEETJS });
}

export function checkOptions(input: CheckJobInput): CheckOptions {
  const map = input.map ?? [];
  return input.sheets ? { today: input.today, sheets: input.sheets, map } : { today: input.today, map };
}

/**
 * 校验全部工作表 (no `sheets`): the XT rules among the workbook's own tables and against the related files, and the
 * diff against a previous submission (the engine's checkTogether, as the task panes run it).
 */
function together(read: ReadPhase, input: CheckJobInput): TogetherResult | undefined {
  if (input.sheets) return undefined;
  const options = { today: input.today, map: input.map ?? [] };
  const previous = input.previous;
  return checkTogether(input.fileName, read.workbook, {
    ...options,
    cross: true,
    related: input.related ?? [],
    ...(previous ? { previous: previousInput(previous.name, previous.workbook, options) } : {}),
  });
}

/** The report from a check; `stepped` when the workbook's own check was already run (in steps, on the page). */
export function checkPhase(read: ReadPhase, input: CheckJobInput, stepped?: CheckResult): CheckJobOutput {
  const { workbook, format } = read;
  const map = input.map ?? [];
  const joint = together(read, input);
  const result = joint?.own ?? stepped ?? checkWorkbook(workbook, checkOptions(input));
  const report = joint
    ? togetherReport(input.fileName, joint, input.locale)
    : toCheckReport(input.fileName, result, input.locale);
  const gaps = headerGaps(result.tables);
  const extra = {
    ...(joint && joint.elsewhere.length > 0 ? { elsewhere: joint.elsewhere.flatMap((e) => e.findings) } : {}),
    ...(joint?.diff ? { diff: { villages: joint.diff.villages, total: joint.diff.total } } : {}),
  };
  if (!input.wantPreview) return { report, findings: result.findings, gaps, format, ...extra };
  // The preview always shows every sheet, whichever were checked.
  const all = input.sheets ? checkWorkbook(workbook, { today: input.today, map }) : result;
  const dates = new Map<string, { cols: number[]; cells: string[] }>();
  for (const t of all.tables) {
    const cols = [...t.table.header.columns.entries()].filter(([k]) => DATE_FIELDS.has(k)).map(([, c]) => c);
    const fill = t.table.meta.fillDate?.valueCell;
    dates.set(t.info.sheet, { cols, cells: fill && parseA1(fill) ? [fill] : [] });
  }
  return {
    report,
    findings: result.findings,
    gaps,
    format,
    ...extra,
    ...(read.numberFormats ? { numberFormats: read.numberFormats } : {}),
    preview: {
      date1904: workbook.date1904,
      sheets: workbook.sheets.map((s) => ({
        name: s.name,
        rows: s.rows,
        hidden: s.hidden === true,
        merges: s.merges,
        dateColumns: dates.get(s.name)?.cols ?? [],
        dateCells: dates.get(s.name)?.cells ?? [],
      })),
    },
  };
}

/**
 * What crosses the worker boundary for a failure: an AnjuError's key and parameters (and a WorkbookReadError's
 * code), so that the page renders it in its own language; anything else its message.
 */
export interface JobError {
  readonly name: string;
  readonly message: string;
  readonly key?: string;
  readonly params?: ErrorParams;
  readonly code?: WorkbookReadErrorCode;
  readonly why?: string;
}

export function toJobError(e: unknown): JobError {
  if (e instanceof WorkbookReadError)
    return {
      name: e.name,
      message: e.message,
      code: e.code,
      params: e.params,
      ...(e.why ? { why: e.why } : {}),
    };
  if (e instanceof AnjuError) return { name: e.name, message: e.message, key: e.key, params: e.params };
  if (e instanceof Error) return { name: e.name, message: e.message };
  return { name: "Error", message: String(e) };
}

export function fromJobError(e: JobError): Error {
  let err: Error;
  if (e.code !== undefined)
    err = new WorkbookReadError(e.code, e.params, e.why !== undefined && isUiKey(e.why) ? e.why : undefined);
  else if (e.key !== undefined && isUiKey(e.key)) err = new AnjuError(e.key, e.params);
  else err = new Error(e.message);
  err.name = e.name;
  return err;
}
