import type { Config } from "../../config";
import type { CellValue } from "../../model/types";
import { Grid } from "../../model/grid";
import {
  exceeds,
  parseArea,
  parseCount,
  parseDone,
  parseMode,
  parseMovedIn,
  parseYesNo,
  valueText,
} from "../../parse/ledger";
import type { Answer, RelocationMode } from "../../parse/ledger";
import { cellText, isCellError } from "../../parse/text";
import { parseYear } from "../../parse/values";
import { readMoney, type MoneyCell } from "../../table/money";
import type { Table } from "../../table/table";
import type { BaseRow, RuleContext } from "../types";

/** A value as written and as read. */
export interface Measured {
  readonly text: string;
  readonly value: number | undefined;
}

export interface Answered {
  readonly text: string;
  readonly answer: Answer;
}

/** A 易地扶贫搬迁台账 row with every value parsed once, before any rule looks at it (SPEC §1.2). */
export interface RelocationRow extends BaseRow {
  readonly persons: Measured;
  readonly modeText: string;
  readonly mode: RelocationMode | undefined;
  readonly yearText: string;
  readonly year: number | undefined;
  /** 安置房面积, ㎡. */
  readonly area: Measured;
  /** 补助资金 and 自筹资金 in 元 (the header's 万元 converted); undefined when the column is absent. */
  readonly subsidy: MoneyCell | undefined;
  readonly selfFund: MoneyCell | undefined;
  readonly acceptance: Answered;
  readonly keys: Answered;
  readonly movedIn: Answered;
  readonly coOwnership: Answered;
  /** Fields whose cell shows a formula error: GEN-FORMULA-ERROR reports those, the RL rules leave them alone. */
  readonly errors: ReadonlySet<string>;
}

/** The group header word over split subsidy columns (补助资金 over 中央 · 省级 · 合计). */
export const SUBSIDY_GROUP = /补助/;
export const SELF_FUND_GROUP = /自筹/;

export function parseRelocationRow(base: BaseRow, ctx: RuleContext): RelocationRow {
  const v = cellReader(base, ctx.table);
  const text = (key: string) => cellText(v(key));
  const d1904 = ctx.table.date1904;
  return {
    // Built field by field, not spread from `base`: one object shape for all rows, several times faster.
    r: base.r,
    values: base.values,
    name: base.name,
    persons: { text: text("persons"), value: parseCount(v("persons")) },
    modeText: text("mode"),
    mode: parseMode(v("mode")),
    yearText: text("year"),
    year: parseYear(v("year"), d1904),
    area: { text: valueText(v("area")), value: parseArea(v("area")) },
    subsidy: readMoney(ctx.table, base.r, "subsidy", SUBSIDY_GROUP),
    selfFund: readMoney(ctx.table, base.r, "selfFund", SELF_FUND_GROUP),
    acceptance: { text: text("acceptance"), answer: parseDone(v("acceptance")) },
    keys: { text: text("keys"), answer: parseDone(v("keys")) },
    movedIn: { text: text("movedIn"), answer: parseMovedIn(v("movedIn"), d1904) },
    coOwnership: { text: text("coOwnership"), answer: parseYesNo(v("coOwnership")) },
    errors: errorFields(base, ctx),
  };
}

/** A header text that only finishes the one above it: a unit (`（㎡）`, `(万元)`), 年份, or a part such as 合计. */
const TAIL = /^[(（][^()（）]*[)）]$|^(年份|年度|金额|合计|小计|中央|省级|市级|县级|是否)$/;

/**
 * The column's header as the clerk reads it, for messages: the lowest header text, with the text above it when the
 * lowest only finishes it (`安置房面积` over `（㎡）` reads `安置房面积（㎡）`).
 */
export function columnName(ctx: RuleContext, key: string): string {
  let names = NAMES.get(ctx.table);
  if (!names) {
    names = new Map();
    NAMES.set(ctx.table, names);
  }
  let name = names.get(key);
  if (name === undefined) {
    name = readColumnName(ctx, key);
    names.set(key, name);
  }
  return name;
}

const NAMES = new WeakMap<Table, Map<string, string>>();

function readColumnName(ctx: RuleContext, key: string): string {
  const c = ctx.table.header.columns.get(key);
  if (c === undefined) return ctx.header(key);
  const grid = new Grid(ctx.table.sheet);
  const texts: string[] = [];
  for (let r = ctx.table.header.bandTop; r <= ctx.table.header.bandBottom; r++) {
    const t = cellText(grid.value(r, c)).replace(/\s+/g, "");
    if (t !== "" && texts[texts.length - 1] !== t) texts.push(t);
  }
  let name = texts.pop() ?? ctx.header(key);
  while (TAIL.test(name) && texts.length > 0) name = `${texts.pop() ?? ""}${name}`;
  return name;
}

const COLUMNS = new WeakMap<Table, Readonly<Record<string, number>>>();

/** Reads one row's cells by field key; the table's columns are looked up once per table, not once per cell. */
export function cellReader(base: BaseRow, table: Table): (key: string) => CellValue {
  let cols = COLUMNS.get(table);
  if (!cols) {
    cols = Object.fromEntries(table.header.columns);
    COLUMNS.set(table, cols);
  }
  const columns = cols;
  const values = base.values;
  return (key) => {
    const c = columns[key];
    return c === undefined ? null : (values[c] ?? null);
  };
}

const NO_ERRORS: ReadonlySet<string> = new Set();

/** Keys of the fields whose cell in this row shows a formula error (#N/A, #REF! …). */
export function errorFields(base: BaseRow, ctx: RuleContext): ReadonlySet<string> {
  if (!base.values.some((v) => v !== null && typeof v === "object")) return NO_ERRORS;
  const out = new Set<string>();
  for (const [key, c] of ctx.table.header.columns) if (isCellError(base.values[c] ?? null)) out.add(key);
  return out;
}

/** A 是/否 column that is present, readable, and not 是 (or its equivalents): the rule marks it. */
export function fallsShort(
  row: { readonly errors: ReadonlySet<string> },
  answer: Answered,
  key: string,
  ctx: RuleContext,
): boolean {
  return ctx.has(key) && !row.errors.has(key) && answer.answer !== "yes";
}

/** 家庭人口 when it is a whole number from 1 to `max` (RL-PERSONS reports anything else). */
export function householdSize(persons: Measured, max: number): number | undefined {
  const n = persons.value;
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
}

export type AreaVerdict =
  | { readonly kind: "ok" }
  /** 2016 集中安置 within the exception with 共有产权整改 marked: RL-AREA-2016. */
  | { readonly kind: "exception"; readonly persons: number; readonly area: number }
  /** Over the limit: RL-AREA. `within2016` says the row would be an exception if 共有产权整改 were marked. */
  | { readonly kind: "over"; readonly persons: number; readonly area: number; readonly within2016: boolean };

/**
 * The per-capita area verdict shared by RL-AREA and RL-AREA-2016 (SX 三.1(2)): at most 25 ㎡ per person, the
 * limit allowed; 2016 年度集中安置 above 25 and at most 28 ㎡ with 共有产权整改 是 is the exception. Compared as
 * area ≤ limit × persons, so 100 ㎡ for 4 persons is exactly 25 ㎡ and allowed.
 */
export function areaVerdict(row: RelocationRow, config: Config["relocation"]): AreaVerdict {
  const persons = householdSize(row.persons, config.maxPersons);
  const area = row.area.value;
  if (persons === undefined || area === undefined) return { kind: "ok" };
  if (!exceeds(area, config.maxAreaPerPerson * persons)) return { kind: "ok" };
  const within2016 =
    row.year === config.exceptionYear &&
    row.mode === "concentrated" &&
    !exceeds(area, config.exceptionMaxAreaPerPerson * persons);
  if (within2016 && row.coOwnership.answer === "yes") return { kind: "exception", persons, area };
  return { kind: "over", persons, area, within2016 };
}
