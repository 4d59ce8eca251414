import { defineRule } from "../types";
import type { RevisitRow } from "./row";

/** D 级 (严重) must be 重建安置 (TZ 注3; TZ 7.1.1 a)). A wrongly ticked 维修加固 is marked with it. */
export default defineRule<RevisitRow>({
  id: "RV-D-NOT-REBUILD",
  severity: "error",
  clause: "TZ 注3; TZ 7.1.1 a)",
  kinds: ["revisit"],
  needs: ["grade", "actRebuild"],
  row(row, ctx) {
    if (row.grade !== "D" || row.actRebuild) return;
    ctx.report({
      r: row.r,
      fields: row.actReinforce ? ["grade", "actReinforce", "actRebuild"] : ["grade", "actRebuild"],
    });
  },
});
