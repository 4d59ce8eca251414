import { renderMessage } from "../../../src/engine/messages";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { RELOCATION_HEADER, relocationSheet, type RelocationInput } from "../ledgers/tables";

const RULE = "RL-AREA-2016";
const W = { row: 4, cells: ["G4", "J4", "P4"], severity: "warning" };
const y2016 = (area: number, coOwnership: string | null, more: Partial<RelocationInput> = {}) => ({
  persons: 4,
  area,
  year: 2016,
  mode: "集中安置",
  coOwnership,
  ...more,
});

describe(`${RULE}: 2016 集中安置, 25 < per-capita ≤ 28 ㎡, 共有产权整改 是`, () => {
  test.each<[string, Partial<RelocationInput>]>([
    ["28 ㎡ per person exactly", y2016(112, "是")],
    ["25.01 ㎡ per person", y2016(100.04, "是")],
    ["27.5 ㎡ per person, marked √", y2016(110, "√")],
    ["marked 已整改", y2016(110, "已整改")],
    ["搬迁年度 written 2016年", y2016(110, "是", { year: "2016年" })],
    ["安置方式 集中安置点", y2016(110, "是", { mode: "集中安置点" })],
  ])("%s: a warning on area, persons and the mark", (_, row) => {
    expect(marksOf(RULE, relocationSheet([row]))).toEqual([W]);
    expect(findingsOf("RL-AREA", relocationSheet([row]))).toEqual([]);
  });

  test.each<[string, Partial<RelocationInput>]>([
    ["exactly 25 ㎡ per person: nothing to rectify", y2016(100, "是")],
    ["28.01 ㎡ per person: RL-AREA", y2016(112.04, "是")],
    ["no mark: RL-AREA", y2016(110, null)],
    ["marked 否: RL-AREA", y2016(110, "否")],
    ["2017: RL-AREA", y2016(110, "是", { year: 2017 })],
    ["分散安置: RL-AREA", y2016(110, "是", { mode: "分散安置" })],
  ])("%s: no warning", (_, row) => {
    expect(marksOf(RULE, relocationSheet([row]))).toEqual([]);
  });

  test("without a 共有产权整改 column the exception cannot apply", () => {
    const header = RELOCATION_HEADER.map((h) => (h === "共有产权整改" ? "联系电话" : h));
    const sheet = relocationSheet([y2016(110, "是")], header);
    expect(marksOf(RULE, sheet)).toEqual([]);
    expect(marksOf("RL-AREA", sheet)).toEqual([{ row: 4, cells: ["G4", "J4"], severity: "error" }]);
  });

  test("the message says it is allowed and must be rectified", () => {
    const [f] = findingsOf(RULE, relocationSheet([y2016(112, "是")]));
    expect(renderMessage(f!)).toBe(
      "李四：2016 年度集中安置，4 人安置房面积 112 ㎡，人均 28 ㎡，超过 25 ㎡ 但未超过 28 ㎡，已标注共有产权整改，请落实整改。",
    );
  });

  test("year and ceiling come from the configuration", () => {
    const row = y2016(116, "是", { year: 2017 }); // 29 ㎡ per person in 2017
    const config = { relocation: { exceptionYear: 2017, exceptionMaxAreaPerPerson: 29 } };
    expect(marksOf(RULE, relocationSheet([row]), { config })).toEqual([W]);
  });
});
