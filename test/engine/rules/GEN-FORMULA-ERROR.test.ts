import type { CellValue } from "../../../src/engine/model/types";
import { cell, marks, type Household, type HouseholdField } from "./harness";

const RULE = "GEN-FORMULA-ERROR";
const err = (code: string): CellValue => ({ error: code });

describe(RULE, () => {
  test("no error values: no finding", () => {
    expect(marks(RULE, [{}, {}])).toEqual([]);
  });

  test.each<[string, HouseholdField, CellValue]>([
    ["#N/A in 房屋安全状况", "grade", err("#N/A")],
    ["#VALUE! in 回访时间", "revisitDate", err("#VALUE!")],
    ["#REF! in 联系方式", "phone", err("#REF!")],
    ["#DIV/0! in 维修加固年份", "reinforcedYear", err("#DIV/0!")],
    ["#NAME? in 户主姓名", "head", err("#NAME?")],
    ["#NUM! in 序号", "seq", err("#NUM!")],
    ["#NULL! in 身份证号", "id", err("#NULL!")],
    ["#N/A pasted as text", "address", "#N/A"],
    ["#REF! pasted as text with spaces", "grade", " #REF! "],
  ])("%s: error on that cell only", (_, field, value) => {
    expect(marks(RULE, [{}, { [field]: value }])).toEqual([
      { row: 6, cells: [cell(field, 1)], severity: "error" },
    ]);
  });

  test("several error cells in one row: one finding per cell", () => {
    const h: Household = { phone: err("#N/A"), grade: err("#N/A"), actRebuild: err("#VALUE!") };
    expect(marks(RULE, [h])).toEqual([
      { row: 5, cells: ["C5"], severity: "error" },
      { row: 5, cells: ["J5"], severity: "error" },
      { row: 5, cells: ["L5"], severity: "error" },
    ]);
  });

  test("text that only mentions an error code is not an error value", () => {
    expect(marks(RULE, [{ address: "张庄村#N/A号" }, { head: "#" }])).toEqual([]);
  });
});
