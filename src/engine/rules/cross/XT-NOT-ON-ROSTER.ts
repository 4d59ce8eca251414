import { defineCrossRule } from "./types";

/**
 * A revisit household should be a 重点对象 of the roster (TZ 5.1): with a roster given (`--roster`), one that is not
 * on it is a warning (a household matching two roster rows by name, SPEC §9 ambiguous, is not reported).
 */
export default defineCrossRule({
  id: "XT-NOT-ON-ROSTER",
  severity: "warning",
  clause: "TZ 5.1",
  kinds: ["revisit", "roster"],
  needs: [],
  check(x, report) {
    if (!x.rosterGiven || x.roster.length === 0) return;
    for (const h of x.revisit) {
      if (h.roster.by !== "none") continue;
      report({ at: h.at, fields: ["head"], related: [] });
    }
  },
});
