import { TABLE_KINDS } from "../../model/types";
import { cellText, fold, foldUpper } from "../../parse/text";
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
    const id = foldUpper(cellText(ctx.value(r, "idNumber")));
    if (id !== "") keys.push({ key: `id:${id}`, fields: ["idNumber"] });
  }
  const name = fold(cellText(ctx.value(r, "head")));
  const place = ctx.has("address") ? "address" : ctx.has("village") ? "village" : undefined;
  if (name !== "" && place) {
    const where = fold(cellText(ctx.value(r, place)));
    if (where !== "") keys.push({ key: `name:${name}|${where}`, fields: ["head", place] });
  }
  return keys;
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
      const reported = new Set<string>();
      for (const { rows, fields } of seen.values()) {
        if (rows.length < 2) continue;
        for (const r of rows) {
          // A household duplicated by ID and by name+address is reported once per row.
          const id = `${r}`;
          if (reported.has(id)) continue;
          reported.add(id);
          const others = rows.filter((o) => o !== r).map((o) => o + 1);
          ctx.report({ r, fields, params: { rows: others.join("、"), scope: "table" } });
        }
      }
    },
  });
}

export default create();
