import { defineRule } from "../types";
import { areaBandProblem, isDRebuilt, renovationHousehold, type RenovationRow } from "./row";

/**
 * A D 级 house rebuilt for 1–3 persons has 40–60 ㎡, both limits allowed (SX 三.2(2): 原则上 1 至 3 人户建房面积
 * 控制在 40–60 平米). An empty or unreadable 建房面积 cannot be checked and is reported too.
 */
export default defineRule<RenovationRow>({
  id: "RN-AREA-SMALL-HH",
  severity: "error",
  clause: "SX 三.2(2)",
  kinds: ["renovation"],
  needs: ["grade", "method", "area", "persons"],
  row(row, ctx) {
    if (row.errors.has("area") || row.errors.has("persons")) return;
    const cfg = ctx.config.renovation;
    const persons = renovationHousehold(row, cfg);
    if (!isDRebuilt(row) || persons === undefined || persons > cfg.smallHouseholdMaxPersons) return;
    const min = cfg.smallHouseholdMinArea;
    const max = cfg.smallHouseholdMaxArea;
    const params = areaBandProblem(row, min, max);
    if (!params) return;
    ctx.report({ r: row.r, fields: ["area", "persons"], params: { persons, min, max, ...params } });
  },
});
