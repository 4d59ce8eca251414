import { defineDiffRule, previousWhen } from "./types";

/** Matched by 户主姓名 + 村 while both 身份证号 are valid and differ: one of them is wrong (TZ 5.2). */
export default defineDiffRule({
  id: "DF-ID-CHANGED",
  severity: "warning",
  clause: "TZ 5.2",
  kinds: ["revisit"],
  needs: ["idNumber"],
  pair(p, ctx) {
    if (!p.idChanged) return;
    ctx.report({
      side: "current",
      at: p.current,
      fields: ["idNumber"],
      params: {
        from: p.previous.household.idNumber,
        to: p.current.household.idNumber,
        when: previousWhen(p.previous),
      },
    });
  },
});
