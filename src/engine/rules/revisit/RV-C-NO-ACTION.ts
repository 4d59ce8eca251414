import { defineRule } from "../types";
import { ACTION_FIELDS, type RevisitRow } from "./row";

/** C 级 (中度) needs a disposition: 维修加固 (or 重建安置) (TZ 注3; TZ 7.1.1 b)). */
export default defineRule<RevisitRow>({
  id: "RV-C-NO-ACTION",
  severity: "error",
  clause: "TZ 注3; TZ 7.1.1 b)",
  kinds: ["revisit"],
  needs: ["grade", ...ACTION_FIELDS],
  row(row, ctx) {
    if (row.grade !== "C" || row.actReinforce || row.actRebuild) return;
    ctx.report({ r: row.r, fields: ["grade", ...ACTION_FIELDS] });
  },
});
