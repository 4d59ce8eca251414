import { compareYMD, formatYMD } from "../../parse/date";
import { defineRule } from "../types";
import type { RevisitRow } from "./row";

/** 回访时间 must be a date on or before 填报日期 (TZ 12.2). Empty is RV-REQUIRED's. */
export default defineRule<RevisitRow>({
  id: "RV-REVISIT-DATE",
  severity: "error",
  clause: "TZ 12.2",
  kinds: ["revisit"],
  needs: ["revisitDate"],
  row(row, ctx) {
    if (row.revisitText === "") return;
    if (!row.revisitDate) {
      ctx.report({
        r: row.r,
        fields: ["revisitDate"],
        params: { value: row.revisitText, problem: "unreadable" },
      });
    } else if (ctx.fillDate && compareYMD(row.revisitDate, ctx.fillDate) > 0) {
      ctx.report({
        r: row.r,
        fields: ["revisitDate"],
        params: {
          value: formatYMD(row.revisitDate),
          fillDate: formatYMD(ctx.fillDate),
          problem: "afterFill",
        },
      });
    }
  },
});
