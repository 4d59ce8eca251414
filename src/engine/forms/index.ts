/**
 * The office's own forms (SPEC §13): a county's summary form filled with the statistics of §4.
 *
 *   const plan = planFill(form, formulaCells, (level) => summarize(inputs, level, { today, config }), { level });
 *   toFillReport(plan);   // the `anju fill --format json` object
 */
export {
  nameKey,
  planFill,
  summariesByLevel,
  type FilledCell,
  type FillOptions,
  type FillPlan,
} from "./fill";
export {
  classifyLabel,
  isCountWord,
  nameKind,
  statisticValue,
  type NameKind,
  type Statistic,
  type StatisticKey,
} from "./labels";
export { locateForm, type FormTable, type StatisticColumn, type UnknownLabel } from "./locate";
export { fillText, FillReportSchema, toFillReport, type FillReport } from "./report";
