import { cellText } from "../../parse/text";
import { defineCrossRule } from "./types";

/**
 * Every household of the 民政 roster (TZ 5.1: 低保, 特困, 低保边缘, 支出型困难) must be revisited (TZ 12.2): a
 * roster household with no revisit row is reported where its 村 names a village that has a revisit table among the
 * inputs (a roster row without 村: where its 乡镇 names a township that has one). Villages with no revisit table
 * here are someone else's files, not missing households.
 */
export default defineCrossRule({
  id: "XT-ROSTER-MISSING",
  severity: "error",
  clause: "TZ 5.1; TZ 12.2",
  kinds: ["roster", "revisit"],
  needs: [],
  check(x, report) {
    for (const h of x.roster) {
      if (h.revisit.by !== "none") continue;
      const tables =
        h.village !== ""
          ? x.villagesOf(h.village, h.township).flatMap((v) => v.tables)
          : h.township !== ""
            ? x.townshipTables(h.township)
            : [];
      if (tables.length === 0) continue;
      const { context } = h.at.table;
      const place = cellText(context.value(h.at.r, h.village !== "" ? "village" : "township"));
      report({
        at: h.at,
        fields: ["head"],
        params: { village: place },
        related: tables.map((at) => ({ at, fields: [], row: at.r + 1 })),
      });
    }
  },
});
