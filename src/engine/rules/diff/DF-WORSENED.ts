import { defineDiffRule, gradeRank, previousWhen } from "./types";

/** The grade is worse than last time (A < B < C < D): a note for the city's follow-up (TZ 12.2; TZ 6.2.2). */
export default defineDiffRule({
  id: "DF-WORSENED",
  severity: "info",
  clause: "TZ 12.2; TZ 6.2.2",
  kinds: ["revisit"],
  needs: ["grade"],
  pair(p, ctx) {
    const from = p.previous.household.grade;
    const to = p.current.household.grade;
    const a = gradeRank(from);
    const b = gradeRank(to);
    if (a === undefined || b === undefined || b <= a) return;
    ctx.report({
      side: "current",
      at: p.current,
      fields: ["grade"],
      params: { from, to, when: previousWhen(p.previous) },
    });
  },
});
