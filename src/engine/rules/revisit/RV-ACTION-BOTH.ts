import { defineRule } from "../types";
import { ACTION_FIELDS, type RevisitRow } from "./row";

/** 维修加固 and 重建安置 are two different ways (TZ 7.1.1): one household gets one. */
export default defineRule<RevisitRow>({
  id: "RV-ACTION-BOTH",
  severity: "error",
  clause: "TZ 7.1.1",
  kinds: ["revisit"],
  needs: [...ACTION_FIELDS],
  row(row, ctx) {
    if (row.actReinforce && row.actRebuild) ctx.report({ r: row.r, fields: [...ACTION_FIELDS] });
  },
});
