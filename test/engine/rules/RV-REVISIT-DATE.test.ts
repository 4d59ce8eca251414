import type { CellValue } from "../../../src/engine/model/types";
import { marks, run } from "./harness";

const RULE = "RV-REVISIT-DATE";

describe(RULE, () => {
  test.each<[string, CellValue]>([
    ["ISO", "2024-05-20"],
    ["slashes", "2024/5/20"],
    ["dots", "2024.5.20"],
    ["Chinese", "2024年5月20日"],
    ["compact text", "20240520"],
    ["compact number", 20240520],
    ["Excel serial", 45432],
    ["full-width", "２０２４－０５－２０"],
    ["the fill date itself", "2024-06-30"],
    ["with a time", "2024-06-30 15:30"],
  ])("%s: no finding", (_, revisitDate) => {
    expect(marks(RULE, [{ revisitDate }])).toEqual([]);
  });

  test("empty is RV-REQUIRED's, not this rule's", () => {
    expect(marks(RULE, [{ revisitDate: null }])).toEqual([]);
  });

  test.each<[string, CellValue, string]>([
    ["30 February", "2024-02-30", "unreadable"],
    ["compact 30 February", "20240230", "unreadable"],
    ["words", "上半年", "unreadable"],
    ["month only", "2024年5月", "unreadable"],
    ["a day after the fill date", "2024-07-01", "afterFill"],
    ["a serial after the fill date", 45474, "afterFill"],
  ])("%s: error on 回访时间", (_, revisitDate, problem) => {
    const found = run([{}, { revisitDate }], { rule: RULE });
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
      { row: 6, cells: ["I6"], severity: "error" },
    ]);
    expect(found[0]?.params.problem).toBe(problem);
  });

  test("without a readable fill date only unreadable dates are errors", () => {
    const options = { meta: { fillDate: "" } };
    expect(marks(RULE, [{ revisitDate: "2024-07-10" }], options)).toEqual([]);
    expect(marks(RULE, [{ revisitDate: "x" }], options)).toEqual([
      { row: 5, cells: ["I5"], severity: "error" },
    ]);
  });
});
