import { columnName } from "../relocation/row";
import { defineRule } from "../types";
import type { RenovationRow } from "./row";

/**
 * The county 住建 department issued a 房屋安全性评定意见 for the renovated house (SX 三.2(1)): the column holds 是,
 * the opinion or its number; empty, 否, 无 or 未出具 is missing.
 */
export default defineRule<RenovationRow>({
  id: "RN-SAFETY-OPINION",
  severity: "error",
  clause: "SX 三.2(1)",
  kinds: ["renovation"],
  needs: ["safetyOpinion"],
  row(row, ctx) {
    const answer = row.safetyOpinion.answer;
    if (answer === "yes" || answer === "unclear" || row.errors.has("safetyOpinion")) return;
    ctx.report({
      r: row.r,
      fields: ["safetyOpinion"],
      params: {
        column: columnName(ctx, "safetyOpinion"),
        ...(answer === "no" ? { problem: "no", value: row.safetyOpinion.text } : {}),
      },
    });
  },
});
