import { defineDiffRule, previousWhen } from "./types";

/** A household of the previous submission that is in no table of the current one (TZ 12.2 每户每半年回访). */
export default defineDiffRule({
  id: "DF-GONE",
  severity: "warning",
  clause: "TZ 12.2; TZ 10.1.1",
  kinds: ["revisit"],
  needs: ["head"],
  gone(h, ctx, ambiguous) {
    ctx.report({
      side: "previous",
      at: h,
      fields: ["head"],
      params: {
        village: h.household.village,
        when: previousWhen(h),
        ...(ambiguous ? { problem: "ambiguous" } : {}),
      },
    });
  },
});
