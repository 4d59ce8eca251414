import { shown } from "../../parse/ledger";
import { defineRule } from "../types";
import { areaVerdict, type RelocationRow } from "./row";

/**
 * 2016 年度集中安置 over 25 ㎡ per person by at most 3 ㎡, with 共有产权整改 marked 是: allowed for now, to be
 * rectified by 共有产权 (SX 三.1(2)). Marks the area, the persons and the 共有产权整改 cell.
 */
export default defineRule<RelocationRow>({
  id: "RL-AREA-2016",
  severity: "warning",
  clause: "SX 三.1(2)",
  kinds: ["relocation"],
  needs: ["area", "persons"],
  row(row, ctx) {
    const cfg = ctx.config.relocation;
    const verdict = areaVerdict(row, cfg);
    if (verdict.kind !== "exception") return;
    ctx.report({
      r: row.r,
      fields: ["area", "persons", "coOwnership"],
      params: {
        persons: verdict.persons,
        area: shown(verdict.area),
        perCapita: shown(verdict.area / verdict.persons),
        max: cfg.maxAreaPerPerson,
        exceptionMax: cfg.exceptionMaxAreaPerPerson,
        year: cfg.exceptionYear,
      },
    });
  },
});
