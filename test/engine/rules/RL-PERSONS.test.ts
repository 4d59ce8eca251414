import { findingsOf, marksOf } from "../ledgers/sheet";
import { relocationSheet } from "../ledgers/tables";
import type { CellValue } from "../../../src/engine/model/types";

const RULE = "RL-PERSONS";

/** Rows keep 25 ㎡ per person and enough subsidy, so only 家庭人口 is under test. */
const household = (persons: CellValue) => {
  const n = typeof persons === "number" ? persons : 4;
  return { persons, area: 25 * n, subsidy: 25_000 * n, selfFund: 0 };
};

describe(RULE, () => {
  test.each<[string, CellValue]>([
    ["1 person (lower limit)", 1],
    ["20 persons (upper limit)", 20],
    ["number stored as text", "4"],
    ["with 人", "4人"],
    ["with 口", "4口"],
    ["with 口人", "4口人"],
    ["full-width digits", "４"],
    ["spaces around", " 4 "],
    ["empty (RL-REQUIRED's case)", null],
  ])("%s: no finding", (_, persons) => {
    expect(marksOf(RULE, relocationSheet([household(persons)]))).toEqual([]);
  });

  test.each<[string, CellValue]>([
    ["zero", 0],
    ["21 persons", 21],
    ["a fraction", 4.5],
    ["a fraction as text", "4.5"],
    ["negative", -3],
    ["in words", "四"],
    ["a range", "4-5"],
  ])("%s: error on 家庭人口", (_, persons) => {
    const found = findingsOf(RULE, relocationSheet([{}, household(persons)]));
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
      { row: 5, cells: ["G5"], severity: "error" },
    ]);
    expect(found[0]?.params).toMatchObject({ value: String(persons), max: 20 });
  });

  test("the upper limit comes from the configuration", () => {
    const sheet = relocationSheet([household(21)]);
    expect(marksOf(RULE, sheet, { config: { relocation: { maxPersons: 25 } } })).toEqual([]);
    expect(
      marksOf(RULE, relocationSheet([household(20)]), { config: { relocation: { maxPersons: 19 } } }),
    ).toEqual([{ row: 4, cells: ["G4"], severity: "error" }]);
  });

  test("a formula error is GEN-FORMULA-ERROR's, not RL-PERSONS'", () => {
    const sheet = relocationSheet([{ persons: { error: "#N/A" } }]);
    expect(marksOf(RULE, sheet)).toEqual([]);
    expect(marksOf("GEN-FORMULA-ERROR", sheet)).toEqual([{ row: 4, cells: ["G4"], severity: "error" }]);
  });
});
