import type { CellRange } from "../../model/types";

/**
 * A summary sheet as data: rows of cells with values, links and a few named styles. The CLI writes it with
 * ExcelJS (src/workbook/summary.ts) and the add-in with Office.js, so both produce the same sheets and the
 * hosts only translate styles and links.
 */
export type CellStyle =
  /** the sheet's title line */
  | "title"
  /** a line of explanation above a table */
  | "info"
  /** a line the clerk must look at (a 市（区） not found, a target missed) */
  | "warn"
  /** a header cell of a table */
  | "header"
  /** a 市（区） subtotal row */
  | "subtotal"
  /** the 合计 row */
  | "total";

export type CellFormat =
  /** value is an Excel serial date (1900 system) */
  | "date"
  /** whole 元 with thousands separators */
  | "yuan"
  /** a fraction shown as a percentage with two decimals */
  | "percent";

export type SheetLink =
  /** a cell of a sheet written by the same summary */
  | { readonly sheet: string; readonly cell: string }
  /** another workbook (relative to the summary workbook) */
  | { readonly href: string };

export interface SheetCell {
  readonly value: string | number | null;
  readonly style?: CellStyle;
  readonly format?: CellFormat;
  readonly link?: SheetLink;
}

export interface SheetSpec {
  readonly name: string;
  /** rows[r][c], 0-based; a missing cell is left empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<SheetCell | null>>;
  /** 0-based, inclusive. */
  readonly merges: readonly CellRange[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** Rows and columns kept in view (the header). */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  /** The range under an AutoFilter (its first row is the header). */
  readonly filter?: CellRange;
}

type Value = string | number | null | undefined;

/** Builds a SheetSpec row by row. */
export class SheetBuilder {
  readonly rows: Array<Array<SheetCell | null>> = [];
  readonly merges: CellRange[] = [];
  freeze: { rows: number; cols: number } | undefined;
  filter: CellRange | undefined;

  constructor(
    readonly name: string,
    readonly widths: readonly number[],
  ) {}

  /** Index (0-based) the next row will get. */
  get next(): number {
    return this.rows.length;
  }

  /** Appends a row and returns its 0-based index. */
  add(cells: ReadonlyArray<SheetCell | Value>): number {
    this.rows.push(cells.map((c) => (c === undefined ? null : isCell(c) ? c : { value: c })));
    return this.rows.length - 1;
  }

  /** A line of text over the sheet's width (title, info). */
  line(text: string, style: CellStyle = "info"): number {
    const r = this.add([{ value: text, style }]);
    if (this.widths.length > 1) this.merge(r, 0, r, this.widths.length - 1);
    return r;
  }

  blank(): number {
    return this.add([]);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }

  /** Gives every cell of a row a style (a header, subtotal or total row), keeping formats and links. */
  style(r: number, style: CellStyle, from = 0, to = this.widths.length - 1): void {
    const row = this.rows[r];
    if (!row) return;
    for (let c = from; c <= to; c++) row[c] = { ...(row[c] ?? { value: null }), style };
  }

  build(): SheetSpec {
    return {
      name: this.name,
      rows: this.rows,
      merges: this.merges,
      widths: this.widths,
      ...(this.freeze ? { freeze: this.freeze } : {}),
      ...(this.filter ? { filter: this.filter } : {}),
    };
  }
}

function isCell(v: SheetCell | Value): v is SheetCell {
  return typeof v === "object" && v !== null;
}

export function cell(value: Value, extra: Omit<SheetCell, "value"> = {}): SheetCell {
  return { value: value ?? null, ...extra };
}

export function yuan(value: number, style?: CellStyle): SheetCell {
  return style ? { value, format: "yuan", style } : { value, format: "yuan" };
}

export function internalLink(value: Value, sheet: string, cellAddress: string): SheetCell {
  return { value: value ?? null, link: { sheet, cell: cellAddress } };
}

/** A link to a source workbook when the host gave one, else plain text. */
export function fileLink(value: Value, href: string | undefined): SheetCell {
  return href !== undefined ? { value: value ?? null, link: { href } } : { value: value ?? null };
}
