import type { CellValue } from "../../../src/engine/model/types";
import type { YMD } from "../../../src/engine/parse/date";
import { marks, run, type Household } from "./harness";

const RULE = "RV-REVISIT-OVERDUE";

/** A/B is revisited every half year: before fill date − 6 calendar months (day clamped to month end) is overdue. */
describe(RULE, () => {
  test.each<[string, string, CellValue, boolean]>([
    ["SPEC example: the day before the limit", "2024-06-30", "2023-12-29", true],
    ["SPEC example: the limit itself", "2024-06-30", "2023-12-30", false],
    ["SPEC example: the day after", "2024-06-30", "2023-12-31", false],
    ["a year before", "2024-06-30", "2023-06-30", true],
    ["limit as a serial (2023-12-29)", "2024-06-30", 45289, true],
    ["limit as a serial (2023-12-30)", "2024-06-30", 45290, false],
    ["mid-month fill date: day before", "2024-06-15", "2023-12-14", true],
    ["mid-month fill date: the limit", "2024-06-15", "2023-12-15", false],
    ["month-end clamp into a leap February: day before", "2024-08-31", "2024-02-28", true],
    ["month-end clamp into a leap February: the limit", "2024-08-31", "2024-02-29", false],
    ["month-end clamp into a common February: day before", "2023-08-31", "2023-02-27", true],
    ["month-end clamp into a common February: the limit", "2023-08-31", "2023-02-28", false],
    ["31st into a 30-day month: day before", "2024-03-31", "2023-09-29", true],
    ["31st into a 30-day month: the limit", "2024-03-31", "2023-09-30", false],
    ["across the new year: day before", "2024-01-15", "2023-07-14", true],
    ["across the new year: the limit", "2024-01-15", "2023-07-15", false],
  ])("%s (fill %s, revisit %s)", (_, fillDate, revisitDate, overdue) => {
    const today: YMD = { y: 2024, m: 12, d: 31 };
    const found = marks(RULE, [{}, { revisitDate }], { meta: { fillDate }, today });
    expect(found).toEqual(overdue ? [{ row: 6, cells: ["I6"], severity: "warning" }] : []);
  });

  test.each<[string, Household, boolean]>([
    ["A", { grade: "A" }, true],
    ["B", { grade: "B" }, true],
    ["轻微 (B)", { grade: "轻微" }, true],
    ["C (revisited on the works' schedule)", { grade: "C", actReinforce: "√" }, false],
    ["D", { grade: "D", actRebuild: "√" }, false],
    ["an unreadable grade", { grade: "E" }, false],
    ["an empty grade", { grade: null }, false],
  ])("grade %s with an overdue revisit", (_, h, overdue) => {
    expect(marks(RULE, [{ ...h, revisitDate: "2023-01-01" }])).toEqual(
      overdue ? [{ row: 5, cells: ["I5"], severity: "warning" }] : [],
    );
  });

  test("no readable fill date: nothing to count from", () => {
    expect(marks(RULE, [{ revisitDate: "2020-01-01" }], { meta: { fillDate: "" } })).toEqual([]);
  });

  test("an unreadable revisit date is RV-REVISIT-DATE's", () => {
    expect(marks(RULE, [{ revisitDate: "去年" }])).toEqual([]);
  });

  test("the due date and the months are the message's", () => {
    const found = run([{ revisitDate: "2023-12-29" }], { rule: RULE });
    expect(found[0]?.params).toMatchObject({ value: "2023-12-29", due: "2023-12-30", months: 6 });
  });

  test("the interval comes from configuration", () => {
    const config = { revisit: { revisitMonths: 12 } };
    expect(marks(RULE, [{ revisitDate: "2023-07-01" }], { config })).toEqual([]);
    expect(marks(RULE, [{ revisitDate: "2023-06-29" }], { config })).toEqual([
      { row: 5, cells: ["I5"], severity: "warning" },
    ]);
  });

  test("serials are read in the workbook's date system (1904: 44011 is 2024-06-30)", () => {
    expect(marks(RULE, [{ revisitDate: 44011 }], { date1904: true })).toEqual([]);
    // Read in the 1900 system the same serial is 2020-06-29, long overdue.
    expect(marks(RULE, [{ revisitDate: 44011 }])).toEqual([{ row: 5, cells: ["I5"], severity: "warning" }]);
  });
});
