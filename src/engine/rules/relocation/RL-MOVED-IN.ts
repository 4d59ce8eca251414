import { MODE_NAMES } from "../../parse/ledger";
import { defineRule } from "../types";
import { columnName, fallsShort, type RelocationRow } from "./row";

/**
 * 分散安置 and 货币化安置: the house passed a quality acceptance (竣工验收 是 or a report number) and the household
 * has verifiably moved in (入住情况 已入住) (SX 二.1(1); 三.1(1)). Marks the cells that fall short.
 */
export default defineRule<RelocationRow>({
  id: "RL-MOVED-IN",
  severity: "error",
  clause: "SX 二.1(1); 三.1(1)",
  kinds: ["relocation"],
  needs: ["mode"],
  row(row, ctx) {
    if (row.mode !== "dispersed" && row.mode !== "monetized") return;
    const acceptance = fallsShort(row, row.acceptance, "acceptance", ctx);
    const movedIn = fallsShort(row, row.movedIn, "movedIn", ctx);
    if (!acceptance && !movedIn) return;
    ctx.report({
      r: row.r,
      fields: [...(acceptance ? ["acceptance"] : []), ...(movedIn ? ["movedIn"] : [])],
      params: {
        problem: acceptance && movedIn ? "both" : acceptance ? "acceptance" : "movedIn",
        mode: MODE_NAMES[row.mode],
        acceptanceColumn: columnName(ctx, "acceptance"),
        movedInColumn: columnName(ctx, "movedIn"),
      },
    });
  },
});
