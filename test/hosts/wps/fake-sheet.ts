import { a1, columnIndex } from "../../../src/engine/model/address";
import type { CellRange } from "../../../src/engine/model/types";
import type { FormatConditionModel, PageModel, ValidationModel } from "./fake-entry";

/**
 * The storage behind the ET fake: one sheet's cells as a map (row·MAX_COLS + col, 0-based), each with its Value2,
 * an optional error (shown as its text), fill (as ET keeps it: Color as BGR, ColorIndex, Pattern, PatternColor),
 * font, number format and comment. Ranges of the fake (fake-range.ts) read and write these.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
export const WHITE = 16_777_215;
export const XL_NONE = -4142;
export const XL_SOLID = 1;
export const XL_AUTOMATIC = -4105;

export interface Fill {
  color: number;
  colorIndex: number;
  pattern: number;
  patternColor: number;
}

export const NO_FILL: Readonly<Fill> = {
  color: WHITE,
  colorIndex: XL_NONE,
  pattern: XL_NONE,
  patternColor: 0,
};

export interface CellModel {
  /** Value2 as ET gives it: string, number (dates as serials), boolean; undefined when empty. */
  value?: string | number | boolean;
  /** A formula error (`#N/A` …): Value2 then gives what the fake's error mode says. */
  error?: string;
  /** Text typed with a leading apostrophe. */
  prefix?: string;
  /** A formula (`=SUM(C5:C9)`): `value` is then its last result, as ET keeps it. */
  formula?: string;
  fill?: Fill;
  comment?: string;
  numberFormat?: string;
  bold?: boolean;
  fontColor?: number;
  fontSize?: number;
  underline?: number;
  hAlign?: number;
  vAlign?: number;
  wrap?: boolean;
}

/** How the fake hands a formula error over in Value2 (WPS's bridge is not documented on this point). */
export type ErrorMode = "scode" | "cverr" | "text";

export const CVERR_OF: Readonly<Record<string, number>> = {
  "#NULL!": 2000,
  "#DIV/0!": 2007,
  "#VALUE!": 2015,
  "#REF!": 2023,
  "#NAME?": 2029,
  "#NUM!": 2036,
  "#N/A": 2042,
};

export class SheetModel {
  readonly cells = new Map<number, CellModel>();
  merges: CellRange[] = [];
  visible: number = -1;
  protect = false;
  columnWidths = new Map<number, number>();
  /** Data validation, conditional formats (first = highest priority), page setup: fake-entry.ts. */
  readonly validations: ValidationModel[] = [];
  formatConditions: FormatConditionModel[] = [];
  readonly page: PageModel = {};
  /** This sheet's window (splits, scroll, freeze) and what is frozen (rows/cols above/left, from the scroll). */
  readonly window = { frozen: false, splitRow: 0, splitColumn: 0, scrollRow: 1, scrollColumn: 1 };
  frozen: { rows: number; cols: number; from: { row: number; col: number } } | undefined;
  /** The active cell (0-based). */
  selection = { row: 0, col: 0 };

  constructor(public name: string) {}

  key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  get(row: number, col: number): CellModel | undefined {
    return this.cells.get(this.key(row, col));
  }

  at(row: number, col: number): CellModel {
    const k = this.key(row, col);
    let c = this.cells.get(k);
    if (!c) this.cells.set(k, (c = {}));
    return c;
  }

  /** The merged area holding a cell, if any. */
  mergeOf(row: number, col: number): CellRange | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  /** Filled cells by A1 address, colour as `#RRGGBB` (for assertions). */
  fills(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, c] of this.cells) {
      if (c.fill && c.fill.pattern !== XL_NONE) out[addressOf(k)] = rgbHex(c.fill.color);
    }
    return out;
  }

  /** Every fill as stored, none included, for restore-exactness checks. */
  rawFills(): Record<string, Fill> {
    const out: Record<string, Fill> = {};
    for (const [k, c] of this.cells) if (c.fill) out[addressOf(k)] = { ...c.fill };
    return out;
  }

  comments(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, c] of this.cells) if (c.comment !== undefined) out[addressOf(k)] = c.comment;
    return out;
  }

  /** Values (and errors) by address, to check that marking never changes one. */
  values(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, c] of this.cells) {
      if (c.value !== undefined) out[addressOf(k)] = c.value;
      if (c.error !== undefined) out[addressOf(k)] = { error: c.error };
    }
    return out;
  }
}

export function addressOf(k: number): string {
  return a1(Math.floor(k / MAX_COLS), k % MAX_COLS);
}

export function rgbHex(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b]
    .map((x) => x.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}

export function bgr(hex: string): number {
  const n = parseInt(hex.replace(/^#/, ""), 16);
  return ((n >> 16) & 0xff) + ((n >> 8) & 0xff) * 256 + (n & 0xff) * 65536;
}

/** `A1`, `$A$1:$C$3`, `A:C`, `3:5` → a 0-based rectangle; undefined when not one rectangle. */
export function parseRect(address: string): CellRange | undefined {
  const parts = address.replace(/\$/g, "").split(":");
  if (parts.length > 2) return undefined;
  const ends = parts.map(endOf);
  const first = ends[0];
  const last = ends[ends.length - 1];
  if (!first || !last) return undefined;
  const rect = {
    top: Math.min(first.row ?? 0, last.row ?? 0),
    left: Math.min(first.col ?? 0, last.col ?? 0),
    bottom: Math.max(first.row ?? MAX_ROWS - 1, last.row ?? MAX_ROWS - 1),
    right: Math.max(first.col ?? MAX_COLS - 1, last.col ?? MAX_COLS - 1),
  };
  if (parts.length === 1 && (first.row === undefined || first.col === undefined)) return undefined;
  return rect;
}

function endOf(text: string): { row?: number; col?: number } | undefined {
  const m = /^([A-Za-z]{0,3})(\d*)$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  const out: { row?: number; col?: number } = {};
  if (m[1]) out.col = columnIndex(m[1]);
  if (m[2]) out.row = Number(m[2]) - 1;
  return out;
}
