import type { CellValue } from "../../../src/engine/model/types";
import { marks, run, type Household } from "./harness";

const RULE = "RV-GRADE";

/** A grade with the disposition its letter needs, so that only RV-GRADE can speak. */
function graded(grade: CellValue, letter: string): Household {
  if (letter === "C") return { grade, actReinforce: "√" };
  if (letter === "D") return { grade, actRebuild: "√" };
  return { grade };
}

describe(RULE, () => {
  test.each<[CellValue, string]>([
    ["A", "A"],
    ["B", "B"],
    ["C", "C"],
    ["D", "D"],
    ["A级", "A"],
    ["Ａ", "A"],
    ["Ｄ级", "D"],
    ["a", "A"],
    ["b级", "B"],
    [" C ", "C"],
    ["A（完好）", "A"],
    ["B(轻微)", "B"],
    ["完好", "A"],
    ["轻微", "B"],
    ["中度", "C"],
    ["严重", "D"],
    ["C级危房", "C"],
    ["D级危房（整栋危险）", "D"],
  ])("%s: no finding", (grade, letter) => {
    const found = run([graded(grade, letter)]);
    expect(found.filter((f) => f.ruleId === RULE)).toEqual([]);
    // The grade is read as its letter: a D without 重建安置 would be RV-D-NOT-REBUILD.
    expect(found.map((f) => f.ruleId)).toEqual([]);
  });

  test.each<[CellValue]>([["E"], ["AB"], ["危房"], ["良好"], ["1"], [3], ["A/B"], ["一级"], ["C级 D级"]])(
    "%s: error on 房屋安全状况",
    (grade) => {
      const found = run([{}, { grade }], { rule: RULE });
      expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
        { row: 6, cells: ["J6"], severity: "error" },
      ]);
      expect(found[0]?.params.value).toBe(String(grade));
    },
  );

  test("empty is RV-REQUIRED's, not this rule's", () => {
    expect(marks(RULE, [{ grade: null }])).toEqual([]);
  });
});
