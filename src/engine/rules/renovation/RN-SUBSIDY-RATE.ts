import { METHOD_NAMES } from "../../parse/ledger";
import { defineRule } from "../types";
import { ratesForRow, type RenovationRow } from "./row";

/**
 * 补助金额 equals the configured rate for the 改造方式 (default TZ 8.2: 20,000 元 rebuilt, 9,000 元 reinforced per
 * household; 兴化市 22,000 / 8,000; a county sets its own). A warning: counties grade their rates further. An empty
 * 补助金额 is not checked (the column is optional).
 */
export default defineRule<RenovationRow>({
  id: "RN-SUBSIDY-RATE",
  severity: "warning",
  clause: "TZ 8.2",
  kinds: ["renovation"],
  needs: ["subsidy", "method"],
  row(row, ctx) {
    const subsidy = row.subsidy;
    if (!subsidy || subsidy.text === "" || subsidy.error || !row.method) return;
    const rate = ratesForRow(row, ctx.config)[row.method];
    const method = METHOD_NAMES[row.method];
    if (subsidy.value === undefined) {
      ctx.report({
        r: row.r,
        cells: subsidy.cells,
        params: { problem: "unreadable", value: subsidy.text, method, rate },
      });
    } else if (Math.abs(subsidy.value - rate) >= 0.005) {
      ctx.report({ r: row.r, cells: subsidy.cells, params: { subsidy: subsidy.value, method, rate } });
    }
  },
});
