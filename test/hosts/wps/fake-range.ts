import { a1 } from "../../../src/engine/model/address";
import type { CellRange } from "../../../src/engine/model/types";
import type {
  EtComment,
  EtFont,
  EtFormatConditions,
  EtInterior,
  EtRange,
  EtValidation,
} from "../../../src/hosts/wps/et";
import { FakeFormatConditions, FakeValidation, type EntryHost } from "./fake-entry";
import {
  CVERR_OF,
  NO_FILL,
  SheetModel,
  XL_NONE,
  XL_SOLID,
  type CellModel,
  type ErrorMode,
  type Fill,
} from "./fake-sheet";

/** What a range needs of the fake around it: COM errors, the error mode, events, and the record of calls. */
export interface RangeHost extends EntryHost {
  /** The sheet is the active one (Select raises elsewhere, as in Excel). */
  isActive(sheet: SheetModel): boolean;
  readonly errorMode: ErrorMode;
  /** Raises a COM-like error (protected sheet, second comment …). */
  fail(number: number, message: string): never;
  /** A cell value changed through Value2 (SheetChange fires while EnableEvents is on). */
  changed(sheet: SheetModel, rect: CellRange): void;
  /** Wraps an object so that members the fake does not emulate are recorded. */
  track<T extends object>(kind: string, o: T): T;
  /** Counts calls into the object model (a rough cost measure). */
  count(): void;
}

/** COM error numbers the fake raises (Excel's own: 1004 wrapped as 0x800A03EC). */
export const E_PROTECTED = -2146827284;
export const E_SUBSCRIPT = -2147352565;

/** A rectangle of one sheet, as ET's Range: reads and writes go straight to the model (synchronous). */
export class FakeRange implements EtRange {
  constructor(
    private readonly host: RangeHost,
    readonly sheet: SheetModel,
    readonly rect: CellRange,
  ) {}

  private cellsOf(): Array<{ row: number; col: number }> {
    const out = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++)
      for (let c = this.rect.left; c <= this.rect.right; c++) out.push({ row: r, col: c });
    return out;
  }

  private get single(): boolean {
    return this.rect.top === this.rect.bottom && this.rect.left === this.rect.right;
  }

  private guard(): void {
    this.host.count();
    if (this.sheet.protect) this.host.fail(-2146827284, `工作表“${this.sheet.name}”受保护，无法修改。`);
  }

  get Value2(): unknown {
    this.host.count();
    const value = (c: CellModel | undefined) => {
      if (!c) return undefined;
      if (c.error !== undefined) {
        const n = CVERR_OF[c.error] ?? 2042;
        if (this.host.errorMode === "scode") return n - 2146828288;
        if (this.host.errorMode === "cverr") return n;
        return c.error;
      }
      return c.value;
    };
    if (this.single) return value(this.sheet.get(this.rect.top, this.rect.left));
    const rows: unknown[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(value(this.sheet.get(r, c)));
      rows.push(row);
    }
    return rows;
  }

  set Value2(v: unknown) {
    this.guard();
    const rows = this.rect.bottom - this.rect.top + 1;
    const cols = this.rect.right - this.rect.left + 1;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const x = Array.isArray(v) ? (v[i] as unknown[] | undefined)?.[j] : v;
        const cell = this.sheet.at(this.rect.top + i, this.rect.left + j);
        delete cell.error;
        delete cell.prefix;
        delete cell.formula;
        if (x === undefined || x === null || x === "") delete cell.value;
        else if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") cell.value = x;
        else this.host.fail(-2146827284, "不支持的值类型");
      }
    }
    this.host.changed(this.sheet, this.rect);
  }

  get Text(): unknown {
    this.host.count();
    if (!this.single) return null;
    const c = this.sheet.get(this.rect.top, this.rect.left);
    if (!c) return "";
    if (c.error !== undefined) return c.error;
    return c.value === undefined ? "" : String(c.value);
  }

  get HasFormula(): boolean | null {
    this.host.count();
    let any = false;
    let all = true;
    for (const { row, col } of this.cellsOf()) {
      if (this.sheet.get(row, col)?.formula !== undefined) any = true;
      else all = false;
    }
    return all ? true : any ? null : false;
  }

  /** A cell's formula, else its constant ("" when empty); an array of rows for several cells. */
  get Formula(): unknown {
    this.host.count();
    const formula = (c: CellModel | undefined) => c?.formula ?? c?.error ?? c?.value ?? "";
    if (this.single) return formula(this.sheet.get(this.rect.top, this.rect.left));
    const rows: unknown[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(formula(this.sheet.get(r, c)));
      rows.push(row);
    }
    return rows;
  }

  get PrefixCharacter(): string {
    this.host.count();
    return this.sheet.get(this.rect.top, this.rect.left)?.prefix ?? "";
  }

  get Row(): number {
    return this.rect.top + 1;
  }
  get Column(): number {
    return this.rect.left + 1;
  }
  get Rows(): { Count: number } {
    return { Count: this.rect.bottom - this.rect.top + 1 };
  }
  get Columns(): { Count: number } {
    return { Count: this.rect.right - this.rect.left + 1 };
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    this.host.count();
    const fmt = (row: number, col: number) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a1(row, col)) as RegExpExecArray;
      return `${columnAbsolute ? "$" : ""}${m[1]}${rowAbsolute ? "$" : ""}${m[2]}`;
    };
    const first = fmt(this.rect.top, this.rect.left);
    return this.single ? first : `${first}:${fmt(this.rect.bottom, this.rect.right)}`;
  }

  get MergeCells(): boolean | null {
    this.host.count();
    let any = false;
    let all = true;
    for (const { row, col } of this.cellsOf()) {
      if (this.sheet.mergeOf(row, col)) any = true;
      else all = false;
      if (any && !all) return null;
    }
    return all;
  }

  get MergeArea(): EtRange {
    this.host.count();
    const m = this.sheet.mergeOf(this.rect.top, this.rect.left);
    return this.host.track("Range", new FakeRange(this.host, this.sheet, m ?? this.rect));
  }

  Merge(): void {
    this.guard();
    this.sheet.merges = this.sheet.merges.filter((m) => !overlaps(m, this.rect));
    this.sheet.merges.push({ ...this.rect });
  }

  /** Selects the range on the active sheet; its top-left becomes the active cell (raises on another sheet). */
  Select(): void {
    this.host.count();
    if (!this.host.isActive(this.sheet)) this.host.fail(-2146827284, "Range 类的 Select 方法无效");
    this.sheet.selection = { row: this.rect.top, col: this.rect.left };
  }

  get Validation(): EtValidation {
    return this.host.track("Validation", new FakeValidation(this.host, this.sheet, this.rect));
  }

  get FormatConditions(): EtFormatConditions {
    const sheet = this.sheet;
    return this.host.track(
      "FormatConditions",
      new FakeFormatConditions(this.host, sheet, this.rect, () => ({ ...sheet.selection })),
    );
  }

  get Interior(): EtInterior {
    return this.host.track("Interior", new FakeInterior(this, this.host));
  }

  get Font(): EtFont {
    return this.host.track("Font", new FakeFont(this));
  }

  get NumberFormat(): unknown {
    return this.uniform((c) => c?.numberFormat ?? "General");
  }
  set NumberFormat(v: unknown) {
    this.guard();
    this.each((c, i, j) => {
      c.numberFormat = String(Array.isArray(v) ? (v[i] as unknown[])[j] : v);
    });
  }

  set ColumnWidth(v: unknown) {
    this.guard();
    for (let c = this.rect.left; c <= this.rect.right; c++) this.sheet.columnWidths.set(c, Number(v));
  }
  get ColumnWidth(): unknown {
    return this.sheet.columnWidths.get(this.rect.left) ?? 8.38;
  }

  set HorizontalAlignment(v: number) {
    this.guard();
    this.each((c) => {
      c.hAlign = v;
    });
  }
  get HorizontalAlignment(): number {
    return Number(this.uniform((c) => c?.hAlign ?? 1));
  }

  set VerticalAlignment(v: number) {
    this.guard();
    this.each((c) => {
      c.vAlign = v;
    });
  }
  get VerticalAlignment(): number {
    return Number(this.uniform((c) => c?.vAlign ?? -4107));
  }

  set WrapText(v: boolean) {
    this.guard();
    this.each((c) => {
      c.wrap = v;
    });
  }
  get WrapText(): boolean {
    return Boolean(this.uniform((c) => c?.wrap ?? false));
  }

  get Comment(): EtComment | null {
    this.host.count();
    const c = this.sheet.get(this.rect.top, this.rect.left);
    if (c?.comment === undefined) return null;
    return this.host.track("Comment", new FakeComment(this.host, this.sheet, this.rect.top, this.rect.left));
  }

  AddComment(text: string): EtComment {
    this.guard();
    const c = this.sheet.at(this.rect.top, this.rect.left);
    if (c.comment !== undefined) this.host.fail(-2146827284, "应用程序定义或对象定义错误（单元格已有批注）");
    c.comment = String(text);
    return this.host.track("Comment", new FakeComment(this.host, this.sheet, this.rect.top, this.rect.left));
  }

  /** Every cell, with its row and column offset in the range (writes create cells). */
  each(fn: (c: CellModel, i: number, j: number) => void): void {
    for (const { row, col } of this.cellsOf()) {
      fn(this.sheet.at(row, col), row - this.rect.top, col - this.rect.left);
    }
  }

  /** A property over the range: its value when every cell agrees, null otherwise (as ET and Excel do). */
  uniform<T>(get: (c: CellModel | undefined) => T): T | null {
    this.host.count();
    let first: { v: T } | undefined;
    for (const { row, col } of this.cellsOf()) {
      const v = get(this.sheet.get(row, col));
      if (!first) first = { v };
      else if (first.v !== v) return null;
    }
    return first ? first.v : null;
  }

  guardWrite(): void {
    this.guard();
  }
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Interior as ET keeps it: setting Color makes the fill solid; Pattern (or ColorIndex) xlNone removes it. */
class FakeInterior implements EtInterior {
  constructor(
    private readonly range: FakeRange,
    private readonly host: RangeHost,
  ) {}

  private read(k: keyof Fill): number | null {
    return this.range.uniform((c) => (c?.fill ?? NO_FILL)[k]);
  }

  private write(set: (f: Fill) => void): void {
    this.range.guardWrite();
    this.range.each((c) => {
      const f = { ...(c.fill ?? NO_FILL) };
      set(f);
      if (f.pattern === XL_NONE) c.fill = { ...NO_FILL };
      else c.fill = f;
      if (c.fill.pattern === XL_NONE) delete c.fill;
    });
  }

  get Color(): number | null {
    return this.read("color");
  }
  set Color(v: number | null) {
    this.write((f) => {
      f.color = Number(v);
      // ET picks the nearest palette entry; the fake keeps a marker that is not xlNone.
      f.colorIndex = 0;
      if (f.pattern === XL_NONE) f.pattern = XL_SOLID;
    });
  }
  get ColorIndex(): number | null {
    return this.read("colorIndex");
  }
  set ColorIndex(v: number | null) {
    this.write((f) => {
      if (v === XL_NONE) f.pattern = XL_NONE;
      else this.host.fail(-2146827284, "ColorIndex other than xlNone is not emulated");
    });
  }
  get Pattern(): number | null {
    return this.read("pattern");
  }
  set Pattern(v: number | null) {
    this.write((f) => {
      f.pattern = Number(v);
    });
  }
  get PatternColor(): number | null {
    return this.read("patternColor");
  }
  set PatternColor(v: number | null) {
    this.write((f) => {
      f.patternColor = Number(v);
    });
  }
}

class FakeFont implements EtFont {
  constructor(private readonly range: FakeRange) {}
  get Bold(): boolean | null {
    return this.range.uniform((c) => c?.bold ?? false);
  }
  set Bold(v: boolean | null) {
    this.range.guardWrite();
    this.range.each((c) => {
      c.bold = Boolean(v);
    });
  }
  get Color(): number | null {
    return this.range.uniform((c) => c?.fontColor ?? 0);
  }
  set Color(v: number | null) {
    this.range.guardWrite();
    this.range.each((c) => {
      c.fontColor = Number(v);
    });
  }
  get Size(): number | null {
    return this.range.uniform((c) => c?.fontSize ?? 11);
  }
  set Size(v: number | null) {
    this.range.guardWrite();
    this.range.each((c) => {
      c.fontSize = Number(v);
    });
  }
  get Underline(): number | null {
    return this.range.uniform((c) => c?.underline ?? XL_NONE);
  }
  set Underline(v: number | null) {
    this.range.guardWrite();
    this.range.each((c) => {
      c.underline = Number(v);
    });
  }
}

class FakeComment implements EtComment {
  constructor(
    private readonly host: RangeHost,
    private readonly sheet: SheetModel,
    private readonly row: number,
    private readonly col: number,
  ) {}

  Text(text?: string): string {
    this.host.count();
    const c = this.sheet.get(this.row, this.col);
    if (c?.comment === undefined) this.host.fail(-2147417848, "批注已被删除");
    if (text !== undefined) {
      if (this.sheet.protect) this.host.fail(-2146827284, "工作表受保护");
      c.comment = text;
    }
    return c.comment;
  }

  Delete(): void {
    this.host.count();
    if (this.sheet.protect) this.host.fail(-2146827284, "工作表受保护");
    const c = this.sheet.get(this.row, this.col);
    if (c) delete c.comment;
  }
}
