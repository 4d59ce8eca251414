import { checkWorkbook, countBySeverity, type CheckOptions, type CheckResult } from "../check";
import type { WorkbookData } from "../model/types";
import { summaryInputSheets } from "./sheets";

/**
 * Checks an input workbook for a summary. A summary's own sheets are skipped (a summary given back as input is not
 * counted twice). A workbook holding nothing else — a township's summary sent up to the city — is read from its
 * 乡镇汇总 instead: the township's households in 表A.1 layout, whose meta row rightly names no single village, so
 * RV-META-MISSING for 村（社区） is not counted there.
 */
export function checkForSummary(
  workbook: WorkbookData,
  options: Omit<CheckOptions, "sheets">,
): { result: CheckResult; fromSummary: boolean } {
  const { sheets, fallback } = summaryInputSheets(workbook.sheets.map((s) => s.name));
  const result = checkWorkbook(workbook, { ...options, sheets });
  if (result.tables.length > 0 || fallback.length === 0) return { result, fromSummary: false };
  const own = checkWorkbook(workbook, { ...options, sheets: fallback });
  const findings = own.findings.filter(
    (f) => !(f.ruleId === "RV-META-MISSING" && f.params.label === "村（社区）"),
  );
  return { result: { ...own, findings, counts: countBySeverity(findings) }, fromSummary: true };
}
