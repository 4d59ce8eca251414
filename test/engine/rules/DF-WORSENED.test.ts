import { renderMessage } from "../../../src/engine/messages";
import { cur, diffMarks, diffRun } from "./diff-harness";
import type { Household } from "./harness";

const RULE = "DF-WORSENED";

describe(`${RULE}: grade worse than last time (A < B < C < D)`, () => {
  test.each<[string, Household, Household]>([
    ["same", { grade: "B" }, { grade: "B级" }],
    ["better", { grade: "C", actReinforce: "√" }, { grade: "B", notRenovated: null, reinforcedYear: 2024 }],
    ["unrated last time", { grade: "" }, { grade: "C", actReinforce: "√" }],
    ["unrated now", { grade: "A" }, { grade: "待定" }],
  ])("%s: no finding", (_, before, now) => {
    expect(diffMarks(RULE, [before], [now])).toEqual([]);
  });

  test.each<[string, string, string]>([
    ["A", "B", "户主1：房屋安全状况上次（2023-12-31）为 A 级，本次为 B 级。"],
    ["B", "D", "户主1：房屋安全状况上次（2023-12-31）为 B 级，本次为 D 级。"],
    ["严重", "D", ""],
  ])("%s → %s", (from, to, message) => {
    const found = diffRun(RULE, [{ grade: from }], [{ grade: to, actRebuild: to === "D" ? "√" : null }]);
    if (message === "") {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((f) => cur(f.row, f.cells, f.severity))).toEqual([cur(5, ["J5"], "info")]);
    expect(found.map((f) => renderMessage(f))).toEqual([message]);
  });
});
