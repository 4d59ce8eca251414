import { marks, type Household } from "./harness";

const RULE = "RV-D-NOT-REBUILD";

describe(RULE, () => {
  test.each<[string, Household]>([
    ["D with 重建安置", { grade: "D", actRebuild: "√" }],
    ["严重 with 重建安置", { grade: "严重", actRebuild: "是" }],
    ["D with both ticked (RV-ACTION-BOTH's)", { grade: "D", actReinforce: "√", actRebuild: "√" }],
    ["C without a disposition (not D)", { grade: "C" }],
    ["an unreadable grade", { grade: "E" }],
  ])("%s: no finding", (_, h) => {
    expect(marks(RULE, [h])).toEqual([]);
  });

  test.each<[string, Household, string[]]>([
    ["D with nothing ticked", { grade: "D" }, ["J6", "L6"]],
    ["D级危房（整栋危险） with nothing ticked", { grade: "D级危房（整栋危险）" }, ["J6", "L6"]],
    ["严重 with 重建安置 written 否", { grade: "严重", actRebuild: "否" }, ["J6", "L6"]],
    ["D with 维修加固 instead", { grade: "D", actReinforce: "√" }, ["J6", "K6", "L6"]],
  ])("%s: error on the grade and the disposition cells", (_, h, cells) => {
    expect(marks(RULE, [{}, h])).toEqual([{ row: 6, cells, severity: "error" }]);
  });
});
