import { MARK_COLORS } from "../../marks";
import type { CellFormat, CellStyle, SheetCell } from "./layout";

/**
 * How each named cell style of a SheetSpec looks, as data: the ExcelJS writer (src/workbook/summary.ts), the
 * Office host and the WPS host each translate it into their own API's words, so that a summary or a blank table
 * looks the same whichever wrote it. Colours `#RRGGBB`.
 */
export interface CellLook {
  readonly fill?: string;
  readonly bold?: boolean;
  /** Font size in points. */
  readonly size?: number;
  /** Font colour. */
  readonly color?: string;
  readonly hAlign?: "center" | "left";
  readonly vAlign?: "center" | "top";
  readonly wrap?: boolean;
  /** A thin grey box around the cell (the hosts that have no border API leave it out). */
  readonly border?: boolean;
}

export const CELL_LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  title: { bold: true, size: 14, hAlign: "center", vAlign: "center" },
  info: {},
  warn: { fill: `#${MARK_COLORS.warning}`, color: "#9C5700" },
  header: { fill: "#D9E1F2", bold: true, hAlign: "center", vAlign: "center", wrap: true, border: true },
  subtotal: { fill: "#F2F2F2", bold: true, border: true },
  total: { fill: "#E2EFDA", bold: true, border: true },
  cell: { vAlign: "center", border: true },
  note: { hAlign: "left", vAlign: "top", wrap: true },
};

/** A link's font colour (underlined). */
export const LINK_COLOR = "#0563C1";
/** The border's colour. */
export const BORDER_COLOR = "#B4B4B4";

/** Excel number formats of the SheetSpec formats. */
export const NUMBER_FORMATS: Readonly<Record<CellFormat, string>> = {
  date: "yyyy-mm-dd",
  yuan: "#,##0",
  percent: "0.00%",
  text: "@",
};

/**
 * The number format a host writes for a cell before its value: text as text (`@`, so that a value starting with
 * = stays text and digits stay digits), a number in its format; an empty cell keeps its column's format (a blank
 * table's date and 身份证号 columns), anything else General.
 */
export function numberFormatOf(cell: SheetCell | null | undefined): string {
  if (!cell) return "General";
  if (cell.value === null) return cell.format ? NUMBER_FORMATS[cell.format] : "General";
  if (typeof cell.value === "string") return "@";
  return cell.format ? NUMBER_FORMATS[cell.format] : "General";
}

/** A row of cells padded with nulls to `width`. */
export function padRow(row: ReadonlyArray<SheetCell | null>, width: number): Array<SheetCell | null> {
  const out: Array<SheetCell | null> = [];
  for (let c = 0; c < width; c++) out.push(row[c] ?? null);
  return out;
}
