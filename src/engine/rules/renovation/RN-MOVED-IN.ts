import { defineRule } from "../types";
import { columnName, fallsShort } from "../relocation/row";
import type { RenovationRow } from "./row";

/**
 * The renovated house passed 竣工验收 (是, or the acceptance's number or date) and the household has actually moved
 * in (入住情况 已入住) (SX 二.1(2); 三.2(1)). Marks the cells that fall short.
 */
export default defineRule<RenovationRow>({
  id: "RN-MOVED-IN",
  severity: "error",
  clause: "SX 二.1(2); 三.2(1)",
  kinds: ["renovation"],
  needs: [],
  row(row, ctx) {
    const acceptance = fallsShort(row, row.acceptance, "acceptance", ctx);
    const movedIn = fallsShort(row, row.movedIn, "movedIn", ctx);
    if (!acceptance && !movedIn) return;
    ctx.report({
      r: row.r,
      fields: [...(acceptance ? ["acceptance"] : []), ...(movedIn ? ["movedIn"] : [])],
      params: {
        problem: acceptance && movedIn ? "both" : acceptance ? "acceptance" : "movedIn",
        acceptanceColumn: columnName(ctx, "acceptance"),
        movedInColumn: columnName(ctx, "movedIn"),
      },
    });
  },
});
