import type { ConditionalFormatModel, PageLayoutModel, ValidationModel } from "./fake-entry";
import { a1, columnIndex, columnLetter } from "../../../src/engine/model/address";
import type { CellRange, CellValue, SheetData } from "../../../src/engine/model/types";

/**
 * The workbook behind the fake Excel (fake-excel.ts): a real cell grid with values, number formats, fills,
 * fonts, notes, comments, merges, sheet visibility and protection. Everything here is what Excel would hold;
 * the proxies in fake-excel.ts are what office.js would hand the add-in.
 */

export type ValueType = "String" | "Double" | "Boolean" | "Error";

export interface Fill {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string;
}

export interface CellModel {
  value: string | number | boolean;
  type: ValueType;
  formula?: string;
  numberFormat?: string;
  fill?: Fill;
  font?: Record<string, unknown>;
  hyperlink?: unknown;
}

export interface CommentModel {
  readonly id: string;
  address: string;
  readonly content: string;
}

export type ChangeHandler = (args: Record<string, unknown>) => Promise<unknown> | unknown;

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export class SheetModel {
  readonly cells = new Map<number, CellModel>();
  merges: CellRange[] = [];
  readonly notes = new Map<string, string>();
  readonly comments: CommentModel[] = [];
  readonly handlers: ChangeHandler[] = [];
  protected = false;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  frozen: string | undefined;
  filter: string | undefined;
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  /** Data validation, conditional formats (first = highest priority) and page layout: fake-entry.ts. */
  readonly validations: ValidationModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly page: PageLayoutModel = {};

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  static key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  get(row: number, col: number): CellModel | undefined {
    return this.cells.get(SheetModel.key(row, col));
  }

  /** The cell, created empty when absent. */
  at(row: number, col: number): CellModel {
    const k = SheetModel.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: "", type: "String" };
      this.cells.set(k, c);
    }
    return c;
  }

  hasValue(c: CellModel | undefined): boolean {
    return c !== undefined && (c.value !== "" || c.formula !== undefined);
  }

  /** Smallest rectangle holding every cell with a value (valuesOnly) or with anything at all. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.cells) {
      const used = valuesOnly
        ? this.hasValue(c)
        : this.hasValue(c) || c.fill !== undefined || c.numberFormat !== undefined || c.font !== undefined;
      if (!used) continue;
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        top = Math.min(top, m.top);
        left = Math.min(left, m.left);
        bottom = Math.max(bottom, m.bottom);
        right = Math.max(right, m.right);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Sets a value the way Excel does when a value is typed or written through `range.values`. */
  setValue(row: number, col: number, v: unknown): void {
    const c = this.at(row, col);
    delete c.formula;
    if (v === null || v === undefined || v === "") {
      c.value = "";
      c.type = "String";
    } else if (typeof v === "number") {
      c.value = v;
      c.type = "Double";
    } else if (typeof v === "boolean") {
      c.value = v;
      c.type = "Boolean";
    } else {
      const s = String(v);
      if (c.numberFormat === "@") {
        c.value = s;
        c.type = "String";
      } else if (/^[=+]/.test(s) && s.length > 1) {
        // Excel runs a written "=…" as a formula unless the cell is formatted as text: the fake remembers it.
        c.formula = s;
        c.value = s;
        c.type = "String";
      } else if (/^[-+]?\d+(\.\d+)?$/.test(s.trim())) {
        c.value = Number(s);
        c.type = "Double";
      } else if (/^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!)$/.test(s)) {
        c.value = s;
        c.type = "Error";
      } else {
        c.value = s;
        c.type = "String";
      }
    }
  }

  /** Loads engine-shaped data (values as the engine sees them) into the grid. */
  fill(data: Pick<SheetData, "rows" | "merges">): void {
    data.rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined) return;
        this.cells.set(SheetModel.key(r, c), toModel(v));
      }),
    );
    this.merges = [...data.merges];
  }

  /** Inserts `count` rows before row `at` (0-based): cells, notes, comments and merges move down with them. */
  insertRows(at: number, count: number): void {
    const moved = new Map<number, CellModel>();
    for (const [k, c] of this.cells) {
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      moved.set(SheetModel.key(row >= at ? row + count : row, col), c);
    }
    this.cells.clear();
    for (const [k, c] of moved) this.cells.set(k, c);
    const shift = (address: string) => {
      const p = parseCell(address);
      return p && p.row >= at ? a1(p.row + count, p.col) : address;
    };
    const notes = [...this.notes];
    this.notes.clear();
    for (const [addr, text] of notes) this.notes.set(shift(addr), text);
    for (const c of this.comments) c.address = shift(c.address);
    this.merges = this.merges.map((m) =>
      m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m,
    );
  }
}

export function toModel(v: CellValue): CellModel {
  if (typeof v === "string") return { value: v, type: "String" };
  if (typeof v === "number") return { value: v, type: "Double" };
  if (typeof v === "boolean") return { value: v, type: "Boolean" };
  if (v && typeof v === "object") return { value: v.error, type: "Error" };
  return { value: "", type: "String" };
}

export function parseCell(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!m?.[1] || !m[2]) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** `A1`, `A1:B2`, `A:C`, `3:5`, with or without `$` and a sheet prefix; undefined when invalid. */
export function parseArea(address: string): CellRange | undefined {
  const local = address.trim().replace(/^(?:'(?:[^']|'')*'|[^'!]+)!/, "");
  const parts = local.split(":");
  if (parts.length > 2) return undefined;
  const [a, b = a] = parts as [string, string?];
  const col = /^\$?([A-Za-z]{1,3})$/;
  const row = /^\$?(\d+)$/;
  const ca = col.exec(a);
  const cb = col.exec(b ?? "");
  if (ca?.[1] && cb?.[1]) {
    return { top: 0, left: columnIndex(ca[1]), bottom: MAX_ROWS - 1, right: columnIndex(cb[1]) };
  }
  const ra = row.exec(a);
  const rb = row.exec(b ?? "");
  if (ra?.[1] && rb?.[1]) {
    return { top: Number(ra[1]) - 1, left: 0, bottom: Number(rb[1]) - 1, right: MAX_COLS - 1 };
  }
  const p = parseCell(a);
  const q = parseCell(b ?? "");
  if (!p || !q) return undefined;
  const r = {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
  if (r.bottom >= MAX_ROWS || r.right >= MAX_COLS || r.top < 0) return undefined;
  return r;
}

export function areaAddress(r: CellRange): string {
  const first = `${columnLetter(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right
    ? first
    : `${first}:${columnLetter(r.right)}${r.bottom + 1}`;
}

export function sheetPrefix(name: string): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
