import ExcelJS from "exceljs";
import { planMarks } from "../../engine/marks";
import { noteText, renderMessage, severityLabel, t, type Locale } from "../../engine/messages";
import type { Finding } from "../../engine/model/types";
import { MARK_COLORS } from "../port";
import { WorkbookReadError } from "./errors";

export const RESULTS_SHEET = "校验结果";

/**
 * An annotated copy of a workbook: each marked cell filled by its worst severity with a note (rule ID, message,
 * clause), and a 校验结果 sheet listing every finding with a link to its cells. Values are never changed; notes
 * and the results sheet hold text only (a cell value beginning with = is written as text, never as a formula).
 */
export async function annotateWorkbook(
  input: Uint8Array,
  findings: readonly Finding[],
  locale: Locale = "zh-CN",
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(input as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError("unsupported", {
      reason: "格式特殊",
      reasonEn: "unusual format",
      detail: e instanceof Error ? e.message : String(e),
    });
  }
  const old = wb.getWorksheet(RESULTS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  for (const mark of planMarks(findings)) {
    const ws = wb.getWorksheet(mark.sheet);
    if (!ws) continue;
    const cell = ws.getCell(mark.address);
    // A fresh style object: ExcelJS shares style objects between cells of one style.
    cell.style = {
      ...cell.style,
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${MARK_COLORS[mark.severity]}` } },
    };
    cell.note = noteText(mark.findings, locale);
  }
  writeResultsSheet(wb, findings, locale);
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

function writeResultsSheet(wb: ExcelJS.Workbook, findings: readonly Finding[], locale: Locale): void {
  const ws = wb.addWorksheet(RESULTS_SHEET);
  ws.columns = [
    { header: t("colSheet", {}, locale), width: 14 },
    { header: t("colRow", {}, locale), width: 6 },
    { header: t("colCells", {}, locale), width: 14 },
    { header: t("colSeverity", {}, locale), width: 8 },
    { header: t("colRule", {}, locale), width: 24 },
    { header: t("colMessage", {}, locale), width: 60 },
    { header: t("colClause", {}, locale), width: 22 },
    { header: t("colLink", {}, locale), width: 8 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  for (const f of findings) {
    const first = f.cells[0];
    const target = first
      ? `#'${f.sheet.replace(/'/g, "''")}'!${first}`
      : `#'${f.sheet.replace(/'/g, "''")}'!A${f.row}`;
    // Plain strings: ExcelJS writes them as shared strings, so a message quoting "=…" never becomes a formula.
    ws.addRow([
      f.sheet,
      f.row,
      f.cells.join(" "),
      severityLabel(f.severity, locale),
      f.ruleId,
      renderMessage(f, locale),
      f.clause,
      { text: t("linkText", {}, locale), hyperlink: target },
    ]);
  }
}
