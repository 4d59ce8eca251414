import type { CellValue } from "../../model/types";
import type { YMD } from "../../parse/date";
import { parseDate } from "../../parse/date";
import { cellText } from "../../parse/text";
import { isNoEntry, parseGrade, parseTick, parseYear, type Grade } from "../../parse/values";
import type { BaseRow, RuleContext } from "../types";

export interface YearCell {
  /** The cell as written; "" when empty. */
  readonly text: string;
  /** The year read from it, when readable. */
  readonly year: number | undefined;
}

/** A 表A.1 row with every value parsed once, before any rule looks at it. */
export interface RevisitRow extends BaseRow {
  readonly gradeText: string;
  readonly grade: Grade | undefined;
  readonly notRenovated: boolean;
  readonly reinforcedYear: YearCell;
  readonly rebuiltYear: YearCell;
  readonly revisitText: string;
  readonly revisitDate: YMD | undefined;
  readonly actReinforce: boolean;
  readonly actRebuild: boolean;
}

export function parseRevisitRow(base: BaseRow, ctx: RuleContext): RevisitRow {
  const d1904 = ctx.table.date1904;
  const r = base.r;
  const grade = ctx.value(r, "grade");
  const revisit = ctx.value(r, "revisitDate");
  return {
    // Named, not spread: an object spread here gives V8 a new hidden class per row and every rule's property
    // reads go megamorphic (5× slower on 100k rows).
    r,
    values: base.values,
    name: base.name,
    gradeText: cellText(grade),
    grade: parseGrade(grade),
    notRenovated: parseTick(ctx.value(r, "notRenovated")),
    reinforcedYear: yearCell(ctx.value(r, "reinforcedYear"), d1904),
    rebuiltYear: yearCell(ctx.value(r, "rebuiltYear"), d1904),
    revisitText: cellText(revisit),
    revisitDate: parseDate(revisit, d1904),
    actReinforce: parseTick(ctx.value(r, "actReinforce")),
    actRebuild: parseTick(ctx.value(r, "actRebuild")),
  };
}

/** `无` or `/` written in a year column means no works of that kind: the cell counts as empty. */
function yearCell(v: CellValue, d1904: boolean): YearCell {
  if (isNoEntry(v)) return { text: "", year: undefined };
  return { text: cellText(v), year: parseYear(v, d1904) };
}

export const HISTORY_FIELDS = ["notRenovated", "reinforcedYear", "rebuiltYear"] as const;
export const ACTION_FIELDS = ["actReinforce", "actRebuild"] as const;
