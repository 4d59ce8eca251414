import { MODE_NAMES, shown } from "../../parse/ledger";
import { defineRule } from "../types";
import { householdSize, type RelocationRow } from "./row";

/**
 * 建房补助 at least 25,000 元 per person for 集中安置 and 15,000 元 for 分散 and 货币化安置 (SX 三.1(3)), in 元
 * whatever unit the header states. Marks the subsidy cell(s) and 家庭人口.
 */
export default defineRule<RelocationRow>({
  id: "RL-SUBSIDY",
  severity: "error",
  clause: "SX 三.1(3)",
  kinds: ["relocation"],
  needs: ["subsidy", "persons", "mode"],
  row(row, ctx) {
    const persons = householdSize(row.persons, ctx.config.relocation.maxPersons);
    const subsidy = row.subsidy;
    if (persons === undefined || row.mode === undefined || !subsidy || subsidy.error) return;
    const mode = MODE_NAMES[row.mode];
    const rate = ctx.config.relocation.subsidyPerPerson[mode];
    const required = shown(rate * persons);
    const report = (params: Record<string, string | number>) =>
      ctx.report({
        r: row.r,
        cells: subsidy.cells,
        fields: ["persons"],
        params: { persons, mode, rate, required, ...params },
      });
    if (subsidy.text === "") report({ problem: "empty" });
    else if (subsidy.value === undefined) report({ problem: "unreadable", value: subsidy.text });
    else if (subsidy.value < required - 0.005) report({ subsidy: subsidy.value });
  },
});
