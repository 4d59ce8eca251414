/**
 * Township and city summaries (SPEC §4), the county safe-housing rate (SX 二.2) and the spot-check sample
 * (SX 四, TZ 12.5), from `checkWorkbook` results. Pure: the CLI writes the sheets with ExcelJS, the add-in with
 * Office.js, both from the same `SheetSpec` data.
 *
 *   const summary = summarizeTownship([{ file, result: checkWorkbook(wb, { today }) }], { today, config });
 *   const safeHousing = safeHousingRate(summary, config);
 *   const sample = drawSample(summary.households, { percent: 10, seed: 20240701 });
 *   summarySheets(summary, { safeHousing, sample });   // SheetSpec[] to write
 *   toSummaryReport(summary, { safeHousing, sample }); // the SPEC §5 JSON
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
  cityTableName,
  isSummarySheet,
  summaryInputSheets,
  summarySheets,
  SUMMARY_SHEET_NAMES,
  type CellFormat,
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
