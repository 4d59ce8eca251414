import { defineRule } from "../types";
import type { RevisitRow } from "./row";

/** A house rebuilt within the last 5 years should not already be C/D: a quality question (TZ 7.3). */
export default defineRule<RevisitRow>({
  id: "RV-REBUILT-DANGEROUS",
  severity: "warning",
  clause: "TZ 7.3",
  kinds: ["revisit"],
  needs: ["rebuiltYear", "grade"],
  row(row, ctx) {
    const year = row.rebuiltYear.year;
    if (year === undefined || (row.grade !== "C" && row.grade !== "D")) return;
    if (year < ctx.referenceYear - ctx.config.revisit.rebuiltRecentYears) return;
    ctx.report({ r: row.r, fields: ["rebuiltYear", "grade"], params: { year, grade: row.grade } });
  },
});
