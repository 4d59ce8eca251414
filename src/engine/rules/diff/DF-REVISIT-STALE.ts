import { compareYMD, formatYMD } from "../../parse/date";
import { defineDiffRule } from "./types";

/** 回访时间 not later than last time's: the household was not revisited this half year (TZ 12.2). */
export default defineDiffRule({
  id: "DF-REVISIT-STALE",
  severity: "warning",
  clause: "TZ 12.2",
  kinds: ["revisit"],
  needs: ["revisitDate"],
  pair(p, ctx) {
    const before = p.previous.household.revisitDate;
    const now = p.current.household.revisitDate;
    if (!before || !now || compareYMD(now, before) > 0) return;
    ctx.report({
      side: "current",
      at: p.current,
      fields: ["revisitDate"],
      params: {
        from: formatYMD(before),
        to: formatYMD(now),
        problem: compareYMD(now, before) === 0 ? "same" : "earlier",
      },
    });
  },
});
