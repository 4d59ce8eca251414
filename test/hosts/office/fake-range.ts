/** Ranges, RangeAreas and their formats in the fake Excel (fake-excel.ts). */
import type { CellRange } from "../../../src/engine/model/types";
import { ClientObject, ClientResult, type ContextLike } from "./fake-client";
import { conditionalFormatsProxy, dataValidationProxy, type Enqueue } from "./fake-entry";
import {
  areaAddress,
  FakeOfficeError,
  intersects,
  SheetModel,
  sheetPrefix,
  type CellModel,
} from "./fake-model";

const MAX_MERGES_PER_CALL = 512;

export interface Located {
  readonly sheet: SheetModel;
  readonly rects: CellRange[];
}

export const FILL_NONE = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };

export function* cellsIn(r: CellRange): Generator<[number, number]> {
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) yield [row, col];
}

/** Whole-row/column ranges are only used for formats the fake records per sheet, never cell by cell. */
export function bounded(r: CellRange): boolean {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1) <= 2_000_000;
}

export class RangeProxy extends ClientObject<Located> {
  minApi = 1;

  constructor(
    ctx: ContextLike,
    path: string,
    private readonly sheet: () => SheetModel | null,
    private readonly rect: (sheet: SheetModel) => CellRange | null,
    nullable: boolean,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): Located | null {
    if (this.minApi > this.fake.api)
      throw new FakeOfficeError("ApiNotFound", `${this.path} needs ExcelApi 1.${this.minApi}`);
    const sheet = this.sheet();
    if (!sheet) return null;
    const r = this.rect(sheet);
    return r ? { sheet, rects: [r] } : null;
  }

  protected override propApi(name: string): number {
    return Math.max(this.minApi, name === "hyperlink" ? 7 : 1);
  }

  private only(t: Located): CellRange {
    return t.rects[0] as CellRange;
  }

  protected readProp(t: Located, name: string): unknown {
    const r = this.only(t);
    const grid = <V>(f: (c: CellModel | undefined) => V): V[][] => {
      if (!bounded(r)) throw new FakeOfficeError("RangeExceedsLimit", "The range is too large to load.");
      const out: V[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: V[] = [];
        for (let col = r.left; col <= r.right; col++) line.push(f(t.sheet.get(row, col)));
        out.push(line);
      }
      return out;
    };
    switch (name) {
      case "address":
        return `${sheetPrefix(t.sheet.name)}!${areaAddress(r)}`;
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      case "values":
        return grid((c) => (c === undefined ? "" : c.formula !== undefined ? "" : c.value));
      case "valueTypes":
        return grid((c) => (c === undefined || !t.sheet.hasValue(c) ? "Empty" : c.type));
      case "formulas":
        return grid((c) => (c === undefined ? "" : (c.formula ?? c.value)));
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      default:
        throw new Error(`fake: range.${name} not modelled`);
    }
  }

  get address(): string {
    return this.read("address") as string;
  }
  get rowIndex(): number {
    return this.read("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.read("columnIndex") as number;
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get columnCount(): number {
    return this.read("columnCount") as number;
  }
  get values(): unknown[][] {
    return this.read("values") as unknown[][];
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes") as string[][];
  }
  get formulas(): unknown[][] {
    return this.read("formulas") as unknown[][];
  }

  private write2d(
    op: string,
    v: unknown[][],
    apply: (sheet: SheetModel, row: number, col: number, x: unknown) => void,
  ): void {
    this.queue(
      op,
      v,
      this.minApi,
      (t) => {
        const r = this.only(t);
        if (
          !Array.isArray(v) ||
          v.length !== r.bottom - r.top + 1 ||
          v.some((row) => row.length !== r.right - r.left + 1)
        ) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `${op}: the array does not match the range ${areaAddress(r)}`,
          );
        }
        v.forEach((row, i) => row.forEach((x, j) => apply(t.sheet, r.top + i, r.left + j, x)));
        if (op === "values=" || op === "formulas=")
          this.fake.queueEvent(t.sheet, areaAddress(r), "RangeEdited");
      },
      { write: (t) => t.sheet },
    );
  }

  set values(v: unknown[][]) {
    this.write2d("values=", v, (sheet, row, col, x) => sheet.setValue(row, col, x));
  }

  set formulas(v: unknown[][]) {
    this.write2d("formulas=", v, (sheet, row, col, x) => {
      const s = String(x ?? "");
      if (s.startsWith("=")) {
        const c = sheet.at(row, col);
        c.formula = s;
        c.value = s;
        c.type = "String";
      } else sheet.setValue(row, col, x);
    });
  }

  set numberFormat(v: unknown[][]) {
    this.write2d("numberFormat=", v, (sheet, row, col, x) => {
      sheet.at(row, col).numberFormat = String(x);
    });
  }

  set hyperlink(v: unknown) {
    this.queue(
      "hyperlink=",
      v,
      7,
      (t) => {
        const r = this.only(t);
        for (const [row, col] of cellsIn(r)) {
          const c = t.sheet.at(row, col);
          c.hyperlink = v;
          const text = (v as { textToDisplay?: string }).textToDisplay;
          if (text !== undefined) t.sheet.setValue(row, col, text);
        }
      },
      { write: (t) => t.sheet },
    );
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(
      this.context,
      `${this.path}.format`,
      () => this.resolve(),
      this.nullable,
      this.minApi,
    );
  }

  private enqueue: Enqueue = (op, args, minApi, run) =>
    this.queue(op, args, Math.max(minApi, this.minApi), (t) => run(t.sheet, this.only(t)), {
      write: (t) => t.sheet,
    });

  /** ExcelApi 1.8. */
  get dataValidation(): ReturnType<typeof dataValidationProxy> {
    return dataValidationProxy(this.enqueue);
  }

  /** ExcelApi 1.6. */
  get conditionalFormats(): ReturnType<typeof conditionalFormatsProxy> {
    return conditionalFormatsProxy(this.enqueue);
  }

  getCellProperties(options: { format?: { fill?: Record<string, boolean> } }): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>();
    let staged: unknown[][] = [];
    this.context.queue.push({
      path: this.path,
      op: "getCellProperties",
      args: options,
      minApi: 9,
      exec: () => {
        const t = this.resolve();
        if (!t) return undefined;
        const r = this.only(t);
        const want = options.format?.fill ?? {};
        staged = [];
        for (let row = r.top; row <= r.bottom; row++) {
          const line: unknown[] = [];
          for (let col = r.left; col <= r.right; col++) {
            const fill = t.sheet.get(row, col)?.fill ?? FILL_NONE;
            const f: Record<string, unknown> = {};
            for (const k of Object.keys(want))
              if (want[k]) f[k] = (fill as unknown as Record<string, unknown>)[k];
            line.push({ format: { fill: f } });
          }
          staged.push(line);
        }
        return staged;
      },
      commit: () => result.set(staged),
    });
    return result;
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    const proxy = new RangeAreasProxy(
      this.context,
      `${this.path}.getMergedAreasOrNullObject()`,
      () => this.sheet(),
      (sheet) => {
        const t = this.target();
        if (!t) return null;
        const r = this.only(t);
        const found = sheet.merges.filter((m) => intersects(m, r));
        if (found.length > MAX_MERGES_PER_CALL) {
          throw new FakeOfficeError(
            "InvalidOperation",
            `More than ${MAX_MERGES_PER_CALL} merged areas in the range`,
          );
        }
        return found.length === 0 ? null : found;
      },
      true,
    );
    proxy.minApi = 13;
    return proxy;
  }

  select(): void {
    this.queue("select", [], this.minApi, (t) => {
      this.fake.activeId = t.sheet.id;
    });
  }

  clear(applyTo?: string): void {
    this.queue(
      "clear",
      [applyTo ?? "All"],
      this.minApi,
      (t) => {
        const r = this.only(t);
        for (const [k, c] of [...t.sheet.cells]) {
          const row = Math.floor(k / 16_384);
          const col = k % 16_384;
          if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
          if (applyTo === "Formats") {
            delete c.fill;
            delete c.font;
            delete c.numberFormat;
          } else if (applyTo === "Contents") {
            t.sheet.setValue(row, col, "");
          } else t.sheet.cells.delete(k);
        }
      },
      { write: (t) => t.sheet },
    );
  }

  merge(across = false): void {
    this.queue(
      "merge",
      [across],
      2,
      (t) => {
        t.sheet.merges.push(this.only(t));
      },
      { write: (t) => t.sheet },
    );
  }
}

export class RangeAreasProxy extends ClientObject<Located> {
  minApi = 9;

  constructor(
    ctx: ContextLike,
    path: string,
    private readonly sheet: () => SheetModel | null,
    private readonly rects: (sheet: SheetModel) => CellRange[] | null,
    nullable: boolean,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): Located | null {
    if (this.minApi > this.fake.api)
      throw new FakeOfficeError("ApiNotFound", `${this.path} needs ExcelApi 1.${this.minApi}`);
    const sheet = this.sheet();
    if (!sheet) return null;
    const rects = this.rects(sheet);
    return rects ? { sheet, rects } : null;
  }

  protected override propApi(): number {
    return this.minApi;
  }

  protected readProp(t: Located, name: string): unknown {
    if (name === "address")
      return t.rects.map((r) => `${sheetPrefix(t.sheet.name)}!${areaAddress(r)}`).join(", ");
    if (name === "areaCount") return t.rects.length;
    throw new Error(`fake: rangeAreas.${name}`);
  }

  get address(): string {
    return this.read("address") as string;
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(
      this.context,
      `${this.path}.format`,
      () => this.resolve(),
      this.nullable,
      this.minApi,
    );
  }

  select(): void {
    this.queue("select", [], this.minApi, (t) => {
      this.fake.activeId = t.sheet.id;
    });
  }
}

class RangeFormatProxy extends ClientObject<Located> {
  constructor(
    ctx: ContextLike,
    path: string,
    private readonly located: () => Located | null,
    nullable: boolean,
    private readonly minApi: number,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): Located | null {
    return this.located();
  }

  protected readProp(): unknown {
    throw new Error("fake: range format properties are written, not read");
  }

  get fill(): FillProxy {
    return new FillProxy(this.context, `${this.path}.fill`, () => this.resolve(), this.nullable, this.minApi);
  }

  get font(): FontProxy {
    return new FontProxy(this.context, `${this.path}.font`, () => this.resolve(), this.nullable, this.minApi);
  }

  private set(op: string, v: unknown, minApi: number, apply: (c: CellModel) => void): void {
    this.queue(
      op,
      v,
      Math.max(minApi, this.minApi),
      (t) => {
        for (const r of t.rects)
          if (bounded(r)) for (const [row, col] of cellsIn(r)) apply(t.sheet.at(row, col));
      },
      { write: (t) => t.sheet },
    );
  }

  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment=", v, 1, (c) => (c.font = { ...c.font, horizontalAlignment: v }));
  }
  set verticalAlignment(v: string) {
    this.set("verticalAlignment=", v, 1, (c) => (c.font = { ...c.font, verticalAlignment: v }));
  }
  set wrapText(v: boolean) {
    this.set("wrapText=", v, 1, (c) => (c.font = { ...c.font, wrapText: v }));
  }
  /** ExcelApi 1.2. */
  set rowHeight(v: number) {
    this.queue(
      "rowHeight=",
      v,
      Math.max(2, this.minApi),
      (t) => {
        for (const r of t.rects) for (let row = r.top; row <= r.bottom; row++) t.sheet.heights.set(row, v);
      },
      { write: (t) => t.sheet },
    );
  }
  set columnWidth(v: number) {
    this.queue(
      "columnWidth=",
      v,
      Math.max(2, this.minApi),
      (t) => {
        for (const r of t.rects) for (let col = r.left; col <= r.right; col++) t.sheet.widths.set(col, v);
      },
      { write: (t) => t.sheet },
    );
  }
}

class FillProxy extends ClientObject<Located> {
  constructor(
    ctx: ContextLike,
    path: string,
    private readonly located: () => Located | null,
    nullable: boolean,
    private readonly minApi: number,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): Located | null {
    return this.located();
  }

  protected override propApi(name: string): number {
    return Math.max(this.minApi, name === "color" ? 1 : 9);
  }

  protected readProp(t: Located, name: string): unknown {
    const seen = new Set<string>();
    for (const r of t.rects) {
      for (const [row, col] of cellsIn(r)) {
        const fill = t.sheet.get(row, col)?.fill ?? FILL_NONE;
        seen.add(String((fill as unknown as Record<string, unknown>)[name]));
      }
    }
    // A range whose cells differ reports null, as Excel does.
    return seen.size === 1 ? [...seen][0] : null;
  }

  get color(): string {
    return this.read("color") as string;
  }

  private apply(op: string, v: unknown, minApi: number, f: (c: CellModel) => void): void {
    this.queue(
      op,
      v,
      Math.max(minApi, this.minApi),
      (t) => {
        for (const r of t.rects) {
          if (!bounded(r))
            throw new FakeOfficeError("RangeExceedsLimit", "fill on a whole sheet is not modelled");
          for (const [row, col] of cellsIn(r)) f(t.sheet.at(row, col));
        }
      },
      { write: (t) => t.sheet },
    );
  }

  set color(v: string) {
    const color = v.toUpperCase();
    this.apply("color=", v, 1, (c) => {
      const keep = c.fill && c.fill.pattern !== "None" && c.fill.pattern !== "Solid";
      c.fill = {
        color,
        pattern: keep && c.fill ? c.fill.pattern : "Solid",
        patternColor: c.fill?.patternColor ?? "#000000",
      };
    });
  }

  set pattern(v: string) {
    this.apply("pattern=", v, 9, (c) => {
      c.fill = {
        color: c.fill?.color ?? "#FFFFFF",
        pattern: v,
        patternColor: c.fill?.patternColor ?? "#000000",
      };
    });
  }

  set patternColor(v: string) {
    this.apply("patternColor=", v, 9, (c) => {
      c.fill = {
        color: c.fill?.color ?? "#FFFFFF",
        pattern: c.fill?.pattern ?? "Solid",
        patternColor: v.toUpperCase(),
      };
    });
  }

  clear(): void {
    this.apply("clear", [], 1, (c) => {
      delete c.fill;
    });
  }
}

class FontProxy extends ClientObject<Located> {
  constructor(
    ctx: ContextLike,
    path: string,
    private readonly located: () => Located | null,
    nullable: boolean,
    private readonly minApi: number,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): Located | null {
    return this.located();
  }

  protected readProp(): unknown {
    throw new Error("fake: font properties are written, not read");
  }

  private set(name: string, v: unknown): void {
    this.queue(
      `${name}=`,
      v,
      this.minApi,
      (t) => {
        for (const r of t.rects)
          if (bounded(r))
            for (const [row, col] of cellsIn(r)) {
              const c = t.sheet.at(row, col);
              c.font = { ...c.font, [name]: v };
            }
      },
      { write: (t) => t.sheet },
    );
  }

  set bold(v: boolean) {
    this.set("bold", v);
  }
  set size(v: number) {
    this.set("size", v);
  }
  set color(v: string) {
    this.set("color", v);
  }
  set underline(v: string) {
    this.set("underline", v);
  }
}
