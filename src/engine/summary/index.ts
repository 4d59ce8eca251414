/**
 * Township and city summaries (SPEC §4), the county safe-housing rate (SX 二.2) and the spot-check sample
 * (SX 四, TZ 12.5), from `checkWorkbook` results. Pure: every caller (CLI, browser page, in-place hosts) runs the
 * one pipeline `buildSummary` and writes its `SheetSpec` data its own way (ExcelJS, Office.js, WPS).
 *
 *   const inputs = [{ file, ...checkForSummary(workbook, { today, config }) }];
 *   const built = buildSummary(inputs, { level: "township", today, config, sample: { percent: 10, seed: 1 } });
 *   built.sheets;  // SheetSpec[] to write, replacing the sheets for which built.isOwn(name)
 *   built.report;  // the SPEC §5 JSON
 */
export { cityOfAddress, inferCity, UNSPECIFIED_CITY, type CityAssignment, type CitySource } from "./city";
export { emptyFigures, type Figures, type GradeClass, type HistoryClass } from "./figures";
export {
  collect,
  historyOf,
  yearFilled,
  type LedgerHousehold,
  type RevisitHousehold,
  type SummaryInput,
  type TableSource,
  type VillageTable,
} from "./households";
export { toSummaryReport, type SummaryReportOptions } from "./json";
export { cityNotes, nameNotes, type SummaryNote } from "./notes";
export { buildSummary, type BuildSummaryOptions, type BuiltSummary } from "./build";
export { checkForSummary } from "./source";
export { safeHousingRate, type SafeHousing, type UnsafeHousehold } from "./safe-housing";
export {
  drawSample,
  isValidPercent,
  isValidSeed,
  sampleSize,
  type Sample,
  type SampleOptions,
  type SampleStratum,
} from "./sample";
export {
  BORDER_COLOR,
  CELL_LOOKS,
  cityTableName,
  isSummarySheet,
  LINK_COLOR,
  NUMBER_FORMATS,
  numberFormatOf,
  padRow,
  summaryInputSheets,
  summarySheets,
  SUMMARY_SHEET_NAMES,
  type CellFormat,
  type CellLook,
  type CellStyle,
  type SheetCell,
  type SheetConditionalFormat,
  type SheetLink,
  type SheetPrint,
  type SheetSpec,
  type SheetValidation,
  type SummarySheetOptions,
  type ValidationRule,
} from "./sheets";
export {
  summarize,
  summarizeCity,
  summarizeTownship,
  sumGroups,
  TOTAL_NAME,
  type Summary,
  type SummaryGroup,
  type SummaryHousehold,
  type SummaryLevel,
  type SummaryOptions,
  type SummaryTable,
  type TownshipInfo,
} from "./summarize";
export { summaryText, type SummaryTextOptions } from "./text";
