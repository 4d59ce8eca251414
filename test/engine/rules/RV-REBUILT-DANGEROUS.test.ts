import type { CellValue } from "../../../src/engine/model/types";
import { marks, type Household } from "./harness";

const RULE = "RV-REBUILT-DANGEROUS";
const REBUILT: Household = { notRenovated: null };
const C: Household = { grade: "C", actReinforce: "√" };
const D: Household = { grade: "D", actRebuild: "√" };

describe(RULE, () => {
  test.each<[string, CellValue, Household, boolean]>([
    ["fill year − 5, grade C", 2019, C, true],
    ["fill year − 5 written 2019年, grade D", "2019年", D, true],
    ["fill year − 6, grade C", 2018, C, false],
    ["the fill year, grade D", 2024, D, true],
    ["fill year − 5, grade B", 2019, { grade: "B" }, false],
    ["fill year − 5, grade A", 2019, { grade: "A" }, false],
    ["fill year − 5, grade 中度", 2019, { grade: "中度", actReinforce: "√" }, true],
    ["fill year − 5, unreadable grade", 2019, { grade: "E" }, false],
  ])("重建安置 %s", (_, rebuiltYear, grade, warned) => {
    expect(marks(RULE, [{}, { ...REBUILT, rebuiltYear, ...grade }])).toEqual(
      warned ? [{ row: 6, cells: ["H6", "J6"], severity: "warning" }] : [],
    );
  });

  test("a recent 维修加固 is not a rebuild", () => {
    expect(marks(RULE, [{ ...REBUILT, reinforcedYear: 2022, ...D }])).toEqual([]);
  });

  test("counted from the fill date's year, not today's", () => {
    const h = { ...REBUILT, rebuiltYear: 2018, ...C };
    expect(marks(RULE, [h], { meta: { fillDate: "2023-12-31" } })).toEqual([
      { row: 5, cells: ["H5", "J5"], severity: "warning" },
    ]);
  });

  test("the number of years comes from configuration", () => {
    const h = { ...REBUILT, rebuiltYear: 2016, ...C };
    expect(marks(RULE, [h], { config: { revisit: { rebuiltRecentYears: 8 } } })).toEqual([
      { row: 5, cells: ["H5", "J5"], severity: "warning" },
    ]);
  });
});
