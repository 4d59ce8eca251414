import { DEFAULT_CONFIG, type Config } from "../engine/config";
import type { WorkbookData } from "../engine/model/types";
import { t, type Locale } from "../engine/messages";
import type { YMD } from "../engine/parse/date";
import { buildSummary, type SampleOptions, type SummaryInput, type SummaryLevel } from "../engine/summary";
import type { SummaryPreview } from "../hosts/controller";
import { WorkbookReadError } from "../workbook/errors";
import { readWorkbookBytes } from "../workbook/input";
import { PickedFileError, summaryInput } from "../workbook/summary-input";
import { PAGE_SHEETJS } from "./sheetjs";
import { writeSummaryWorkbook } from "../workbook/summary";

export { summaryInput } from "../workbook/summary-input";

/**
 * The summaries on the browser page: the engine's one pipeline (buildSummary), written as a new workbook with
 * ExcelJS and offered for download. The sample alone is its own workbook; a summary carries every sheet.
 */
export interface SummaryJob {
  readonly level: SummaryLevel;
  readonly inputs: readonly SummaryInput[];
  readonly today: YMD;
  readonly locale: Locale;
  readonly fileName: string;
  readonly sample?: SampleOptions;
  readonly config?: Config;
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
    if (e instanceof WorkbookReadError) throw new PickedFileError(file.name, e);
    throw e;
  }
  return summaryInput(file.name, workbook, { today, config });
}

export async function summaryDownload(job: SummaryJob): Promise<SummaryPreview> {
  const built = buildSummary(job.inputs, {
    level: job.level,
    today: job.today,
    locale: job.locale,
    ...(job.config ? { config: job.config } : {}),
    ...(job.sample ? { sample: job.sample, sheets: "sample" as const } : {}),
  });
  const bytes = await writeSummaryWorkbook(undefined, built.sheets, built.isOwn);
  return {
    json: built.report,
    sheets: built.sheets.map((x) => x.name),
    download: { fileName: job.fileName, bytes },
  };
}

export function summaryFileName(kind: "township" | "city" | "sample", base: string, locale: Locale): string {
  const key =
    kind === "township" ? "webSummaryName" : kind === "city" ? "webCitySummaryName" : "webSampleName";
  return t(key, { base }, locale);
}
