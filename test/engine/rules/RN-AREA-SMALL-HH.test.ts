import { renderMessage } from "../../../src/engine/messages";
import type { CellValue } from "../../../src/engine/model/types";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { renovationSheet, type RenovationInput } from "../ledgers/tables";

const RULE = "RN-AREA-SMALL-HH";
const E = [{ row: 4, cells: ["G4", "K4"], severity: "error" }];
const rebuilt = (persons: CellValue, area: CellValue): Partial<RenovationInput> => ({ persons, area });

describe(`${RULE}: D rebuilt for 1–3 persons, 40–60 ㎡, limits allowed`, () => {
  test.each<[string, Partial<RenovationInput>]>([
    ["3 persons, 60 ㎡ (upper limit)", rebuilt(3, 60)],
    ["1 person, 40 ㎡ (lower limit)", rebuilt(1, 40)],
    ["2 persons, 50 ㎡", rebuilt(2, 50)],
    ["as text with 平方米", rebuilt(2, "60平方米")],
    ["as text with ㎡", rebuilt(2, "40㎡")],
    [
      "C 维修加固 of 120 ㎡: no area check",
      { persons: 2, area: 120, grade: "C", method: "维修加固", subsidy: 9_000 },
    ],
    ["C without area", { persons: 2, area: null, grade: "C", method: "维修加固", subsidy: 9_000 }],
    ["C rebuilt: the bands are for D (SX 三.2(2))", { persons: 2, area: 100, grade: "C" }],
    ["D 维修加固: RN-D-REINFORCE's", { persons: 2, area: 100, method: "维修加固", subsidy: 9_000 }],
    ["4 persons: RN-AREA-PER-CAPITA's", rebuilt(4, 100)],
    ["家庭人口 unreadable: RN-REQUIRED's", rebuilt("三", 100)],
  ])("%s: no finding", (_, row) => {
    expect(marksOf(RULE, renovationSheet([row]))).toEqual([]);
  });

  test.each<[string, Partial<RenovationInput>]>([
    ["3 persons, 60.01 ㎡", rebuilt(3, 60.01)],
    ["3 persons, 61 ㎡", rebuilt(3, 61)],
    ["1 person, 39.99 ㎡", rebuilt(1, 39.99)],
    ["2 persons, 39.5 ㎡", rebuilt(2, 39.5)],
    [
      "D written D级危房（整栋危险）, 翻建新建, 70 ㎡",
      { ...rebuilt(2, 70), grade: "D级危房（整栋危险）", method: "翻建新建" },
    ],
  ])("%s: error on 家庭人口 and 建房面积", (_, row) => {
    expect(marksOf(RULE, renovationSheet([row]))).toEqual(E);
  });

  test("the message gives the band", () => {
    const [f] = findingsOf(RULE, renovationSheet([rebuilt(3, 61)]));
    expect(renderMessage(f!)).toBe("李四：D 级危房重建，3 人户建房面积 61 ㎡，应在 40–60 ㎡ 之间。");
  });

  test.each<[string, CellValue, string]>([
    ["empty", null, "empty"],
    ["not a number", "约50", "unreadable"],
  ])("建房面积 %s for a D rebuild: error (%s)", (_, area, problem) => {
    const [f] = findingsOf(RULE, renovationSheet([rebuilt(2, area)]));
    expect(f).toMatchObject({ cells: ["G4", "K4"], params: { problem } });
  });

  test("a county's own band: ≤ 65 ㎡, and households of up to 2 persons", () => {
    const config = { renovation: { smallHouseholdMaxArea: 65 } };
    expect(marksOf(RULE, renovationSheet([rebuilt(3, 61)]), { config })).toEqual([]);
    expect(marksOf(RULE, renovationSheet([rebuilt(3, 66)]), { config })).toEqual(E);
    const twoPersons = { renovation: { smallHouseholdMaxPersons: 2 } };
    expect(marksOf(RULE, renovationSheet([rebuilt(3, 61)]), { config: twoPersons })).toEqual([]);
    expect(
      findingsOf("RN-AREA-PER-CAPITA", renovationSheet([rebuilt(3, 61)]), { config: twoPersons }),
    ).toHaveLength(1);
  });
});
