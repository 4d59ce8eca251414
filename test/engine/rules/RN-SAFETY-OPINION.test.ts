import { renderMessage } from "../../../src/engine/messages";
import type { CellValue } from "../../../src/engine/model/types";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { renovationSheet } from "../ledgers/tables";

const RULE = "RN-SAFETY-OPINION";

describe(`${RULE}: a 安全性评定意见 is on file`, () => {
  test.each<[string, CellValue]>([
    ["是", "是"],
    ["√", "√"],
    ["安全", "安全"],
    ["已出具", "已出具"],
    ["符合安全要求", "符合安全要求"],
    ["the opinion's number", "鉴字〔2019〕7号"],
    ["a number", 20190712],
    ["1", 1],
  ])("%s: no finding", (_, safetyOpinion) => {
    expect(marksOf(RULE, renovationSheet([{ safetyOpinion }]))).toEqual([]);
  });

  test.each<[string, CellValue, string | undefined]>([
    ["empty", null, undefined],
    ["否", "否", "no"],
    ["无", "无", "no"],
    ["未出具", "未出具", "no"],
    ["/", "/", "no"],
    ["0", 0, "no"],
  ])("%s: error on 安全性评定意见", (_, safetyOpinion, problem) => {
    const found = findingsOf(RULE, renovationSheet([{}, { safetyOpinion }]));
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
      { row: 5, cells: ["L5"], severity: "error" },
    ]);
    expect(found[0]?.params.problem).toBe(problem);
  });

  test("messages", () => {
    const [empty] = findingsOf(RULE, renovationSheet([{ safetyOpinion: null }]));
    expect(renderMessage(empty!)).toBe(
      "李四：“安全性评定意见”未填写，改造后应有县级住建部门出具的房屋安全性评定意见。",
    );
    const [no] = findingsOf(RULE, renovationSheet([{ safetyOpinion: "否" }]));
    expect(renderMessage(no!)).toBe(
      "李四：“安全性评定意见”为“否”，改造后应有县级住建部门出具的房屋安全性评定意见。",
    );
  });
});
