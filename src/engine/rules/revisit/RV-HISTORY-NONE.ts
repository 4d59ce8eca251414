import { defineRule } from "../types";
import { HISTORY_FIELDS, type RevisitRow } from "./row";

/** 以往危房改造情况: tick 未改造, or give the year of the works (TZ 注2). */
export default defineRule<RevisitRow>({
  id: "RV-HISTORY-NONE",
  severity: "error",
  clause: "TZ 注2",
  kinds: ["revisit"],
  needs: [...HISTORY_FIELDS],
  row(row, ctx) {
    if (row.notRenovated || row.reinforcedYear.text !== "" || row.rebuiltYear.text !== "") return;
    ctx.report({ r: row.r, fields: [...HISTORY_FIELDS] });
  },
});
