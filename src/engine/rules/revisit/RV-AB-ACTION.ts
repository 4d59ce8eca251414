import { defineRule } from "../types";
import { ACTION_FIELDS, type RevisitRow } from "./row";

/** A/B houses are safe: a disposition ticked for them needs a look (TZ 注3). */
export default defineRule<RevisitRow>({
  id: "RV-AB-ACTION",
  severity: "warning",
  clause: "TZ 注3",
  kinds: ["revisit"],
  needs: ["grade", ...ACTION_FIELDS],
  row(row, ctx) {
    if (row.grade !== "A" && row.grade !== "B") return;
    const ticked = ACTION_FIELDS.filter((k) => row[k]);
    if (ticked.length === 0) return;
    ctx.report({ r: row.r, fields: ["grade", ...ticked], params: { grade: row.grade } });
  },
});
