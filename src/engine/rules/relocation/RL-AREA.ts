import { shown } from "../../parse/ledger";
import { defineRule } from "../types";
import { areaVerdict, type RelocationRow } from "./row";

/**
 * 安置房面积 ÷ 家庭人口 at most 25 ㎡, 25 itself allowed (SX 三.1(2)). A 2016 集中安置 household within 28 ㎡ is
 * RL-AREA-2016 when 共有产权整改 is marked 是, and an error here when it is not (the message says so).
 */
export default defineRule<RelocationRow>({
  id: "RL-AREA",
  severity: "error",
  clause: "SX 三.1(2)",
  kinds: ["relocation"],
  needs: ["area", "persons"],
  row(row, ctx) {
    if (row.errors.has("area") || row.errors.has("persons")) return;
    if (row.area.text !== "" && row.area.value === undefined) {
      ctx.report({ r: row.r, fields: ["area"], params: { value: row.area.text, problem: "unreadable" } });
      return;
    }
    const cfg = ctx.config.relocation;
    const verdict = areaVerdict(row, cfg);
    if (verdict.kind !== "over") return;
    ctx.report({
      r: row.r,
      fields: ["area", "persons"],
      params: {
        persons: verdict.persons,
        area: shown(verdict.area),
        perCapita: shown(verdict.area / verdict.persons),
        max: cfg.maxAreaPerPerson,
        ...(verdict.within2016
          ? { problem: "noMark", year: cfg.exceptionYear, exceptionMax: cfg.exceptionMaxAreaPerPerson }
          : {}),
      },
    });
  },
});
