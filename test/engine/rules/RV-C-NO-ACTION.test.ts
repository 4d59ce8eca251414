import { marks, type Household } from "./harness";

const RULE = "RV-C-NO-ACTION";

describe(RULE, () => {
  test.each<[string, Household]>([
    ["C with 维修加固", { grade: "C", actReinforce: "√" }],
    ["C with 重建安置", { grade: "C", actRebuild: "√" }],
    ["中度 with 维修加固", { grade: "中度", actReinforce: "✔" }],
    ["C with both (RV-ACTION-BOTH's)", { grade: "C", actReinforce: "√", actRebuild: "√" }],
    ["D without a disposition (not C)", { grade: "D" }],
    ["A without a disposition", { grade: "A" }],
  ])("%s: no finding", (_, h) => {
    expect(marks(RULE, [h])).toEqual([]);
  });

  test.each<[string, Household]>([
    ["C with nothing ticked", { grade: "C" }],
    ["C级危房 with both written 否", { grade: "C级危房", actReinforce: "否", actRebuild: "×" }],
    ["中度 with nothing ticked", { grade: "中度" }],
  ])("%s: error on the grade and both disposition cells", (_, h) => {
    expect(marks(RULE, [{}, h])).toEqual([{ row: 6, cells: ["J6", "K6", "L6"], severity: "error" }]);
  });
});
