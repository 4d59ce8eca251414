import type { UiKey } from "../../engine/messages";
import { CELL_LOOKS, numberFormatOf, padRow, type CellLook, type SheetSpec } from "../../engine/summary";
import { bgrOf, XL_CENTER, XL_LEFT, XL_TOP, type EtApp, type EtRange } from "./et";
import { writeEntryRules } from "./entry";
import { quietly } from "./quiet";
import { rectAddress, sheetOf, type Discovery } from "./read";
import { addSheet } from "./write";

/** Rows per Value2 write of a summary sheet. */
const ROWS_PER_WRITE = 500;

/**
 * Writes summary sheets (the engine's SheetSpec data, the same the CLI writes with ExcelJS and the Office host
 * with Office.js) into the open workbook: values as one Value2 array per block of rows, text cells formatted as
 * text first (a value starting with = stays text), number formats, the named styles' looks (CELL_LOOKS), merges
 * and column widths; frozen header, and a blank table's validations, live colours and print settings
 * (./entry.ts). Returns the keys of the notices for what this WPS refused. Old summary sheets (`isOwn`, or named
 * like a new one) are renamed out of the way first and deleted only after the new ones exist, so that the
 * workbook never runs out of visible sheets.
 */
export function writeSummarySheets(
  app: EtApp,
  d: Discovery,
  sheets: readonly SheetSpec[],
  isOwn: (name: string) => boolean,
): UiKey[] {
  return quietly(app, () => {
    const replaced = new Set(sheets.map((x) => x.name));
    const stale = d.sheets.map((x) => x.name).filter((n) => isOwn(n) || replaced.has(n));
    const parked = stale.map((name, i) => {
      const temp = `_anju_old_${i + 1}`;
      sheetOf(app, name).Name = temp;
      return temp;
    });
    const notices = new Set<UiKey>();
    for (const spec of sheets) for (const key of writeSheet(app, spec)) notices.add(key);
    for (const temp of parked) sheetOf(app, temp).Delete();
    const first = sheets[0];
    if (first) sheetOf(app, first.name).Activate();
    return [...notices];
  });
}

function writeSheet(app: EtApp, spec: SheetSpec): UiKey[] {
  const ws = addSheet(app, spec.name);
  const width = Math.max(spec.widths.length, ...spec.rows.map((r) => r.length), 1);
  for (let top = 0; top < spec.rows.length; top += ROWS_PER_WRITE) {
    const part = spec.rows.slice(top, top + ROWS_PER_WRITE).map((r) => padRow(r, width));
    const range = ws.Range(rectAddress({ top, left: 0, bottom: top + part.length - 1, right: width - 1 }));
    range.NumberFormat = part.map((row) => row.map(numberFormatOf));
    range.Value2 = part.map((row) => row.map((c) => (c === null || c.value === null ? null : c.value)));
  }
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.style) return;
      styleCell(ws.Range(rectAddress({ top: r, left: c, bottom: r, right: c })), CELL_LOOKS[cell.style]);
    }),
  );
  for (const m of spec.merges) ws.Range(rectAddress(m)).Merge();
  spec.widths.forEach((w, c) => {
    ws.Range(rectAddress({ top: 0, left: c, bottom: 0, right: c })).ColumnWidth = w;
  });
  ws.Activate();
  return writeEntryRules(app, ws, spec);
}

/** A named style's look in ET's words (colours BGR); borders are left out. */
function styleCell(range: EtRange, look: CellLook): void {
  if (look.fill) range.Interior.Color = bgrOf(look.fill);
  if (look.bold) range.Font.Bold = true;
  if (look.size) range.Font.Size = look.size;
  if (look.color) range.Font.Color = bgrOf(look.color);
  if (look.hAlign) range.HorizontalAlignment = look.hAlign === "center" ? XL_CENTER : XL_LEFT;
  if (look.vAlign) range.VerticalAlignment = look.vAlign === "center" ? XL_CENTER : XL_TOP;
  if (look.wrap) range.WrapText = true;
}
