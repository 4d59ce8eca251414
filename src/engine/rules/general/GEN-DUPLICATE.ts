import { TABLE_KINDS, type CellValue } from "../../model/types";
import { cellText, fold, foldUpper } from "../../parse/text";
import { isNoEntry } from "../../parse/values";
import { defineRule, type BaseRow, type Rule, type RuleContext } from "../types";

export interface HouseholdKey {
  readonly key: string;
  /** The key is `${kind}:${value}`; the rule keeps one map per kind keyed by `value` (the ID is the cell's own
   * string, whose hash V8 keeps: no key string is built and hashed per row). */
  readonly kind: "id" | "name";
  readonly value: string;
  /** Field keys whose cells a duplicate marks. */
  readonly fields: readonly string[];
}

/**
 * The keys that identify a household within a table (TZ 10.1.1 一户一档): its 身份证号, and its 户主姓名 with
 * 房屋地址 (or, in ledgers without an address, with 村). Shared with the cross-table check.
 */
export function householdKeys(r: number, ctx: Pick<RuleContext, "has" | "value">): HouseholdKey[] {
  const keys: HouseholdKey[] = [];
  if (ctx.has("idNumber")) {
    const v = ctx.value(r, "idNumber");
    const id = foldUpper(keyText(v));
    // Two households whose ID is written `无` or `/` share no ID.
    if (id !== "" && !isNoEntry(v))
      keys.push({ key: `id:${id}`, kind: "id", value: id, fields: ["idNumber"] });
  }
  const name = fold(keyText(ctx.value(r, "head")));
  const place = ctx.has("address") ? "address" : ctx.has("village") ? "village" : undefined;
  if (name !== "" && place) {
    const where = fold(keyText(ctx.value(r, place)));
    if (where !== "") {
      const value = `${name}|${where}`;
      keys.push({ key: `name:${value}`, kind: "name", value, fields: ["head", place] });
    }
  }
  return keys;
}

/**
 * A name or address as a key: its first 256 characters (no real one is longer; a 32,767-character cell folded
 * and hashed on every row made the rule cost the cell's length times the rows).
 */
function keyText(v: CellValue): string {
  const text = cellText(v);
  return text.length > 256 ? text.slice(0, 256) : text;
}

/**
 * At most this many copies are named in one finding, then "…". A value pasted down thousands of rows must not
 * make every finding list every other row: that is quadratic in memory and time (10,000 copies of one ID were
 * 100 million row numbers, and the process died of heap exhaustion).
 */
export const LISTED_COPIES = 10;

/**
 * The first `LISTED_COPIES` members of the given ascending lists other than `self`, in ascending order, and
 * whether there are more: O(LISTED_COPIES) per call whatever the lists' length.
 */
export function firstOthers<T>(
  lists: ReadonlyArray<{ readonly items: readonly T[]; readonly others: number }>,
  take: (list: readonly T[], n: number) => readonly T[],
  compare: (a: T, b: T) => number,
): { listed: T[]; more: boolean } {
  const merged: T[] = [];
  let more = false;
  for (const { items, others } of lists) {
    // A list with more than LISTED_COPIES others alone makes the union larger than what is listed.
    if (others > LISTED_COPIES) more = true;
    merged.push(...take(items, LISTED_COPIES + 1));
  }
  merged.sort(compare);
  const unique = merged.filter((x, i) => i === 0 || compare(merged[i - 1] as T, x) !== 0);
  return { listed: unique.slice(0, LISTED_COPIES), more: more || unique.length > LISTED_COPIES };
}

/** Rows sharing a key with another row, each with the fields of its shared keys and the first rows it shares them with. */
function duplicatesByRow(
  groups: Iterable<{ rows: readonly number[]; fields: readonly string[] }>,
): Map<number, { fields: Set<string>; others: number[]; more: boolean }> {
  const member = new Map<number, Array<{ rows: readonly number[]; fields: readonly string[] }>>();
  for (const g of groups) {
    if (g.rows.length < 2) continue;
    for (const r of g.rows) {
      const list = member.get(r);
      if (list) list.push(g);
      else member.set(r, [g]);
    }
  }
  const out = new Map<number, { fields: Set<string>; others: number[]; more: boolean }>();
  for (const r of [...member.keys()].sort((a, b) => a - b)) {
    const gs = member.get(r) ?? [];
    const { listed, more } = firstOthers(
      gs.map((g) => ({ items: g.rows, others: g.rows.length - 1 })),
      (rows, n) => rows.slice(0, n + 1).filter((o) => o !== r),
      (a, b) => a - b,
    );
    out.set(r, { fields: new Set(gs.flatMap((g) => g.fields)), others: listed, more });
  }
  return out;
}

function create(): Rule<BaseRow> {
  // Most keys belong to one row: that row is kept as a number, and a list is made only once a key repeats (a
  // list and an object per key of 100,000 rows were a tenth of the engine's time in garbage collection).
  const first = { id: new Map<string, number>(), name: new Map<string, number>() };
  const repeated = new Map<string, { rows: number[]; fields: readonly string[] }>();
  return defineRule({
    id: "GEN-DUPLICATE",
    severity: "error",
    clause: "TZ 10.1.1 一户一档",
    kinds: TABLE_KINDS,
    needs: ["head"],
    fresh: create,
    row(row, ctx) {
      for (const k of householdKeys(row.r, ctx)) {
        const byKind = first[k.kind];
        const r0 = byKind.get(k.value);
        if (r0 === undefined) {
          byKind.set(k.value, row.r);
          continue;
        }
        const entry = repeated.get(k.key);
        if (entry) entry.rows.push(row.r);
        else repeated.set(k.key, { rows: [r0, row.r], fields: k.fields });
      }
    },
    end(ctx) {
      // One finding per row, marking the cells of every key it shares (a row copied whole shares its ID and its
      // name + address: all three cells are marked) and naming the rows it duplicates (the first ten, then …).
      for (const [r, dup] of duplicatesByRow(repeated.values())) {
        const others = `${dup.others.map((o) => o + 1).join("、")}${dup.more ? "…" : ""}`;
        ctx.report({ r, fields: [...dup.fields], params: { rows: others, scope: "table" } });
      }
    },
  });
}

export default create();
