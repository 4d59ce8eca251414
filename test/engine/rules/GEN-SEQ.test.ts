import type { CellValue } from "../../../src/engine/model/types";
import { marks, revisitSheet, checkSheets, run } from "./harness";

const RULE = "GEN-SEQ";
const seqs = (...values: CellValue[]) => values.map((seq) => ({ seq }));

describe(RULE, () => {
  test.each<[string, CellValue[]]>([
    ["1..n", [1, 2, 3, 4, 5]],
    ["numbers stored as text", ["1", "2", "3"]],
    ["full-width digits and spaces", ["１", " 2 ", "３"]],
    ["whole numbers with .0", [1.0, 2, "3.0"]],
    ["no 序号 filled at all", [null, null, null]],
  ])("%s: no finding", (_, values) => {
    expect(marks(RULE, seqs(...values))).toEqual([]);
  });

  // Only the rows where the run breaks are marked, so one mistake gives one mark.
  test.each<[string, CellValue[], number[], Array<string | number>]>([
    ["a typo (1 2 5 4)", [1, 2, 5, 4], [7], [3]],
    ["a deleted row (1 2 4 5)", [1, 2, 4, 5], [7], [3]],
    ["a repeated number (1 2 2 3)", [1, 2, 2, 3], [7], [3]],
    ["starting at 2", [2, 3, 4], [5], [1]],
    ["starting at 0", [0, 1, 2], [5], [1]],
    ["an empty 序号 in the middle", [1, null, 3], [6], [2]],
    ["text instead of a number", [1, "二", 3], [6], [2]],
    ["a fraction", [1, 2.5, 3], [6], [2]],
    ["two separate mistakes", [1, 9, 3, 4, 4, 6], [6, 9], [2, 5]],
  ])("%s: warning on 序号 of the rows that break the run", (_, values, rows, expected) => {
    const found = run(seqs(...values), { rule: RULE });
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual(
      rows.map((row) => ({ row, cells: [`A${row}`], severity: "warning" })),
    );
    expect(found.map((f) => f.params.expected)).toEqual(expected);
  });

  test("blank rows inside the data do not count as positions", () => {
    const sheet = revisitSheet(seqs(1, 2, 3));
    const rows = [...sheet.rows];
    rows.splice(6, 0, [], [null, null]);
    const found = checkSheets([{ ...sheet, rows }]).findings.filter((f) => f.ruleId === RULE);
    expect(found).toEqual([]);
  });

  test("pre-numbered template rows after the households are not data", () => {
    const after = [[4], [5], [6]];
    expect(marks(RULE, seqs(1, 2, 3), { after })).toEqual([]);
    expect(run([{}, {}], { after }).map((f) => f.ruleId)).toEqual([]);
  });
});
