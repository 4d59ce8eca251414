/**
 * Blank tables that prevent errors at entry (SPEC §12): 表A.1 and the two ledgers in the standards' layout, as
 * SheetSpec data with data validation, input messages, error alerts, conditional formats and print setup. The
 * CLI and the page write it with the workbook writer (src/workbook/summary.ts); the add-in inserts it as a sheet.
 *
 *   const { spec } = templateSheet("revisit", { township: "兴东镇", village: "张庄村", rows: 50 });
 */
export {
  templateColumns,
  TEMPLATE_KINDS,
  TEMPLATE_KIND_KEYS,
  TEMPLATE_OMITS,
  type ColumnInput,
  type TemplateColumn,
  type TemplateKind,
} from "./columns";
export { templateFormats } from "./formats";
export { DATE_FROM, DATE_TO, PROMPT_TEXT_MAX, PROMPT_TITLE_MAX, TICK, YEAR_MAX, YEAR_MIN } from "./inputs";
export {
  REVISIT_NOTES,
  TEMPLATE_DEFAULT_ROWS,
  TEMPLATE_MAX_ROWS,
  TEMPLATE_SHEET_NAMES,
  TEMPLATE_TITLES,
  templateSheet,
  type TemplateOptions,
  type TemplateSheet,
} from "./sheet";
