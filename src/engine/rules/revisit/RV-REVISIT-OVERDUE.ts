import { compareYMD, formatYMD, minusMonths } from "../../parse/date";
import { defineRule } from "../types";
import type { RevisitRow } from "./row";

/**
 * A/B households are revisited every half year (TZ 注3; TZ 12.2): a 回访时间 more than 6 calendar months before
 * 填报日期 is overdue (fill 2024-06-30: 2023-12-29 is overdue, 2023-12-30 is not).
 */
export default defineRule<RevisitRow>({
  id: "RV-REVISIT-OVERDUE",
  severity: "warning",
  clause: "TZ 注3; TZ 12.2",
  kinds: ["revisit"],
  needs: ["grade", "revisitDate"],
  row(row, ctx) {
    if ((row.grade !== "A" && row.grade !== "B") || !row.revisitDate || !ctx.fillDate) return;
    const due = minusMonths(ctx.fillDate, ctx.config.revisit.revisitMonths);
    if (compareYMD(row.revisitDate, due) >= 0) return;
    ctx.report({
      r: row.r,
      fields: ["revisitDate"],
      params: {
        value: formatYMD(row.revisitDate),
        due: formatYMD(due),
        months: ctx.config.revisit.revisitMonths,
      },
    });
  },
});
