import { cellText } from "../../parse/text";
import { defineRule } from "../types";
import { columnName, type RelocationRow } from "./row";

const ALWAYS = ["head", "persons", "mode", "year"] as const;

/**
 * 户主姓名, 家庭人口, 安置方式 and 搬迁年度 are filled for every household; 安置房面积 too, except for 货币化安置
 * (no house is built). A 搬迁年度 that is not a year is reported here as well (SX 三.1).
 */
export default defineRule<RelocationRow>({
  id: "RL-REQUIRED",
  severity: "error",
  clause: "SX 三.1",
  kinds: ["relocation"],
  needs: [],
  row(row, ctx) {
    for (const key of ALWAYS) {
      if (!ctx.has(key) || cellText(ctx.value(row.r, key)) !== "") continue;
      ctx.report({ r: row.r, fields: [key], params: { column: columnName(ctx, key) } });
    }
    if (ctx.has("year") && row.yearText !== "" && row.year === undefined) {
      ctx.report({
        r: row.r,
        fields: ["year"],
        params: { column: columnName(ctx, "year"), value: row.yearText, problem: "year" },
      });
    }
    if (ctx.has("area") && row.area.text === "" && row.mode !== "monetized") {
      ctx.report({
        r: row.r,
        fields: ["area"],
        params: { column: columnName(ctx, "area"), problem: "area" },
      });
    }
  },
});
