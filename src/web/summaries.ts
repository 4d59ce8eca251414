import { DEFAULT_CONFIG, type Config } from "../engine/config";
import type { HeaderMapping } from "../engine/header/names";
import { t, type Locale } from "../engine/messages";
import type { WorkbookData } from "../engine/model/types";
import type { YMD } from "../engine/parse/date";
import {
  checkForSummary,
  drawSample,
  isSummarySheet,
  safeHousingRate,
  summarize,
  summarySheets,
  SUMMARY_SHEET_NAMES,
  toSummaryReport,
  type SummaryInput,
  type SummaryLevel,
} from "../engine/summary";
import { WorkbookReadError } from "../workbook/errors";
import { readWorkbookBytes } from "../workbook/input";
import { writeSummaryWorkbook } from "../workbook/summary";
import { PAGE_SHEETJS } from "./sheetjs";
import type { SummaryPreview } from "../taskpane/controller";
import { KeyedError } from "../taskpane/ui/errors";

/**
 * The summaries on the browser page, the same steps as `anju summarize`: check each workbook for a summary,
 * summarise, price, draw the sample, and write the summary workbook with the xlsx host, offered for download.
 */
export interface SummaryJob {
  readonly level: SummaryLevel;
  readonly inputs: readonly SummaryInput[];
  readonly today: YMD;
  readonly locale: Locale;
  readonly fileName: string;
  readonly sample?: { readonly percent: number; readonly seed: number };
  readonly config?: Config;
}

export function summaryInput(
  file: string,
  workbook: WorkbookData,
  today: YMD,
  config = DEFAULT_CONFIG,
  map: readonly HeaderMapping[] = [],
): SummaryInput {
  const { result, fromSummary } = checkForSummary(workbook, { today, config, map });
  return fromSummary ? { file, result, fromSummary } : { file, result };
}

/** A picked township workbook, read here; a file that cannot be read is named in the reason. */
export async function readPicked(file: File, today: YMD, config = DEFAULT_CONFIG): Promise<SummaryInput> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let workbook: WorkbookData;
  try {
    workbook = (
      await readWorkbookBytes(bytes, file.name, { limits: config.limits, loadSheetJs: PAGE_SHEETJS })
    ).workbook;
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      throw new KeyedError("officeCityFileUnreadable", { file: file.name, reason: e.zh });
    }
    throw e;
  }
  return summaryInput(file.name, workbook, today, config);
}

export async function buildSummary(job: SummaryJob): Promise<SummaryPreview> {
  const config = job.config ?? DEFAULT_CONFIG;
  if (job.inputs.every((i) => i.result.tables.length === 0)) throw new KeyedError("summaryNoTables");
  const summary = summarize(job.inputs, job.level, { today: job.today, config });
  const safeHousing = safeHousingRate(summary, config);
  const drawn = job.sample ? drawSample(summary.households, job.sample) : undefined;
  const extras = { safeHousing, ...(drawn ? { sample: drawn } : {}), locale: job.locale };
  const all = summarySheets(summary, extras);
  // The sample alone is its own workbook; a summary carries every sheet of it.
  const sheets = drawn ? all.filter((x) => x.name === SUMMARY_SHEET_NAMES.sample) : all;
  const bytes = await writeSummaryWorkbook(undefined, sheets, isSummarySheet);
  return {
    json: toSummaryReport(summary, extras),
    sheets: sheets.map((x) => x.name),
    download: { fileName: job.fileName, bytes },
  };
}

export function summaryFileName(kind: "township" | "city" | "sample", base: string, locale: Locale): string {
  const key =
    kind === "township" ? "webSummaryName" : kind === "city" ? "webCitySummaryName" : "webSampleName";
  return t(key, { base }, locale);
}
