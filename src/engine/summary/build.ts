import { DEFAULT_CONFIG, type Config } from "../config";
import { AnjuError } from "../errors";
import type { Locale } from "../messages";
import type { YMD } from "../parse/date";
import type { SummaryReport } from "../report";
import type { SummaryInput } from "./households";
import { toSummaryReport } from "./json";
import { drawSample, type Sample, type SampleOptions } from "./sample";
import { safeHousingRate, type SafeHousing } from "./safe-housing";
import { isSummarySheet, summarySheets, SUMMARY_SHEET_NAMES, type SheetSpec } from "./sheets";
import { summarize, type Summary, type SummaryLevel } from "./summarize";
import { summaryText } from "./text";

export interface BuildSummaryOptions {
  readonly level: SummaryLevel;
  readonly today: YMD;
  readonly config?: Config;
  /** Language of the sheets' and the text's own words (zh-CN by default). */
  readonly locale?: Locale;
  /** Draw the spot-check sample (SX 四, TZ 12.5) as well. */
  readonly sample?: SampleOptions;
  /**
   * `all` (anju summarize, 生成乡镇汇总 / 生成市级汇总): every sheet, replacing every summary sheet of the target;
   * `sample` (抽查样本): only the sample sheet, replacing only that one.
   */
  readonly sheets?: "all" | "sample";
}

/** Everything one summary run makes, for any caller to write or show. */
export interface BuiltSummary {
  readonly summary: Summary;
  readonly safeHousing: SafeHousing;
  readonly sample?: Sample;
  /** The sheets to write (ExcelJS on the CLI and the page, the open workbook in Excel and WPS). */
  readonly sheets: readonly SheetSpec[];
  /** Which sheets already in the target these replace; every other sheet is kept. */
  readonly isOwn: (sheetName: string) => boolean;
  /** The `anju summarize --format json` object (SPEC §5). */
  readonly report: SummaryReport;
  /** The `anju summarize` text output. */
  text(): string;
}

/**
 * The one summary pipeline (SPEC §4) that the CLI, the browser page and the in-place hosts call: summarise the
 * checked inputs, the county safe-housing rate, the sample when asked, the sheets and the JSON report. Inputs come
 * from `checkForSummary` (one per workbook). No table in any input is a user error (`summaryNoTables`).
 */
export function buildSummary(inputs: readonly SummaryInput[], options: BuildSummaryOptions): BuiltSummary {
  if (inputs.every((i) => i.result.tables.length === 0)) throw new AnjuError("summaryNoTables");
  const config = options.config ?? DEFAULT_CONFIG;
  const summary = summarize(inputs, options.level, { today: options.today, config });
  const safeHousing = safeHousingRate(summary, config);
  const sample = options.sample ? drawSample(summary.households, options.sample) : undefined;
  const extras = {
    safeHousing,
    ...(sample ? { sample } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  };
  const sampleOnly = options.sheets === "sample";
  const all = summarySheets(summary, extras);
  const sheets = sampleOnly ? all.filter((x) => x.name === SUMMARY_SHEET_NAMES.sample) : all;
  return {
    summary,
    safeHousing,
    ...(sample ? { sample } : {}),
    sheets,
    isOwn: sampleOnly ? (n) => n === SUMMARY_SHEET_NAMES.sample : isSummarySheet,
    report: toSummaryReport(summary, extras),
    text: () => summaryText(summary, extras),
  };
}
