import type { CellValue } from "../../../src/engine/model/types";
import { marks, run } from "./harness";

const RULE = "RV-META-DATE";

describe(RULE, () => {
  test.each<[string, string | number]>([
    ["ISO date", "2024-06-30"],
    ["slashes", "2024/6/30"],
    ["dots", "2024.6.30"],
    ["Chinese", "2024年6月30日"],
    ["compact", "20240630"],
    ["full-width", "２０２４年６月３０日"],
    ["today itself", "2024-07-15"],
  ])("one cell, %s: no finding", (_, fillDate) => {
    expect(marks(RULE, [{}], { meta: { fillDate } })).toEqual([]);
  });

  test.each<[string, CellValue]>([
    ["an Excel serial", 45473],
    ["a compact number", 20240630],
    ["a date as text", "2024-06-30"],
  ])("separate cells, %s: no finding", (_, value) => {
    const metaRow = ["乡镇（街道）", "戴窑镇", "村（社区）", "张庄村", "填报日期", value];
    expect(marks(RULE, [{}], { metaRow })).toEqual([]);
  });

  test("missing 填报日期 is RV-META-MISSING's, not this rule's", () => {
    expect(marks(RULE, [{}], { meta: { fillDate: "" } })).toEqual([]);
  });

  test.each<[string, string, string]>([
    ["30 February", "2024-02-30", "unreadable"],
    ["month 13", "2024-13-01", "unreadable"],
    ["words", "六月底", "unreadable"],
    ["a day after today", "2024-07-16", "future"],
    ["next year", "2025-06-30", "future"],
  ])("one cell, %s: error on the meta cell", (_, fillDate, problem) => {
    const found = run([{}], { meta: { fillDate }, rule: RULE });
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
      { row: 2, cells: ["A2"], severity: "error" },
    ]);
    expect(found[0]?.params.problem).toBe(problem);
  });

  test("separate cells: the value cell is marked", () => {
    const metaRow = ["乡镇（街道）", "戴窑镇", "村（社区）", "张庄村", null, "填报日期：", "2024-7-16"];
    const found = run([{}], { metaRow, rule: RULE });
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
      { row: 2, cells: ["G2"], severity: "error" },
    ]);
  });

  test("a future fill date counts from the given today", () => {
    expect(marks(RULE, [{}], { meta: { fillDate: "2024-07-16" }, today: { y: 2024, m: 7, d: 16 } })).toEqual(
      [],
    );
  });

  test("a serial fill date follows the workbook's date system", () => {
    const metaRow = ["乡镇（街道）", "戴窑镇", "村（社区）", "张庄村", "填报日期", 44011];
    expect(marks(RULE, [{}], { metaRow, date1904: true })).toEqual([]);
    // 44011 + 1462 is 2028-07-01 in the 1904 system: after today.
    expect(marks(RULE, [{}], { metaRow: [...metaRow.slice(0, 5), 44011 + 1462], date1904: true })).toEqual([
      { row: 2, cells: ["F2"], severity: "error" },
    ]);
  });
});
