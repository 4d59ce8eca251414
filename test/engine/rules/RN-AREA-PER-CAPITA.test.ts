import { renderMessage } from "../../../src/engine/messages";
import type { CellValue } from "../../../src/engine/model/types";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { renovationSheet, type RenovationInput } from "../ledgers/tables";

const RULE = "RN-AREA-PER-CAPITA";
const E = [{ row: 4, cells: ["G4", "K4"], severity: "error" }];
const rebuilt = (persons: CellValue, area: CellValue): Partial<RenovationInput> => ({ persons, area });

describe(`${RULE}: D rebuilt for more than 3 persons, 13–18 ㎡ per person, limits allowed`, () => {
  test.each<[string, Partial<RenovationInput>]>([
    ["4 persons, 52 ㎡ (13 each)", rebuilt(4, 52)],
    ["4 persons, 72 ㎡ (18 each)", rebuilt(4, 72)],
    ["5 persons, 90 ㎡ (18 each)", rebuilt(5, 90)],
    ["6 persons, 78 ㎡ (13 each)", rebuilt(6, 78)],
    ["20 persons, 360 ㎡", rebuilt(20, 360)],
    ["7 persons, 91 ㎡ (13 each, 7 × 13 in binary is exact)", rebuilt(7, 91)],
    ["3 persons: RN-AREA-SMALL-HH's", rebuilt(3, 100)],
    ["C rebuilt: no area check", { ...rebuilt(5, 200), grade: "C级" }],
    ["D reinforced: RN-D-REINFORCE's", { ...rebuilt(5, 200), method: "维修加固", subsidy: 9_000 }],
  ])("%s: no finding", (_, row) => {
    expect(marksOf(RULE, renovationSheet([row]))).toEqual([]);
  });

  test.each<[string, Partial<RenovationInput>]>([
    ["4 persons, 51.99 ㎡", rebuilt(4, 51.99)],
    ["4 persons, 72.01 ㎡", rebuilt(4, 72.01)],
    ["6 persons, 110 ㎡ (18.33 each)", rebuilt(6, 110)],
    ["5 persons, 60 ㎡ (12 each)", rebuilt(5, 60)],
  ])("%s: error on 家庭人口 and 建房面积", (_, row) => {
    expect(marksOf(RULE, renovationSheet([row]))).toEqual(E);
  });

  test("the message gives per-capita area and the household's band", () => {
    const [f] = findingsOf(RULE, renovationSheet([rebuilt(6, 110)]));
    expect(f?.params).toMatchObject({ persons: 6, area: 110, perCapita: 18.33, low: 78, high: 108 });
    expect(renderMessage(f!)).toBe(
      "李四：D 级危房重建，6 人户建房面积 110 ㎡，人均 18.33 ㎡，应在 13–18 ㎡ 之间（即 78–108 ㎡）。",
    );
  });

  test("建房面积 empty for a D rebuild: error", () => {
    expect(findingsOf(RULE, renovationSheet([rebuilt(5, null)]))[0]?.params.problem).toBe("empty");
  });

  test("a county's own per-person band", () => {
    const config = { renovation: { minAreaPerPerson: 12, maxAreaPerPerson: 20 } };
    expect(marksOf(RULE, renovationSheet([rebuilt(5, 60)]), { config })).toEqual([]);
    expect(marksOf(RULE, renovationSheet([rebuilt(5, 100)]), { config })).toEqual([]);
    expect(marksOf(RULE, renovationSheet([rebuilt(5, 101)]), { config })).toEqual(E);
  });
});
