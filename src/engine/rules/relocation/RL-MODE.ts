import { defineRule } from "../types";
import type { RelocationRow } from "./row";

/** 安置方式 is 集中安置, 分散安置 or 货币化安置 (SX 二.1(1)); the subsidy rate and the hand-over rule follow it. */
export default defineRule<RelocationRow>({
  id: "RL-MODE",
  severity: "error",
  clause: "SX 二.1(1)",
  kinds: ["relocation"],
  needs: ["mode"],
  row(row, ctx) {
    if (row.modeText === "" || row.errors.has("mode") || row.mode !== undefined) return;
    ctx.report({ r: row.r, fields: ["mode"], params: { value: row.modeText } });
  },
});
