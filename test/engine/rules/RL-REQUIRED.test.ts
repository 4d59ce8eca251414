import { renderMessage } from "../../../src/engine/messages";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { RELOCATION_HEADER, relocationSheet, type RelocationInput } from "../ledgers/tables";

const RULE = "RL-REQUIRED";
const err = (...cells: string[]) => ({ row: 4, cells, severity: "error" });

describe(RULE, () => {
  test.each<[string, Partial<RelocationInput>]>([
    ["a complete household", {}],
    ["货币化安置 without 安置房面积", { mode: "货币化安置", area: null }],
    ["货币化 without 安置房面积", { mode: "货币化", area: "" }],
    ["搬迁年度 written 2018年", { year: "2018年" }],
    ["搬迁年度 as a date", { year: "2018-10-01" }],
  ])("%s: no finding", (_, row) => {
    expect(marksOf(RULE, relocationSheet([row]))).toEqual([]);
  });

  test.each<[string, Partial<RelocationInput>, string]>([
    ["户主姓名 empty", { head: null }, "E"],
    ["家庭人口 empty", { persons: null }, "G"],
    ["安置方式 empty", { mode: null }, "H"],
    ["搬迁年度 empty", { year: null }, "I"],
    ["安置房面积 empty for 集中安置", { area: null }, "J"],
    ["安置房面积 “/” for 集中安置", { area: "/" }, "J"],
    ["安置房面积 empty for 分散安置", { mode: "分散安置", area: null, subsidy: 60000, keys: null }, "J"],
    ["only spaces count as empty", { persons: "   " }, "G"],
  ])("%s: error on that cell", (_, row, col) => {
    expect(marksOf(RULE, relocationSheet([{}, row]))).toEqual([
      { row: 5, cells: [`${col}5`], severity: "error" },
    ]);
  });

  test("安置方式 and 安置房面积 both empty: one finding per cell", () => {
    expect(marksOf(RULE, relocationSheet([{ mode: null, area: null }]))).toEqual([err("H4"), err("J4")]);
  });

  test("a 搬迁年度 that is not a year is reported on that cell", () => {
    const [f] = findingsOf(RULE, relocationSheet([{ year: "十三五" }]));
    expect(f).toMatchObject({ row: 4, cells: ["I4"], params: { problem: "year", value: "十三五" } });
    expect(renderMessage(f!)).toBe("李四：“搬迁年度”的“十三五”不是年份，应填写如 2018。");
  });

  test("the message names the household and the column as the sheet writes it", () => {
    const [f] = findingsOf(RULE, relocationSheet([{ area: null }]));
    expect(renderMessage(f!)).toBe(
      "李四：“安置房面积（㎡）”未填写（除货币化安置外，搬迁户均应填写安置房面积）。",
    );
  });

  test("an absent column is GEN-MISSING-COLUMN, not RL-REQUIRED on every row", () => {
    const header = RELOCATION_HEADER.map((h) => (h === "搬迁年度" ? "说明" : h));
    const sheet = relocationSheet([{ year: null }, { year: null }], header);
    expect(marksOf(RULE, sheet)).toEqual([]);
    expect(findingsOf("GEN-MISSING-COLUMN", sheet).map((f) => f.params.column)).toEqual(["搬迁年度"]);
  });
});
