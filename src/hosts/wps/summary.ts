import { MARK_COLORS } from "../../engine/marks";
import type { CellStyle, SheetCell, SheetSpec } from "../../engine/summary";
import { bgrOf, XL_CENTER, type EtApp } from "./et";
import { rectAddress, sheetOf, type Discovery } from "./read";
import { addSheet } from "./write";

const FORMATS = { date: "yyyy-mm-dd", yuan: "#,##0", percent: "0.00%", text: "@" } as const;
const FILLS: Partial<Record<CellStyle, string>> = {
  header: "#D9E1F2",
  subtotal: "#F2F2F2",
  total: "#E2EFDA",
  warn: `#${MARK_COLORS.warning}`,
};
/** Rows per Value2 write of a summary sheet. */
const ROWS_PER_WRITE = 500;

/**
 * Writes summary sheets (the engine's SheetSpec data, the same the CLI writes with ExcelJS and the Office host
 * with Office.js) into the open workbook: values as one Value2 array per block of rows, text cells formatted as
 * text first (a value starting with = stays text), number formats, header/total fills, bold titles, merges and
 * column widths. Old summary sheets (`isOwn`, or named like a new one) are renamed out of the way first and
 * deleted only after the new ones exist, so that the workbook never runs out of visible sheets.
 */
export function writeSummarySheets(
  app: EtApp,
  d: Discovery,
  sheets: readonly SheetSpec[],
  isOwn: (name: string) => boolean,
): void {
  const screen = app.ScreenUpdating;
  const events = app.EnableEvents;
  const alerts = app.DisplayAlerts;
  app.ScreenUpdating = false;
  app.EnableEvents = false;
  app.DisplayAlerts = false;
  try {
    const replaced = new Set(sheets.map((x) => x.name));
    const stale = d.sheets.map((x) => x.name).filter((n) => isOwn(n) || replaced.has(n));
    const parked = stale.map((name, i) => {
      const temp = `_anju_old_${i + 1}`;
      sheetOf(app, name).Name = temp;
      return temp;
    });
    for (const spec of sheets) writeSheet(app, spec);
    for (const temp of parked) sheetOf(app, temp).Delete();
    const first = sheets[0];
    if (first) sheetOf(app, first.name).Activate();
  } finally {
    app.DisplayAlerts = alerts;
    app.EnableEvents = events;
    app.ScreenUpdating = screen;
  }
}

function writeSheet(app: EtApp, spec: SheetSpec): void {
  const ws = addSheet(app, spec.name);
  const width = Math.max(spec.widths.length, ...spec.rows.map((r) => r.length), 1);
  for (let top = 0; top < spec.rows.length; top += ROWS_PER_WRITE) {
    const part = spec.rows.slice(top, top + ROWS_PER_WRITE).map((r) => pad(r, width));
    const range = ws.Range(rectAddress({ top, left: 0, bottom: top + part.length - 1, right: width - 1 }));
    range.NumberFormat = part.map((row) => row.map(numberFormat));
    range.Value2 = part.map((row) => row.map((c) => (c === null || c.value === null ? null : c.value)));
  }
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.style) return;
      styleCell(ws.Range(rectAddress({ top: r, left: c, bottom: r, right: c })), cell.style);
    }),
  );
  for (const m of spec.merges) ws.Range(rectAddress(m)).Merge();
  spec.widths.forEach((w, c) => {
    ws.Range(rectAddress({ top: 0, left: c, bottom: 0, right: c })).ColumnWidth = w;
  });
}

function styleCell(range: ReturnType<ReturnType<typeof sheetOf>["Range"]>, style: CellStyle): void {
  const fill = FILLS[style];
  if (fill) range.Interior.Color = bgrOf(fill);
  switch (style) {
    case "title":
      range.Font.Bold = true;
      range.HorizontalAlignment = XL_CENTER;
      break;
    case "header":
      range.Font.Bold = true;
      range.HorizontalAlignment = XL_CENTER;
      range.WrapText = true;
      break;
    case "subtotal":
    case "total":
      range.Font.Bold = true;
      break;
    case "warn":
      range.Font.Color = bgrOf("#9C5700");
      break;
    default:
      break;
  }
}

function numberFormat(cell: SheetCell | null): string {
  if (!cell || cell.value === null) return "General";
  if (typeof cell.value === "string") return "@";
  return cell.format ? FORMATS[cell.format] : "General";
}

function pad(row: ReadonlyArray<SheetCell | null>, width: number): Array<SheetCell | null> {
  const out: Array<SheetCell | null> = [];
  for (let c = 0; c < width; c++) out.push(row[c] ?? null);
  return out;
}
