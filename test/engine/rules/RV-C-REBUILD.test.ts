import { marks, type Household } from "./harness";

const RULE = "RV-C-REBUILD";

describe(RULE, () => {
  test.each<[string, Household]>([
    ["C with 维修加固", { grade: "C", actReinforce: "√" }],
    ["C with nothing (RV-C-NO-ACTION's)", { grade: "C" }],
    ["C with both (RV-ACTION-BOTH's)", { grade: "C", actReinforce: "√", actRebuild: "√" }],
    ["D with 重建安置", { grade: "D", actRebuild: "√" }],
    ["B with 重建安置 (RV-AB-ACTION's)", { grade: "B", actRebuild: "√" }],
  ])("%s: no finding", (_, h) => {
    expect(marks(RULE, [h])).toEqual([]);
  });

  test.each<[string, Household]>([
    ["C with 重建安置", { grade: "C", actRebuild: "√" }],
    ["中度 with 重建安置 written 是", { grade: "中度", actRebuild: "是" }],
  ])("%s: info on 重建安置 only", (_, h) => {
    expect(marks(RULE, [{}, h])).toEqual([{ row: 6, cells: ["L6"], severity: "info" }]);
  });
});
