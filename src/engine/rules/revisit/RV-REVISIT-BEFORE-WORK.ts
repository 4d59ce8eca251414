import { defineRule } from "../types";
import type { RevisitRow } from "./row";

/** A revisit in a year before the recorded works graded the old house, not the current one (TZ 12.2). */
export default defineRule<RevisitRow>({
  id: "RV-REVISIT-BEFORE-WORK",
  severity: "warning",
  clause: "TZ 12.2",
  kinds: ["revisit"],
  needs: ["revisitDate", "reinforcedYear", "rebuiltYear"],
  row(row, ctx) {
    if (!row.revisitDate) return;
    const revisitYear = row.revisitDate.y;
    const later = (["reinforcedYear", "rebuiltYear"] as const).filter((k) => {
      const y = row[k].year;
      return y !== undefined && revisitYear < y;
    });
    if (later.length === 0) return;
    const workYear = Math.max(...later.map((k) => row[k].year ?? 0));
    ctx.report({ r: row.r, fields: ["revisitDate", ...later], params: { revisitYear, workYear } });
  },
});
