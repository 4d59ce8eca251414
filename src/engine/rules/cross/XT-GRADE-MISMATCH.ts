import { completed, related, where } from "./shared";
import { defineCrossRule } from "./types";

/**
 * The revisit table and the renovation ledger grade one house the same while the renovation is not completed
 * (TZ 5.2 联动管理, 10.2.2): a different grade means one of them is out of date.
 */
export default defineCrossRule({
  id: "XT-GRADE-MISMATCH",
  severity: "warning",
  clause: "TZ 5.2; TZ 10.2.2",
  kinds: ["revisit", "renovation"],
  needs: [],
  check(x, report) {
    for (const h of x.revisit) {
      const grade = h.row.grade;
      if (grade === undefined) continue;
      for (const ledger of h.renovation.records) {
        const other = ledger.row.grade;
        if (completed(ledger) || other === undefined || other === grade) continue;
        report({
          at: h.at,
          fields: ["grade"],
          params: { grade, ledgerGrade: other, where: where(ledger.at, h.at) },
          related: [related(ledger.at, "grade")],
        });
      }
    }
  },
});
