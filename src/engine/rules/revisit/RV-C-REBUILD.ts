import { defineRule } from "../types";
import type { RevisitRow } from "./row";

/** C 级 rebuilt instead of reinforced: allowed, noted for the reviewer (TZ 7.1.1 b)). */
export default defineRule<RevisitRow>({
  id: "RV-C-REBUILD",
  severity: "info",
  clause: "TZ 7.1.1 b)",
  kinds: ["revisit"],
  needs: ["grade", "actRebuild", "actReinforce"],
  row(row, ctx) {
    if (row.grade !== "C" || !row.actRebuild || row.actReinforce) return;
    ctx.report({ r: row.r, fields: ["actRebuild"] });
  },
});
