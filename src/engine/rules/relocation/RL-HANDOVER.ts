import { defineRule } from "../types";
import { columnName, fallsShort, type RelocationRow } from "./row";

/**
 * 集中安置: the house passed 竣工验收 (是, or the acceptance report's number) and the keys were handed over (是,
 * or the date) (SX 二.1(1); 三.1(1)). Moving in is not required for 集中安置. Marks the cells that fall short.
 */
export default defineRule<RelocationRow>({
  id: "RL-HANDOVER",
  severity: "error",
  clause: "SX 二.1(1); 三.1(1)",
  kinds: ["relocation"],
  needs: ["mode"],
  row(row, ctx) {
    if (row.mode !== "concentrated") return;
    const acceptance = fallsShort(row, row.acceptance, "acceptance", ctx);
    const keys = fallsShort(row, row.keys, "keys", ctx);
    if (!acceptance && !keys) return;
    ctx.report({
      r: row.r,
      fields: [...(acceptance ? ["acceptance"] : []), ...(keys ? ["keys"] : [])],
      params: {
        problem: acceptance && keys ? "both" : acceptance ? "acceptance" : "keys",
        acceptanceColumn: columnName(ctx, "acceptance"),
        keysColumn: columnName(ctx, "keys"),
      },
    });
  },
});
