import { marks, type Household } from "./harness";

const RULE = "RV-ACTION-BOTH";

describe(RULE, () => {
  test.each<[string, Household]>([
    ["none ticked", {}],
    ["only 维修加固", { grade: "C", actReinforce: "√" }],
    ["only 重建安置", { grade: "D", actRebuild: "√" }],
    ["one ticked, the other 否", { grade: "D", actReinforce: "否", actRebuild: "√" }],
  ])("%s: no finding", (_, h) => {
    expect(marks(RULE, [h])).toEqual([]);
  });

  test.each<[string, Household]>([
    ["grade C", { grade: "C", actReinforce: "√", actRebuild: "√" }],
    ["grade D", { grade: "D", actReinforce: "√", actRebuild: "✓" }],
    ["grade A", { grade: "A", actReinforce: "是", actRebuild: "是" }],
    ["no grade", { grade: null, actReinforce: 1, actRebuild: 1 }],
  ])("both ticked, %s: error on both disposition cells", (_, h) => {
    expect(marks(RULE, [{}, h])).toEqual([{ row: 6, cells: ["K6", "L6"], severity: "error" }]);
  });
});
