import { marks, type Household } from "./harness";

const RULE = "RV-AB-ACTION";

describe(RULE, () => {
  test.each<[string, Household]>([
    ["A with nothing ticked", { grade: "A" }],
    ["B with both written 否", { grade: "B", actReinforce: "否", actRebuild: "无" }],
    ["C with 维修加固", { grade: "C", actReinforce: "√" }],
    ["D with 重建安置", { grade: "D", actRebuild: "√" }],
  ])("%s: no finding", (_, h) => {
    expect(marks(RULE, [h])).toEqual([]);
  });

  test.each<[string, Household, string[]]>([
    ["A with 维修加固", { grade: "A", actReinforce: "√" }, ["J6", "K6"]],
    ["B with 重建安置", { grade: "B", actRebuild: "√" }, ["J6", "L6"]],
    ["完好 with 维修加固", { grade: "完好", actReinforce: "1" }, ["J6", "K6"]],
    ["A with both", { grade: "A", actReinforce: "√", actRebuild: "√" }, ["J6", "K6", "L6"]],
  ])("%s: warning on the grade and the ticked cells", (_, h, cells) => {
    expect(marks(RULE, [{}, h])).toEqual([{ row: 6, cells, severity: "warning" }]);
  });
});
