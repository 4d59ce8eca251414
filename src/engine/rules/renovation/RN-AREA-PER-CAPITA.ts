import { shown } from "../../parse/ledger";
import { defineRule } from "../types";
import { areaBandProblem, isDRebuilt, renovationHousehold, type RenovationRow } from "./row";

/**
 * A D 级 house rebuilt for more than 3 persons has 13–18 ㎡ per person, both limits allowed (SX 三.2(2): 人均建房
 * 面积不低于 13 平米、不高于 18 平米). Compared as persons × 13 ≤ area ≤ persons × 18.
 */
export default defineRule<RenovationRow>({
  id: "RN-AREA-PER-CAPITA",
  severity: "error",
  clause: "SX 三.2(2)",
  kinds: ["renovation"],
  needs: ["grade", "method", "area", "persons"],
  row(row, ctx) {
    if (row.errors.has("area") || row.errors.has("persons")) return;
    const cfg = ctx.config.renovation;
    const persons = renovationHousehold(row, cfg);
    if (!isDRebuilt(row) || persons === undefined || persons <= cfg.smallHouseholdMaxPersons) return;
    const min = cfg.minAreaPerPerson;
    const max = cfg.maxAreaPerPerson;
    const low = shown(min * persons);
    const high = shown(max * persons);
    const problem = areaBandProblem(row, min * persons, max * persons);
    if (!problem) return;
    const area = row.area.value;
    const params =
      problem.problem === undefined && area !== undefined
        ? { ...problem, perCapita: shown(area / persons) }
        : problem;
    ctx.report({
      r: row.r,
      fields: ["area", "persons"],
      params: { persons, min, max, low, high, ...params },
    });
  },
});
