import { renderMessage } from "../../../src/engine/messages";
import type { CellValue } from "../../../src/engine/model/types";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { RELOCATION_HEADER, relocationSheet, type RelocationInput } from "../ledgers/tables";

const RULE = "RL-SELF-FUND";
const household = (persons: number, selfFund: CellValue): Partial<RelocationInput> => ({
  persons,
  area: 25 * persons,
  subsidy: 25_000 * persons,
  selfFund,
});
const perPerson = { row: 4, cells: ["G4", "L4"], severity: "error" };
const perHousehold = { row: 4, cells: ["L4"], severity: "error" };

describe(`${RULE}: at most 2,500 元 per person and 10,000 元 per household, limits allowed`, () => {
  test.each<[string, Partial<RelocationInput>]>([
    ["4 persons, 10,000 元 (both limits exactly)", household(4, 10_000)],
    ["2 persons, 5,000 元 (2 × 2,500 exactly)", household(2, 5_000)],
    ["1 person, 2,500 元", household(1, 2_500)],
    ["6 persons, 10,000 元 (the household limit exactly)", household(6, 10_000)],
    ["no self-funding (empty)", household(2, null)],
    ["zero", household(2, 0)],
    ["“—” (none)", household(2, "—")],
    ["“/” (none)", household(2, "/")],
    ["as text in 万", household(2, "0.5万")],
    ["家庭人口 unreadable, within the household limit", { ...household(4, 9_000), persons: "四" }],
  ])("%s: no finding", (_, row) => {
    expect(marksOf(RULE, relocationSheet([row]))).toEqual([]);
  });

  test.each<[string, Partial<RelocationInput>, typeof perPerson]>([
    ["2 persons, 5,000.01 元", household(2, 5_000.01), perPerson],
    ["1 person, 2,501 元", household(1, 2_501), perPerson],
    ["3 persons, 8,000 元", household(3, 8_000), perPerson],
    [
      "4 persons, 10,001 元 (both limits: per person is the one marked with 家庭人口)",
      household(4, 10_001),
      perPerson,
    ],
    ["6 persons, 10,001 元 (the household limit)", household(6, 10_001), perHousehold],
    [
      "家庭人口 unreadable, over the household limit",
      { ...household(4, 12_000), persons: "四" },
      perHousehold,
    ],
  ])("%s: error", (_, row, mark) => {
    expect(marksOf(RULE, relocationSheet([row]))).toEqual([mark]);
  });

  test("messages name the limit that is broken", () => {
    const [a] = findingsOf(RULE, relocationSheet([household(2, 5_001)]));
    expect(renderMessage(a!)).toBe(
      "李四：自筹资金 5001 元，超过 2 人 × 2500 元 = 5000 元（人均不超过 2500 元）。",
    );
    const [b] = findingsOf(RULE, relocationSheet([household(6, 12_000)]));
    expect(renderMessage(b!)).toBe("李四：自筹资金 12000 元，超过户均上限 10000 元。");
  });

  test("the unit is read from the header: 自筹资金（万元）", () => {
    const header = RELOCATION_HEADER.map((h) => (h === "自筹资金（元）" ? "自筹资金（万元）" : h));
    expect(marksOf(RULE, relocationSheet([household(1, 0.25)], header))).toEqual([]);
    expect(marksOf(RULE, relocationSheet([household(1, 0.26)], header))).toEqual([perPerson]);
  });

  test("an amount that is no number is reported on 自筹资金", () => {
    const [f] = findingsOf(RULE, relocationSheet([household(2, "约5000")]));
    expect(f).toMatchObject({ cells: ["L4"], params: { problem: "unreadable" } });
  });

  test("limits come from the configuration", () => {
    const config = { relocation: { selfFundPerPerson: 3_000, selfFundPerHousehold: 12_000 } };
    expect(marksOf(RULE, relocationSheet([household(2, 6_000)]), { config })).toEqual([]);
    expect(marksOf(RULE, relocationSheet([household(6, 12_000)]), { config })).toEqual([]);
    expect(marksOf(RULE, relocationSheet([household(6, 12_001)]), { config })).toEqual([perHousehold]);
  });
});
