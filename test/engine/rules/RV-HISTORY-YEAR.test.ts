import type { CellValue } from "../../../src/engine/model/types";
import { marks, run, type HouseholdField } from "./harness";

const RULE = "RV-HISTORY-YEAR";
const YEARS: ReadonlyArray<[HouseholdField, string]> = [
  ["reinforcedYear", "G"],
  ["rebuiltYear", "H"],
];

describe.each(YEARS)("%s", (field, col) => {
  test.each<[string, CellValue]>([
    ["1980 (the first year allowed)", 1980],
    ["the fill date's year", 2024],
    ["a year as text", "2019"],
    ["a year with 年", "2019年"],
    ["a year with 年度", "2019年度"],
    ["full-width", "２０１９年"],
    ["a date", "2019-05-01"],
    ["a Chinese date", "2019年5月1日"],
    ["an Excel serial (2019-05-01)", 43586],
    ["year and month with 年月", "2019年5月"],
    ["year and month with a dot, as text", "2019.5"],
    ["year and month with a dot, typed as a number", 2019.5],
    ["year and month with a dash", "2019-05"],
    ["无 (no works)", "无"],
    ["a slash (no works)", "/"],
    ["a dash (no works)", "—"],
    ["0 (no works)", 0],
  ])("%s: no finding", (_, value) => {
    expect(marks(RULE, [{ notRenovated: null, [field]: value }])).toEqual([]);
  });

  test.each<[string, CellValue, string]>([
    ["1979 (before 1980)", 1979, "tooEarly"],
    ["1900", "1900年", "tooEarly"],
    ["the fill year + 1", 2025, "future"],
    ["a date after the fill year", "2025-01-01", "future"],
    ["words", "不详", "unreadable"],
    ["two-digit year", "19年", "unreadable"],
    ["a tick", "√", "unreadable"],
    ["an impossible date", "2019-02-30", "unreadable"],
  ])("%s: error on that year", (_, value, problem) => {
    const found = run([{}, { notRenovated: null, [field]: value }], { rule: RULE });
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
      { row: 6, cells: [`${col}6`], severity: "error" },
    ]);
    expect(found[0]?.params.problem).toBe(problem);
  });
});

describe(RULE, () => {
  test("both years bad: one finding per year cell", () => {
    expect(marks(RULE, [{ notRenovated: null, reinforcedYear: 1975, rebuiltYear: 2030 }])).toEqual([
      { row: 5, cells: ["G5"], severity: "error" },
      { row: 5, cells: ["H5"], severity: "error" },
    ]);
  });

  test("the upper bound is the fill date's year, not today's", () => {
    const h = { notRenovated: null, rebuiltYear: 2024 };
    expect(marks(RULE, [h], { meta: { fillDate: "2023-12-31" } })).toEqual([
      { row: 5, cells: ["H5"], severity: "error" },
    ]);
    expect(marks(RULE, [{ ...h, rebuiltYear: 2023 }], { meta: { fillDate: "2023-12-31" } })).toEqual([]);
  });

  test("without a fill date the upper bound is today's year", () => {
    expect(marks(RULE, [{ notRenovated: null, rebuiltYear: 2024 }], { meta: { fillDate: "" } })).toEqual([]);
    expect(marks(RULE, [{ notRenovated: null, rebuiltYear: 2025 }], { meta: { fillDate: "" } })).toEqual([
      { row: 5, cells: ["H5"], severity: "error" },
    ]);
  });

  test("the lower bound comes from configuration", () => {
    const h = { notRenovated: null, reinforcedYear: 1985 };
    expect(marks(RULE, [h], { config: { revisit: { historyMinYear: 1990 } } })).toEqual([
      { row: 5, cells: ["G5"], severity: "error" },
    ]);
  });
});
