import { renderMessage } from "../../../src/engine/messages";
import type { CellValue } from "../../../src/engine/model/types";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { RENOVATION_HEADER, renovationSheet, type RenovationInput } from "../ledgers/tables";

const RULE = "RN-REQUIRED";

describe(RULE, () => {
  test.each<[string, Partial<RenovationInput>]>([
    ["a complete household", {}],
    ["家庭人口 as text with 人", { persons: "3人" }],
    [
      "C 维修加固 without 建房面积 (not required)",
      { grade: "C", method: "维修加固", area: null, subsidy: 9_000 },
    ],
    ["20 persons", { persons: 20, area: 360 }],
  ])("%s: no finding", (_, row) => {
    expect(marksOf(RULE, renovationSheet([row]))).toEqual([]);
  });

  test.each<[string, Partial<RenovationInput>, string]>([
    ["户主姓名 empty", { head: null }, "E"],
    ["家庭人口 empty", { persons: null }, "G"],
    ["危房等级 empty", { grade: null }, "H"],
    ["改造方式 empty", { method: null }, "I"],
    ["改造方式 only spaces", { method: "  " }, "I"],
  ])("%s: error on that cell", (_, row, col) => {
    expect(marksOf(RULE, renovationSheet([{}, row]))).toEqual([
      { row: 5, cells: [`${col}5`], severity: "error" },
    ]);
  });

  test.each<[string, CellValue]>([
    ["in words", "三"],
    ["zero", 0],
    ["a fraction", 2.5],
    ["21 persons", 21],
  ])("家庭人口 %s: error on 家庭人口 (the area bands depend on it)", (_, persons) => {
    const [f] = findingsOf(RULE, renovationSheet([{ persons }]));
    expect(f).toMatchObject({
      row: 4,
      cells: ["G4"],
      params: { problem: "persons", value: String(persons) },
    });
    expect(renderMessage(f!)).toBe(`李四：“家庭人口”的“${String(persons)}”应为 1 至 20 的整数。`);
  });

  test("the message names the column as the sheet writes it", () => {
    const header = RENOVATION_HEADER.map((h) => (h === "危房等级" ? "危房等级（C/D）" : h));
    const [f] = findingsOf(RULE, renovationSheet([{ grade: null }], header));
    expect(renderMessage(f!)).toBe("李四：“危房等级（C/D）”未填写。");
  });

  test("several empty cells: one finding each", () => {
    expect(marksOf(RULE, renovationSheet([{ grade: null, method: null }])).map((m) => m.cells)).toEqual([
      ["H4"],
      ["I4"],
    ]);
  });
});
