import { defineCrossRule } from "./types";

/**
 * A C/D household of a revisit table belongs in the year's renovation plan (TZ 6.1: 列入当年改造计划): it must be
 * in a renovation or relocation ledger given. Checked only when a renovation ledger is given; a household whose
 * name matches two ledger rows (SPEC §9: ambiguous) is not reported missing.
 */
export default defineCrossRule({
  id: "XT-NOT-IN-PLAN",
  severity: "error",
  clause: "TZ 6.1; TZ 6.2.2",
  kinds: ["revisit", "renovation", "relocation"],
  needs: [],
  check(x, report) {
    if (!x.renovationGiven) return;
    for (const h of x.revisit) {
      const grade = h.row.grade;
      if (grade !== "C" && grade !== "D") continue;
      if (h.renovation.by !== "none" || h.relocation.by !== "none") continue;
      report({ at: h.at, fields: ["grade"], params: { grade }, related: [] });
    }
  },
});
