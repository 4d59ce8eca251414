import type { CellValue } from "../../../src/engine/model/types";
import { marks, run, validId } from "./harness";

const RULE = "GEN-ID-INVALID";
const VALID = validId("32128119650110123");

/** A valid ID whose check character is X (its prefix found by trying sequence numbers). */
function validIdWithX(): string {
  for (let n = 100; n < 1000; n++) {
    const id = validId(`321281197003150${String(n).slice(1)}`);
    if (id.endsWith("X")) return id;
  }
  throw new Error("no X check digit found");
}
const WITH_X = validIdWithX();

/** Same 17 digits, another (wrong) check character. */
function wrongCheck(id: string): string {
  const last = id.slice(-1) === "1" ? "2" : "1";
  return id.slice(0, 17) + last;
}

const toFullWidth = (s: string) =>
  s.replace(/[0-9X]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe(RULE, () => {
  test.each<[string, CellValue]>([
    ["valid ID", VALID],
    ["valid ID ending in X", WITH_X],
    ["lower-case x", WITH_X.toLowerCase()],
    ["full-width digits", toFullWidth(VALID)],
    ["spaces inside and around", ` ${VALID.slice(0, 6)} ${VALID.slice(6, 14)} ${VALID.slice(14)} `],
    ["leap-day birth date", validId("32128120000229123")],
    ["empty (the column is optional)", null],
    ["无 (the column is optional)", "无"],
    ["a slash", "/"],
  ])("%s: no finding", (_, id) => {
    expect(marks(RULE, [{ id }])).toEqual([]);
  });

  test.each<[string, CellValue, string]>([
    ["wrong check digit", wrongCheck(VALID), "checkDigit"],
    ["X where a digit belongs", VALID.slice(0, 17) + (VALID.endsWith("X") ? "1" : "X"), "checkDigit"],
    ["17 characters", VALID.slice(0, 17), "length"],
    ["19 characters", VALID + "1", "length"],
    ["old 15-digit ID", "321281650110123", "length"],
    ["letter inside", VALID.slice(0, 8) + "A" + VALID.slice(9), "length"],
    ["X not at the end", "X" + VALID.slice(1), "length"],
    ["30 February", validId("32128119650230123"), "birthDate"],
    ["month 13", validId("32128119651301123"), "birthDate"],
    ["day 00", validId("32128119650100123"), "birthDate"],
    ["29 February of a common year", validId("32128120010229123"), "birthDate"],
    ["born before 1900", validId("32128118991231123"), "birthDate"],
    ["born after today", validId("32128120300101123"), "birthDate"],
    ["stored as a number (Excel keeps 15 digits)", Number("321281196501101234"), "checkDigit"],
  ])("%s: error on 身份证号", (_, id, problem) => {
    const found = run([{}, { id }], { rule: RULE });
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
      { row: 6, cells: ["E6"], severity: "error" },
    ]);
    expect(found[0]?.params.problem).toBe(problem);
    expect(found[0]?.params.name).toBe("户主2");
  });

  test("every invalid row is marked, valid ones are not", () => {
    expect(marks(RULE, [{ id: "123" }, {}, { id: wrongCheck(VALID) }])).toEqual([
      { row: 5, cells: ["E5"], severity: "error" },
      { row: 7, cells: ["E7"], severity: "error" },
    ]);
  });
});
