import { defineRule } from "../types";
import type { RevisitRow } from "./row";

/** 未改造 ticked while a year of works is filled: one of them is wrong (TZ 注2). */
export default defineRule<RevisitRow>({
  id: "RV-HISTORY-CONFLICT",
  severity: "error",
  clause: "TZ 注2",
  kinds: ["revisit"],
  needs: ["notRenovated", "reinforcedYear", "rebuiltYear"],
  row(row, ctx) {
    if (!row.notRenovated) return;
    const years = (["reinforcedYear", "rebuiltYear"] as const).filter((k) => row[k].text !== "");
    if (years.length === 0) return;
    ctx.report({
      r: row.r,
      fields: ["notRenovated", ...years],
      params: { columns: years.map((k) => ctx.header(k)).join("、") },
    });
  },
});
