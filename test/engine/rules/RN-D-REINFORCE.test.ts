import { renderMessage } from "../../../src/engine/messages";
import type { CellValue } from "../../../src/engine/model/types";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { renovationSheet } from "../ledgers/tables";

const RULE = "RN-D-REINFORCE";

describe(`${RULE}: a D 级 house is rebuilt`, () => {
  test.each<[string, CellValue, CellValue]>([
    ["D 拆除重建", "D", "拆除重建"],
    ["D 翻建新建", "D级危房（整栋危险）", "翻建新建"],
    ["D 原址翻建", "D", "原址翻建"],
    ["D 异地新建", "D", "异地新建"],
    ["D 异地非集中新建", "D", "异地非集中新建"],
    ["D 异地相对集中新建", "D", "异地相对集中新建"],
    ["D 重建", "D", "重建"],
    ["C 维修加固", "C", "维修加固"],
    ["C 修缮加固", "C级危房", "修缮加固"],
    ["D without a method (RN-REQUIRED's)", "D", null],
  ])("%s: no finding", (_, grade, method) => {
    expect(marksOf(RULE, renovationSheet([{ grade, method }]))).toEqual([]);
  });

  test.each<[string, CellValue]>([
    ["维修加固", "维修加固"],
    ["修缮加固", "修缮加固"],
    ["加固改造", "加固改造"],
    ["维修改造", "维修改造"],
  ])("D %s: error on 危房等级 and 改造方式", (_, method) => {
    expect(
      marksOf(RULE, renovationSheet([{ grade: "D级危房（整栋危险）", method, area: null, subsidy: 9_000 }])),
    ).toEqual([{ row: 4, cells: ["H4", "I4"], severity: "error" }]);
  });

  test("the message names the method written", () => {
    const [f] = findingsOf(RULE, renovationSheet([{ method: "修缮加固", subsidy: 9_000 }]));
    expect(renderMessage(f!)).toBe("李四：D 级危房（整栋危险）应拆除重建，改造方式不能是“修缮加固”。");
  });

  test("a D house reinforced gets no area check (the area rules are for D rebuilt)", () => {
    const sheet = renovationSheet([{ method: "维修加固", area: 200, subsidy: 9_000 }]);
    expect(findingsOf("RN-AREA-SMALL-HH", sheet)).toEqual([]);
  });
});
