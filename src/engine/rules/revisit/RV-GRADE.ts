import { defineRule } from "../types";
import type { RevisitRow } from "./row";

/** 房屋安全状况 is one of A（完好）, B（轻微）, C（中度）, D（严重） (TZ 注3). Empty is RV-REQUIRED's. */
export default defineRule<RevisitRow>({
  id: "RV-GRADE",
  severity: "error",
  clause: "TZ 注3",
  kinds: ["revisit"],
  needs: ["grade"],
  row(row, ctx) {
    if (row.gradeText === "" || row.grade) return;
    ctx.report({ r: row.r, fields: ["grade"], params: { value: row.gradeText } });
  },
});
