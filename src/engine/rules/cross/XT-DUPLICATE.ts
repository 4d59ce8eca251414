import { LISTED_COPIES } from "../general/GEN-DUPLICATE";
import { related, where } from "./shared";
import { defineCrossRule } from "./types";

/**
 * One household in the revisit tables of two different files (TZ 10.1.1 一户一档: two villages' workbooks, or one
 * village submitted twice): one finding on each copy, naming the others. Copies within one workbook are
 * GEN-DUPLICATE's (an error in one table, a warning across its tables).
 */
export default defineCrossRule({
  id: "XT-DUPLICATE",
  severity: "warning",
  clause: "TZ 10.1.1",
  kinds: ["revisit"],
  needs: [],
  check(x, report) {
    for (const h of x.revisit) {
      if (h.copies.length === 0) continue;
      const listed = h.copies.slice(0, LISTED_COPIES);
      const more = h.copies.length > LISTED_COPIES ? "…" : "";
      report({
        at: h.at,
        fields: ["head"],
        params: { where: `${listed.map((c) => where(c.at, h.at)).join("、")}${more}` },
        related: listed.map((c) => related(c.at, "head")),
      });
    }
  },
});
