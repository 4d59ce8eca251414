import { TABLE_KINDS } from "../../model/types";
import { cellText, fold, foldUpper } from "../../parse/text";
import { isNoEntry } from "../../parse/values";
import { defineRule, type BaseRow, type Rule, type RuleContext } from "../types";

export interface HouseholdKey {
  readonly key: string;
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
    const id = foldUpper(cellText(v));
    // Two households whose ID is written `无` or `/` share no ID.
    if (id !== "" && !isNoEntry(v)) keys.push({ key: `id:${id}`, fields: ["idNumber"] });
  }
  const name = fold(cellText(ctx.value(r, "head")));
  const place = ctx.has("address") ? "address" : ctx.has("village") ? "village" : undefined;
  if (name !== "" && place) {
    const where = fold(cellText(ctx.value(r, place)));
    if (where !== "") keys.push({ key: `name:${name}|${where}`, fields: ["head", place] });
  }
  return keys;
}

/** Rows sharing a key with another row, each with the fields of its shared keys and the rows it shares them with. */
function duplicatesByRow(
  groups: Iterable<{ rows: readonly number[]; fields: readonly string[] }>,
): Map<number, { fields: Set<string>; others: Set<number> }> {
  const out = new Map<number, { fields: Set<string>; others: Set<number> }>();
  for (const { rows, fields } of groups) {
    if (rows.length < 2) continue;
    for (const r of rows) {
      const dup = out.get(r) ?? { fields: new Set<string>(), others: new Set<number>() };
      for (const f of fields) dup.fields.add(f);
      for (const o of rows) if (o !== r) dup.others.add(o);
      out.set(r, dup);
    }
  }
  return new Map([...out].sort((a, b) => a[0] - b[0]));
}

function create(): Rule<BaseRow> {
  const seen = new Map<string, { rows: number[]; fields: readonly string[] }>();
  return defineRule({
    id: "GEN-DUPLICATE",
    severity: "error",
    clause: "TZ 10.1.1 一户一档",
    kinds: TABLE_KINDS,
    needs: ["head"],
    fresh: create,
    row(row, ctx) {
      for (const k of householdKeys(row.r, ctx)) {
        const entry = seen.get(k.key);
        if (entry) entry.rows.push(row.r);
        else seen.set(k.key, { rows: [row.r], fields: k.fields });
      }
    },
    end(ctx) {
      // One finding per row, marking the cells of every key it shares (a row copied whole shares its ID and its
      // name + address: all three cells are marked) and naming every row it duplicates.
      for (const [r, dup] of duplicatesByRow(seen.values())) {
        const others = [...dup.others].sort((a, b) => a - b).map((o) => o + 1);
        ctx.report({ r, fields: [...dup.fields], params: { rows: others.join("、"), scope: "table" } });
      }
    },
  });
}

export default create();
