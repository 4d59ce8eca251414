import { defineRule } from "../types";
import { householdSize, type RelocationRow } from "./row";

/** 家庭人口 is a whole number of persons, 1 to 20 (configurable): every per-capita check divides by it. */
export default defineRule<RelocationRow>({
  id: "RL-PERSONS",
  severity: "error",
  clause: "SX 三.1(2)",
  kinds: ["relocation"],
  needs: ["persons"],
  row(row, ctx) {
    const max = ctx.config.relocation.maxPersons;
    if (row.persons.text === "" || row.errors.has("persons") || householdSize(row.persons, max) !== undefined)
      return;
    ctx.report({ r: row.r, fields: ["persons"], params: { value: row.persons.text, max } });
  },
});
