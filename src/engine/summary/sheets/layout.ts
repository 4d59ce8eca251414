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
  | "total"
  /** a cell of a blank table's body (bordered, for the clerk to fill) */
  | "cell"
  /** a note under a table (注1 …), wrapped over the merged width */
  | "note";

export type CellFormat =
  /** value is an Excel serial date (1900 system) */
  | "date"
  /** whole 元 with thousands separators */
  | "yuan"
  /** a fraction shown as a percentage with two decimals */
  | "percent"
  /** text: digits typed stay text (身份证号, phone numbers) */
  | "text";

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
  /** Row heights in points, by 0-based row (rows not listed keep the default). */
  readonly heights?: Readonly<Record<number, number>>;
  /** Data validation (a blank table's typed columns, SPEC §12). */
  readonly validations?: readonly SheetValidation[];
  /** Conditional formats colouring cross-field violations as they are typed (SPEC §12). */
  readonly conditionalFormats?: readonly SheetConditionalFormat[];
  /** Page setup: A4, orientation, rows repeated on every printed page. */
  readonly print?: SheetPrint;
}

/**
 * What a cell accepts. Dates are `YYYY-MM-DD`; a list's values are shown as a dropdown; a bound that is absent
 * is open (`min` only: at least, `max` only: at most).
 */
export type ValidationRule =
  | { readonly type: "list"; readonly values: readonly string[] }
  | { readonly type: "whole" | "decimal" | "textLength"; readonly min?: number; readonly max?: number }
  | { readonly type: "date"; readonly from: string; readonly to: string }
  /** any value: only the input message is shown */
  | { readonly type: "any" };

export interface SheetValidation {
  /** 0-based, inclusive. */
  readonly range: CellRange;
  readonly rule: ValidationRule;
  /** Input message shown when the cell is selected (Excel: title ≤ 32, text ≤ 255 characters). */
  readonly prompt: { readonly title: string; readonly text: string };
  /** Error alert when a value outside the rule is typed (absent for `any`); `warning` lets the clerk keep it. */
  readonly error?: {
    readonly title: string;
    readonly text: string;
    readonly style: "stop" | "warning" | "information";
  };
}

export interface SheetConditionalFormat {
  /** The rule whose violation the colour shows (RV-D-NOT-REBUILD …). */
  readonly ruleId: string;
  /** 0-based ranges, all starting on the same row. */
  readonly ranges: readonly CellRange[];
  /** An Excel formula without `=`, written for the first row of the ranges (`AND($I6="D",…)`). */
  readonly formula: string;
  /** Fill colour `#RRGGBB` (SPEC §3: error #FFC7CE, warning #FFEB9C). */
  readonly fill: string;
}

export interface SheetPrint {
  readonly paper: "A4";
  readonly orientation: "landscape" | "portrait";
  /** 0-based rows printed again at the top of every page (the header band). */
  readonly titleRows?: { readonly top: number; readonly bottom: number };
  /** Fit all columns on the width of one page. */
  readonly fitWidth?: boolean;
}

type Value = string | number | null | undefined;

/** Builds a SheetSpec row by row. */
export class SheetBuilder {
  readonly rows: Array<Array<SheetCell | null>> = [];
  readonly merges: CellRange[] = [];
  freeze: { rows: number; cols: number } | undefined;
  filter: CellRange | undefined;
  readonly heights: Record<number, number> = {};
  readonly validations: SheetValidation[] = [];
  readonly conditionalFormats: SheetConditionalFormat[] = [];
  print: SheetPrint | undefined;

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
      ...(Object.keys(this.heights).length > 0 ? { heights: this.heights } : {}),
      ...(this.validations.length > 0 ? { validations: this.validations } : {}),
      ...(this.conditionalFormats.length > 0 ? { conditionalFormats: this.conditionalFormats } : {}),
      ...(this.print ? { print: this.print } : {}),
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
