import { a1 } from "../model/address";
import { Grid } from "../model/grid";
import { isPlaceholder, moneyUnit, noteUnit, parseMoney, type MoneyUnit } from "../parse/ledger";
import { cellText, fold, isCellError } from "../parse/text";
import type { Table } from "./table";

/**
 * Where a ledger's money column really is and in which unit (SX 三.1(3), 三.2(3)). The unit comes from the
 * column's header (`补助资金（万元）`, `（元）` in the row below), else from a `单位：万元` note above the table,
 * else 元. A group such as `补助资金（万元）` over `中央` · `省级` · `合计` reads its 合计 column, or the sum of its
 * parts when it has no total.
 */
export interface MoneyColumns {
  /** 0-based columns whose values make the amount (one, or the parts of a group without a total). */
  readonly cols: readonly number[];
  readonly unit: MoneyUnit;
}

export interface MoneyCell {
  /** The cells as written, joined by `+` for parts; "" when all are empty. */
  readonly text: string;
  /** The amount in 元; undefined when empty or unreadable. */
  readonly value: number | undefined;
  /** A1 addresses of the cells that make the amount. */
  readonly cells: readonly string[];
  /** One of the cells shows a formula error (#N/A …): GEN-FORMULA-ERROR reports it, the money rules skip it. */
  readonly error: boolean;
}

const TOTAL = /^(合计|小计|总计|共计|总额|金额|合计金额|补助金额|补助资金)(\(.*\))?$/;
const PART = /^(其中[:：]?)?(中央|省级?|市级?|县级?|市县|中省|省市|地方|财政|其他|其它)/;
const UNIT_ONLY = /^\(?(万元|元)\)?$/;
const NOT_MONEY = /时间|日期|方式|凭证|回单|协议|标准|人均|账号|卡号|备注/;

const cache = new WeakMap<Table, Map<string, MoneyColumns | undefined>>();

/** The money columns of field `key`; `group` is the word a group header over its parts contains (补助). */
export function moneyColumns(table: Table, key: string, group: RegExp): MoneyColumns | undefined {
  let byKey = cache.get(table);
  if (!byKey) {
    byKey = new Map();
    cache.set(table, byKey);
  }
  if (!byKey.has(key)) byKey.set(key, findColumns(table, key, group));
  return byKey.get(key);
}

function findColumns(table: Table, key: string, group: RegExp): MoneyColumns | undefined {
  const c = table.header.columns.get(key);
  if (c === undefined) return undefined;
  const grid = new Grid(table.sheet);
  const { bandTop, bandBottom } = table.header;
  const text = (r: number, col: number) => fold(cellText(grid.value(r, col)));
  const leaf = (col: number) => text(bandBottom, col);
  const path = (col: number) => {
    const parts: string[] = [];
    for (let r = bandTop; r <= bandBottom; r++)
      if (parts[parts.length - 1] !== text(r, col)) parts.push(text(r, col));
    return parts.join("");
  };
  let cols: number[] = [c];
  for (let r = bandTop; r < bandBottom; r++) {
    const m = grid.merge(r, c);
    if (!m || m.right === m.left || m.bottom >= bandBottom || !group.test(text(r, c))) continue;
    const inGroup: number[] = [];
    for (let k = m.left; k <= m.right; k++) inGroup.push(k);
    const total = inGroup.find((k) => TOTAL.test(leaf(k)));
    const parts = inGroup.filter(
      (k) => !NOT_MONEY.test(leaf(k)) && (PART.test(leaf(k)) || UNIT_ONLY.test(leaf(k))),
    );
    if (total !== undefined) cols = [total];
    else if (parts.length > 0) cols = parts;
    break;
  }
  const unit =
    cols.map((k) => moneyUnit(path(k))).find((u) => u !== undefined) ?? tableUnit(grid, bandTop) ?? "yuan";
  return { cols, unit };
}

function tableUnit(grid: Grid, bandTop: number): MoneyUnit | undefined {
  for (let r = bandTop - 1; r >= 0; r--) {
    for (let c = 0; c < grid.colCount; c++) {
      const u = noteUnit(cellText(grid.raw(r, c)));
      if (u) return u;
    }
  }
  return undefined;
}

/** The amount of field `key` in sheet row `r` (0-based), in 元; undefined when the table lacks the column. */
export function readMoney(table: Table, r: number, key: string, group: RegExp): MoneyCell | undefined {
  const money = moneyColumns(table, key, group);
  if (!money) return undefined;
  const row = table.sheet.rows[r] ?? [];
  const texts: string[] = [];
  let sum = 0;
  let readable = true;
  let error = false;
  for (const c of money.cols) {
    const v = row[c] ?? null;
    if (isCellError(v)) error = true;
    const t = cellText(v);
    if (t === "" || isPlaceholder(t)) continue;
    texts.push(t);
    const n = parseMoney(v, money.unit);
    if (n === undefined) readable = false;
    else sum += n;
  }
  return {
    text: texts.join("+"),
    value: texts.length > 0 && readable ? Math.round(sum * 100) / 100 : undefined,
    cells: money.cols.map((c) => a1(r, c)),
    error,
  };
}
