import { defineDiffRule } from "./types";

/** A household in no table of the previous submission (TZ 12.2). */
export default defineDiffRule({
  id: "DF-NEW",
  severity: "info",
  clause: "TZ 12.2",
  kinds: ["revisit"],
  needs: ["head"],
  added(h, ctx, ambiguous) {
    ctx.report({
      side: "current",
      at: h,
      fields: ["head"],
      params: { village: h.household.village, ...(ambiguous ? { problem: "ambiguous" } : {}) },
    });
  },
});
