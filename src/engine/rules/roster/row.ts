import type { CellValue } from "../../model/types";
import { cellText, fold } from "../../parse/text";
import type { BaseRow, RuleContext } from "../types";

/** A 低收入人口名单 row (SPEC §11): who it is, where, and whether the row is a household or a family member. */
export interface RosterRow extends BaseRow {
  /** False for a family member's row (与户主关系 other than 户主/本人): only households are matched (§11). */
  readonly household: boolean;
  readonly relation: string;
  readonly category: string;
}

const HEAD_WORDS: ReadonlySet<string> = new Set(["户主", "本人", "户主本人", "户主(本人)", "本人(户主)"]);

/** 与户主关系 saying the row is the household itself: 户主 or 本人. */
export function isHeadRelation(v: CellValue): boolean {
  return HEAD_WORDS.has(fold(cellText(v)));
}

/** Whether row `r` of a table is a household: always, unless the table has 与户主关系 and it says otherwise. */
export function isHouseholdRow(r: number, ctx: Pick<RuleContext, "has" | "value">): boolean {
  return !ctx.has("relation") || isHeadRelation(ctx.value(r, "relation"));
}

export function parseRosterRow(base: BaseRow, ctx: RuleContext): RosterRow {
  const relation = ctx.value(base.r, "relation");
  return {
    r: base.r,
    values: base.values,
    name: base.name,
    household: !ctx.has("relation") || isHeadRelation(relation),
    relation: cellText(relation),
    category: cellText(ctx.value(base.r, "category")),
  };
}
