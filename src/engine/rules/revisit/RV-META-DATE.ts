import { compareYMD, formatYMD } from "../../parse/date";
import { cellText } from "../../parse/text";
import { defineRule } from "../types";

/** 填报日期 must be a real date, not in the future. */
export default defineRule({
  id: "RV-META-DATE",
  severity: "error",
  clause: "TZ 表A.1",
  kinds: ["revisit"],
  needs: [],
  start(ctx) {
    const entry = ctx.table.meta.fillDate;
    if (!entry || cellText(entry.value) === "") return;
    const cells = [entry.valueCell];
    if (!ctx.fillDate) {
      ctx.report({ r: entry.row, cells, params: { value: cellText(entry.value), problem: "unreadable" } });
    } else if (compareYMD(ctx.fillDate, ctx.today) > 0) {
      ctx.report({
        r: entry.row,
        cells,
        params: { value: formatYMD(ctx.fillDate), today: formatYMD(ctx.today), problem: "future" },
      });
    }
  },
});
