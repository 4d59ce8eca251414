import { renderMessage } from "../../../src/engine/messages";
import { findingsOf, marksOf, sheet } from "../ledgers/sheet";
import { RELOCATION_HEADER, relocationSheet, type RelocationInput } from "../ledgers/tables";

const RULE = "RL-AREA";
const E = { row: 4, cells: ["G4", "J4"], severity: "error" };
/** A 2016 集中安置 household; subsidy and self-funding stay within their limits. */
const y2016 = (
  persons: number,
  area: number | string,
  coOwnership: string | null,
): Partial<RelocationInput> => ({
  persons,
  area,
  year: 2016,
  mode: "集中安置",
  subsidy: 25_000 * persons,
  selfFund: 0,
  coOwnership,
});

describe(`${RULE}: at most 25 ㎡ per person, 25 itself allowed`, () => {
  test.each<[string, Partial<RelocationInput>]>([
    ["4 persons, 100 ㎡ (exactly 25)", { persons: 4, area: 100 }],
    ["3 persons, 75 ㎡ (exactly 25)", { persons: 3, area: 75, subsidy: 75_000, selfFund: 0 }],
    ["1 person, 25 ㎡", { persons: 1, area: 25, subsidy: 25_000, selfFund: 0 }],
    ["20 persons, 500 ㎡", { persons: 20, area: 500, subsidy: 500_000 }],
    ["area as text with its unit", { area: "100㎡" }],
    ["area as text in 平方米", { area: "100平方米" }],
    ["75.3 ㎡ is within 25 ㎡ for 4", { area: 75.3 }],
    ["货币化安置 without a house", { mode: "货币化安置", area: null, subsidy: 60_000 }],
    ["货币化安置 with “/” for 安置房面积", { mode: "货币化安置", area: "/", subsidy: 60_000 }],
    ["货币化安置 with “—” for 安置房面积", { mode: "货币化安置", area: "—", subsidy: 60_000 }],
    ["家庭人口 unreadable: RL-PERSONS's case", { persons: "四", area: 200 }],
  ])("%s: no finding", (_, row) => {
    expect(marksOf(RULE, relocationSheet([row]))).toEqual([]);
  });

  test.each<[string, Partial<RelocationInput>]>([
    ["4 persons, 100.01 ㎡", { area: 100.01 }],
    ["4 persons, 110 ㎡ (27.5)", { area: 110 }],
    ["3 persons, 75.3 ㎡ (25.1)", { persons: 3, area: 75.3, subsidy: 75_000, selfFund: 0 }],
    ["1 person, 26 ㎡", { persons: 1, area: 26, subsidy: 25_000, selfFund: 0 }],
    ["货币化安置 with an oversized house", { mode: "货币化安置", area: 120, subsidy: 60_000 }],
    [
      "2017 集中安置 within 28 with 共有产权整改: the exception is 2016 only",
      { ...y2016(4, 112, "是"), year: 2017 },
    ],
    [
      "2016 分散安置 within 28 with 共有产权整改: the exception is 集中安置 only",
      { ...y2016(4, 112, "是"), mode: "分散安置" },
    ],
    ["2016 集中安置 over 28 (28.01) with 共有产权整改", y2016(4, 112.04, "是")],
    ["2016 集中安置 within 28 without the mark", y2016(4, 112, null)],
    ["2016 集中安置 within 28 marked 否", y2016(4, 112, "否")],
  ])("%s: error on 家庭人口 and 安置房面积", (_, row) => {
    expect(marksOf(RULE, relocationSheet([row]))).toEqual([E]);
  });

  test("the message gives persons, area, per-capita area and the limit", () => {
    const [f] = findingsOf(RULE, relocationSheet([{ area: 110 }]));
    expect(f?.params).toMatchObject({ persons: 4, area: 110, perCapita: 27.5, max: 25 });
    expect(renderMessage(f!)).toBe("李四：4 人安置房面积 110 ㎡，人均 27.5 ㎡，超过 25 ㎡。");
  });

  test("per-capita area is rounded for the message only", () => {
    const [f] = findingsOf(RULE, relocationSheet([{ persons: 3, area: 80, subsidy: 75_000, selfFund: 0 }]));
    expect(f?.params.perCapita).toBe(26.67);
  });

  test("a 2016 集中安置 household within 28 ㎡ without the mark is told how to rectify", () => {
    const [f] = findingsOf(RULE, relocationSheet([y2016(4, 112, null)]));
    expect(f?.params.problem).toBe("noMark");
    expect(renderMessage(f!)).toContain("共有产权整改");
  });

  test("a 2016 exception within 28 ㎡ marked 是 is RL-AREA-2016, not RL-AREA", () => {
    const sheet = relocationSheet([y2016(4, 112, "是")]);
    expect(marksOf(RULE, sheet)).toEqual([]);
    expect(marksOf("RL-AREA-2016", sheet)).toHaveLength(1);
  });

  test("an area that is no number is reported on 安置房面积 alone", () => {
    const [f] = findingsOf(RULE, relocationSheet([{ area: "约100" }]));
    expect(f).toMatchObject({ row: 4, cells: ["J4"], params: { problem: "unreadable", value: "约100" } });
  });

  test("the limit comes from the configuration", () => {
    const sheet = relocationSheet([{ area: 110 }]);
    expect(marksOf(RULE, sheet, { config: { relocation: { maxAreaPerPerson: 30 } } })).toEqual([]);
    expect(
      marksOf(RULE, relocationSheet([{ area: 100 }]), { config: { relocation: { maxAreaPerPerson: 24 } } }),
    ).toEqual([E]);
  });

  test("an area header in a second header row (安置房面积 over （平方米）) is read", () => {
    const top = RELOCATION_HEADER.map((h) => (h === "安置房面积（㎡）" ? "安置房面积" : h));
    const unitRow = top.map((h) => (h === "安置房面积" ? "（平方米）" : null));
    const [, , , data] = relocationSheet([{ area: 110 }]).rows;
    const mergedDown = "ABCDEFGHIKLMNOPQ".split("").map((c) => `${c}3:${c}4`);
    const two = sheet(
      "搬迁台账",
      [["台账"], ["填报单位：某县"], top, unitRow, [...(data ?? [])]],
      mergedDown,
    );
    expect(marksOf(RULE, two)).toEqual([{ row: 5, cells: ["G5", "J5"], severity: "error" }]);
  });
});
