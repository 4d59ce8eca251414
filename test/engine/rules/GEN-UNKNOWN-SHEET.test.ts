import type { SheetData } from "../../../src/engine/model/types";
import { checkSheets, revisitSheet, sheetFrom, toMarks, type HouseholdField } from "./harness";

const RULE = "GEN-UNKNOWN-SHEET";

function unknown(sheets: readonly SheetData[]) {
  return checkSheets(sheets).findings.filter((f) => f.ruleId === RULE);
}

/** Blank the header of these required columns. */
function without(fields: readonly HouseholdField[]): SheetData {
  return revisitSheet([{}, {}], { headers: Object.fromEntries(fields.map((f) => [f, ""])) });
}

const REQUIRED: readonly HouseholdField[] = [
  "head",
  "phone",
  "address",
  "notRenovated",
  "reinforcedYear",
  "rebuiltYear",
  "revisitDate",
  "grade",
  "actReinforce",
  "actRebuild",
];

describe(RULE, () => {
  test("a revisit table is recognised: no finding", () => {
    expect(unknown([revisitSheet([{}])])).toEqual([]);
  });

  test.each<[string, SheetData]>([
    [
      "填表说明 sheet with instructions only",
      sheetFrom("填表说明", [
        ["填表说明"],
        ["1. 本表以行政村为单位填写。"],
        ["2. 房屋安全状况填写 A、B、C、D。"],
        ["3. 回访时间填写到日。"],
      ]),
    ],
    ["empty sheet", sheetFrom("Sheet3", [])],
    [
      "a list of numbers",
      sheetFrom("数据", [
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ],
    ["a 4-of-10 revisit header (below half)", without(REQUIRED.slice(0, 6))],
  ])("%s: one info finding, no cells", (_, sheet) => {
    const found = unknown([sheet]);
    expect(toMarks(found)).toEqual([{ row: 1, cells: [], severity: "info" }]);
    expect(found[0]?.sheet).toBe(sheet.name);
    expect(found[0]?.clause).toBe("—");
  });

  test("exactly half of the required columns is still a revisit table", () => {
    const result = checkSheets([without(REQUIRED.slice(0, 5))]);
    expect(result.findings.filter((f) => f.ruleId === RULE)).toEqual([]);
    expect(result.tables.map((t) => t.info.kind)).toEqual(["revisit"]);
  });

  test("reported once per unrecognised sheet, beside recognised ones", () => {
    const found = unknown([
      sheetFrom("填表说明", [["填表说明"], ["本表由村委会填写"]]),
      revisitSheet([{}], { name: "张庄村" }),
      sheetFrom("Sheet3", [[null]]),
    ]);
    expect(found.map((f) => f.sheet)).toEqual(["填表说明", "Sheet3"]);
  });

  test("Anju's own result sheet is never reported", () => {
    expect(unknown([sheetFrom("校验结果", [["规则", "单元格"]]), revisitSheet([{}])])).toEqual([]);
  });
});
