import { exceeds } from "../../parse/ledger";
import { defineRule } from "../types";
import { householdSize, type RelocationRow } from "./row";

/**
 * 自筹资金 at most 2,500 元 per person and at most 10,000 元 per household, the limits allowed (SX 三.1(3)). The
 * lower of the two limits applies; 家庭人口 is marked with the amount when the per-person limit is the one broken.
 * An empty cell is no self-funding.
 */
export default defineRule<RelocationRow>({
  id: "RL-SELF-FUND",
  severity: "error",
  clause: "SX 三.1(3)",
  kinds: ["relocation"],
  needs: ["selfFund"],
  row(row, ctx) {
    const fund = row.selfFund;
    if (!fund || fund.text === "" || fund.error) return;
    if (fund.value === undefined) {
      ctx.report({ r: row.r, cells: fund.cells, params: { value: fund.text, problem: "unreadable" } });
      return;
    }
    const cfg = ctx.config.relocation;
    const persons = householdSize(row.persons, cfg.maxPersons);
    const perPersonLimit = persons === undefined ? undefined : cfg.selfFundPerPerson * persons;
    if (perPersonLimit !== undefined && perPersonLimit <= cfg.selfFundPerHousehold) {
      if (!exceeds(fund.value, perPersonLimit)) return;
      ctx.report({
        r: row.r,
        cells: fund.cells,
        fields: ["persons"],
        params: {
          selfFund: fund.value,
          persons: persons ?? 0,
          perPerson: cfg.selfFundPerPerson,
          limit: perPersonLimit,
        },
      });
      return;
    }
    if (!exceeds(fund.value, cfg.selfFundPerHousehold)) return;
    ctx.report({
      r: row.r,
      cells: fund.cells,
      params: { selfFund: fund.value, limit: cfg.selfFundPerHousehold, problem: "household" },
    });
  },
});
