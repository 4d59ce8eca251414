import { defineRule } from "../types";
import type { RenovationRow } from "./row";

/** A D 级 (整栋危险) house is rebuilt, never only reinforced (TZ 7.1.1 a); SX 三.2(2)). */
export default defineRule<RenovationRow>({
  id: "RN-D-REINFORCE",
  severity: "error",
  clause: "TZ 7.1.1 a); SX 三.2(2)",
  kinds: ["renovation"],
  needs: ["grade", "method"],
  row(row, ctx) {
    if (row.grade !== "D" || row.method !== "reinforce") return;
    ctx.report({ r: row.r, fields: ["grade", "method"], params: { method: row.methodText } });
  },
});
