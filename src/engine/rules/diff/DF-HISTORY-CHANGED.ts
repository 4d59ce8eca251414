import { fold } from "../../parse/text";
import type { YearCell } from "../revisit/row";
import { yearFilled } from "../../summary/households";
import { defineDiffRule, previousWhen } from "./types";

const YEARS = ["reinforcedYear", "rebuiltYear"] as const;

/**
 * History is history (TZ 注2; TZ 10.1.2 档案): a 维修加固/重建安置 year of the previous submission that is now
 * empty or different, or 未改造 ticked where a year was recorded. One finding per changed cell.
 */
export default defineDiffRule({
  id: "DF-HISTORY-CHANGED",
  severity: "warning",
  clause: "TZ 注2; TZ 10.1.2",
  kinds: ["revisit"],
  needs: ["notRenovated", "reinforcedYear", "rebuiltYear"],
  pair(p, ctx) {
    const before = p.previous.household;
    const now = p.current.household;
    const when = previousWhen(p.previous);
    const recorded: string[] = [];
    for (const key of YEARS) {
      const a = before[key];
      if (!yearFilled(a)) continue;
      const column = p.current.table.context.header(key);
      recorded.push(`${column} ${a.text}`);
      const b = now[key];
      if (!yearFilled(b)) {
        ctx.report({
          side: "current",
          at: p.current,
          fields: [key],
          params: { column, from: a.text, when, problem: "emptied" },
        });
      } else if (!sameYear(a, b)) {
        ctx.report({
          side: "current",
          at: p.current,
          fields: [key],
          params: { column, from: a.text, to: b.text, when, problem: "changed" },
        });
      }
    }
    if (recorded.length > 0 && now.notRenovated) {
      ctx.report({
        side: "current",
        at: p.current,
        fields: ["notRenovated"],
        params: { from: recorded.join("、"), when, problem: "ticked" },
      });
    }
  },
});

/** The same year: both readable and equal, else the same text (folded). */
function sameYear(a: YearCell, b: YearCell): boolean {
  if (a.year !== undefined && b.year !== undefined) return a.year === b.year;
  return fold(a.text) === fold(b.text);
}
