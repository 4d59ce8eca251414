import ExcelJS from "exceljs";
import type { WorkbookData } from "../engine/model/types";
import type { NumberFormats, WorkbookRead } from "./input";
import { MAX_COLS } from "./sheet";

/**
 * A workbook read from .xls, .et, .ods or .csv written as .xlsx with ExcelJS (the library that writes the summary
 * workbooks, src/workbook/summary.ts), so that the annotated copy can be made from it by the same patcher as for
 * an .xlsx: every sheet in order (hidden ones hidden), every value as read — text stays text (a text beginning with
 * `=` is never a formula), numbers, booleans, error values, dates with their number formats — and the merged cells.
 * Formulas are written as their cached results, and styles are not carried over.
 */
export async function workbookToXlsx(
  workbook: WorkbookData,
  formats: NumberFormats = [],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Anju 安居台账核查";
  if (workbook.date1904) wb.properties.date1904 = true;
  workbook.sheets.forEach((sheet, i) => {
    const ws = wb.addWorksheet(sheet.name, sheet.hidden ? { state: "hidden" } : {});
    const own = formats[i];
    sheet.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = typeof v === "object" ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
        const z = typeof v === "number" ? own?.get(r * MAX_COLS + c) : undefined;
        if (z !== undefined) cell.numFmt = z;
      });
    });
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  });
  if (workbook.sheets.length === 0) wb.addWorksheet("Sheet1");
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

/**
 * The bytes an annotated copy is patched from: an .xlsx as it is, any other format read by readWorkbookBytes
 * written as .xlsx first. (Check the cell count against the host's ExcelJS budget before calling this.)
 */
export async function xlsxBytesOf(read: WorkbookRead & { bytes: Uint8Array }): Promise<Uint8Array> {
  return read.format === "xlsx" ? read.bytes : workbookToXlsx(read.workbook, read.numberFormats);
}
