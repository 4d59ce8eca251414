import type { MatchedBy } from "../../identity";
import type { TableHousehold } from "../../identity/records";
import type { ParamValue, Severity } from "../../model/types";
import { formatYMD, type YMD } from "../../parse/date";
import type { RuleMeta } from "../types";

/** A household of a revisit table in one of the two submissions. */
export type DiffHousehold = Extract<TableHousehold, { kind: "revisit" }>;

/** One household found in both submissions (SPEC §9). */
export interface DiffPair {
  readonly previous: DiffHousehold;
  readonly current: DiffHousehold;
  readonly by: MatchedBy;
  /** Matched by 户主姓名 + 村 with two valid, different IDs. */
  readonly idChanged: boolean;
}

export interface DiffReportInput {
  /** Which workbook the finding points into: the current one, or the previous one (DF-GONE). */
  readonly side: "previous" | "current";
  readonly at: DiffHousehold;
  /** Field keys of the cells involved (missing columns are left out). */
  readonly fields: readonly string[];
  readonly params?: Readonly<Record<string, ParamValue>>;
  readonly severity?: Severity;
}

export interface DiffContext {
  report(input: DiffReportInput): void;
}

/**
 * A half-year diff rule (SPEC §10): metadata beside the code like every rule; it sees each matched pair once, and
 * the households of one side only (`gone`: the previous submission's, `added`: the current one's).
 */
export interface DiffRule extends RuleMeta {
  pair?(p: DiffPair, ctx: DiffContext): void;
  gone?(h: DiffHousehold, ctx: DiffContext, ambiguous: boolean): void;
  added?(h: DiffHousehold, ctx: DiffContext, ambiguous: boolean): void;
}

export function defineDiffRule(rule: DiffRule): DiffRule {
  return rule;
}

/** The previous submission's date for messages: `（2024-06-30）` from its 填报日期, else its 回访时间, else "". */
export function previousWhen(h: DiffHousehold): string {
  const date: YMD | undefined = h.table.context.fillDate ?? h.household.revisitDate;
  return date ? `（${formatYMD(date)}）` : "";
}

/** A → 0 … D → 3; undefined for an unrated grade. */
export function gradeRank(grade: string): number | undefined {
  const i = "ABCD".indexOf(grade);
  return grade.length === 1 && i >= 0 ? i : undefined;
}
