import { completed, methodName, related, where } from "./shared";
import { defineCrossRule } from "./types";

/**
 * A house whose renovation the ledger records as completed should no longer be dangerous (TZ 7.3; SX 二.1(2)): a
 * revisit grade of C or D after it means poor work or an outdated grade.
 */
export default defineCrossRule({
  id: "XT-STILL-DANGEROUS",
  severity: "warning",
  clause: "TZ 7.3; SX 二.1(2)",
  kinds: ["revisit", "renovation"],
  needs: [],
  check(x, report) {
    for (const h of x.revisit) {
      const grade = h.row.grade;
      if (grade !== "C" && grade !== "D") continue;
      for (const ledger of h.renovation.records) {
        if (!completed(ledger)) continue;
        report({
          at: h.at,
          fields: ["grade"],
          params: { grade, method: methodName(ledger.row.method), where: where(ledger.at, h.at) },
          related: [related(ledger.at, "acceptance")],
        });
      }
    }
  },
});
