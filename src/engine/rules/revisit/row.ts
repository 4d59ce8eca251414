import type { YMD } from "../../parse/date";
import { parseDate } from "../../parse/date";
import { cellText } from "../../parse/text";
import { parseGrade, parseTick, parseYear, type Grade } from "../../parse/values";
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
  const v = (key: string) => ctx.value(base.r, key);
  const year = (key: string): YearCell => ({ text: cellText(v(key)), year: parseYear(v(key), d1904) });
  return {
    ...base,
    gradeText: cellText(v("grade")),
    grade: parseGrade(v("grade")),
    notRenovated: parseTick(v("notRenovated")),
    reinforcedYear: year("reinforcedYear"),
    rebuiltYear: year("rebuiltYear"),
    revisitText: cellText(v("revisitDate")),
    revisitDate: parseDate(v("revisitDate"), d1904),
    actReinforce: parseTick(v("actReinforce")),
    actRebuild: parseTick(v("actRebuild")),
  };
}

export const HISTORY_FIELDS = ["notRenovated", "reinforcedYear", "rebuiltYear"] as const;
export const ACTION_FIELDS = ["actReinforce", "actRebuild"] as const;
