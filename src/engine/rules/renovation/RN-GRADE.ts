import { defineRule } from "../types";
import type { RenovationRow } from "./row";

/** 危房等级 is C or D (`C级危房`, `D级危房（整栋危险）` …): A and B houses are not 危房 (SX 三.2(2); TZ 6.2.2). */
export default defineRule<RenovationRow>({
  id: "RN-GRADE",
  severity: "error",
  clause: "SX 三.2(2); TZ 6.2.2",
  kinds: ["renovation"],
  needs: ["grade"],
  row(row, ctx) {
    if (row.gradeText === "" || row.errors.has("grade") || row.grade === "C" || row.grade === "D") return;
    ctx.report({ r: row.r, fields: ["grade"], params: { value: row.gradeText } });
  },
});
