/**
 * What the running Excel can do, from `Office.context.requirements.isSetSupported('ExcelApi', …)`. The manifest
 * asks for ExcelApi 1.1 only (Office 2016); everything newer is used only when present (SPEC §3), with the plain
 * path beside it.
 */
export interface Caps {
  /** Highest ExcelApi 1.x supported (1 = ExcelApi 1.1). */
  readonly minor: number;
  /** getUsedRange(valuesOnly), worksheet.protection, setting visibility, workbook.functions. */
  readonly v2: boolean;
  /** *OrNullObject getters (worksheets.getItemOrNullObject, getUsedRangeOrNullObject). */
  readonly nullObjects: boolean;
  /** application.suspendApiCalculationUntilNextSync. */
  readonly suspendCalc: boolean;
  /** range.conditionalFormats (custom formula formats: a blank table's live colours, SPEC §12). */
  readonly conditionalFormats: boolean;
  /** worksheet.onChanged: the live re-check. */
  readonly events: boolean;
  /** context.runtime.enableEvents and workbook.readOnly. */
  readonly runtime: boolean;
  /** range.dataValidation (a blank table's dropdowns, input messages and alerts, SPEC §12). */
  readonly dataValidation: boolean;
  /** RangeAreas (worksheet.getRanges), getCellProperties/setCellProperties, suspendScreenUpdatingUntilNextSync. */
  readonly rangeAreas: boolean;
  /** worksheet.pageLayout: orientation, paper size, print title rows. */
  readonly pageLayout: boolean;
  /** workbook/worksheet comments (threaded). */
  readonly comments: boolean;
  /** range.getMergedAreasOrNullObject. */
  readonly merges: boolean;
  /** worksheet.notes (plain notes). */
  readonly notes: boolean;
}

export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** Highest minor version probed: newer sets add nothing the host uses. */
const PROBE_UP_TO = 20;

export function detectCaps(isSetSupported: IsSetSupported): Caps {
  let minor = 1;
  for (let m = 2; m <= PROBE_UP_TO; m++) {
    if (isSetSupported("ExcelApi", `1.${m}`)) minor = m;
    else break;
  }
  return capsFor(minor);
}

export function capsFor(minor: number): Caps {
  return {
    minor,
    v2: minor >= 2,
    nullObjects: minor >= 4,
    suspendCalc: minor >= 6,
    conditionalFormats: minor >= 6,
    events: minor >= 7,
    runtime: minor >= 8,
    dataValidation: minor >= 8,
    rangeAreas: minor >= 9,
    pageLayout: minor >= 9,
    comments: minor >= 10,
    merges: minor >= 13,
    notes: minor >= 18,
  };
}
