import { defineRule } from "../types";
import type { RevisitRow } from "./row";

/** A year of works must be a year, not before 1980 and not after the fill date's year (TZ 注2). */
export default defineRule<RevisitRow>({
  id: "RV-HISTORY-YEAR",
  severity: "error",
  clause: "TZ 注2",
  kinds: ["revisit"],
  needs: ["reinforcedYear", "rebuiltYear"],
  row(row, ctx) {
    const min = ctx.config.revisit.historyMinYear;
    for (const key of ["reinforcedYear", "rebuiltYear"] as const) {
      const cell = row[key];
      if (cell.text === "") continue;
      let problem: string | undefined;
      if (cell.year === undefined) problem = "unreadable";
      else if (cell.year < min) problem = "tooEarly";
      else if (cell.year > ctx.referenceYear) problem = "future";
      if (!problem) continue;
      ctx.report({
        r: row.r,
        fields: [key],
        params: { column: ctx.header(key), value: cell.text, problem, min, max: ctx.referenceYear },
      });
    }
  },
});
