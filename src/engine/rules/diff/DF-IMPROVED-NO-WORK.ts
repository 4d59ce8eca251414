import { defineDiffRule, previousWhen, type DiffPair } from "./types";

/**
 * A C or D house graded A or B now, with no works recorded since the last revisit: a D house needs a 重建安置
 * year, a C house a 维修加固 or 重建安置 year, ≥ the year of the previous 回访时间 (else of the previous 填报日期)
 * (TZ 7.1.1: a dangerous house becomes safe only by reinforcement or rebuilding; TZ 12.2).
 * Error when it was D, warning when it was C.
 */
export default defineDiffRule({
  id: "DF-IMPROVED-NO-WORK",
  severity: "error",
  clause: "TZ 7.1.1; TZ 12.2",
  kinds: ["revisit"],
  needs: ["grade", "reinforcedYear", "rebuiltYear"],
  pair(p, ctx) {
    const was = p.previous.household.grade;
    const now = p.current.household.grade;
    if ((was !== "C" && was !== "D") || (now !== "A" && now !== "B")) return;
    const since = sinceYear(p);
    const h = p.current.household;
    const years = (was === "D" ? [h.rebuiltYear] : [h.reinforcedYear, h.rebuiltYear])
      .map((c) => c.year)
      .filter((y): y is number => y !== undefined);
    if (years.some((y) => since === undefined || y >= since)) return;
    const latest = years.length > 0 ? Math.max(...years) : undefined;
    ctx.report({
      side: "current",
      at: p.current,
      fields: ["grade", "reinforcedYear", "rebuiltYear"],
      severity: was === "D" ? "error" : "warning",
      params: {
        from: was,
        to: now,
        when: previousWhen(p.previous),
        problem: `was${was}${latest !== undefined ? "Old" : ""}`,
        ...(latest !== undefined ? { year: latest } : {}),
        ...(since !== undefined ? { since } : {}),
      },
    });
  },
});

/** The year works must be in: that of the previous 回访时间, else of the previous 填报日期. */
function sinceYear(p: DiffPair): number | undefined {
  return p.previous.household.revisitDate?.y ?? p.previous.table.context.fillDate?.y;
}
