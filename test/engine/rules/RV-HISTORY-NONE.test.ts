import type { CellValue } from "../../../src/engine/model/types";
import { marks, type Household } from "./harness";

const RULE = "RV-HISTORY-NONE";
const NONE: Household = { notRenovated: null, reinforcedYear: null, rebuiltYear: null };

describe(RULE, () => {
  test.each<[string, Household]>([
    ["未改造 ticked", { notRenovated: "√" }],
    ["维修加固年份 filled", { ...NONE, reinforcedYear: 2019 }],
    ["重建安置年份 filled", { ...NONE, rebuiltYear: "2015年" }],
    ["an unreadable year is still an answer (RV-HISTORY-YEAR's)", { ...NONE, reinforcedYear: "不详" }],
  ])("%s: no finding", (_, h) => {
    expect(marks(RULE, [h])).toEqual([]);
  });

  test.each<[string, CellValue]>(
    ["√", "✓", "✔", "☑", "是", "有", "Y", "y", "1", "●", 1, true].map((t) => [`tick ${String(t)}`, t]),
  )("%s in 未改造: no finding", (_, tick) => {
    expect(marks(RULE, [{ ...NONE, notRenovated: tick }])).toEqual([]);
  });

  test("years written 无 or / are no years", () => {
    expect(marks(RULE, [{ ...NONE, reinforcedYear: "无", rebuiltYear: "/" }])).toEqual([
      { row: 5, cells: ["F5", "G5", "H5"], severity: "error" },
    ]);
  });

  test.each<[string, CellValue]>(
    [null, "", "否", "无", "×", "N", "n", "0", 0, false, "□"].map((t) => [`未改造 ${JSON.stringify(t)}`, t]),
  )("%s and no year: error on the three history cells", (_, tick) => {
    expect(marks(RULE, [{}, { ...NONE, notRenovated: tick }])).toEqual([
      { row: 6, cells: ["F6", "G6", "H6"], severity: "error" },
    ]);
  });
});
