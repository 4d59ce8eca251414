import { renderMessage } from "../../../src/engine/messages";
import type { CellValue } from "../../../src/engine/model/types";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { RENOVATION_HEADER, renovationSheet, type RenovationInput } from "../ledgers/tables";

const RULE = "RN-SUBSIDY-RATE";
const W = [{ row: 4, cells: ["P4"], severity: "warning" }];
const reinforced = (subsidy: CellValue): Partial<RenovationInput> => ({
  grade: "C",
  method: "维修加固",
  area: null,
  subsidy,
});
const inWan = RENOVATION_HEADER.map((h) => (h === "补助金额（元）" ? "补助金额（万元）" : h));

describe(`${RULE}: 补助金额 equals the configured rate (TZ 8.2)`, () => {
  test.each<[string, Partial<RenovationInput>]>([
    ["rebuilt, 20,000 元", { subsidy: 20_000 }],
    ["reinforced, 9,000 元", reinforced(9_000)],
    ["as text", { subsidy: "20,000" }],
    ["as text in 万", { subsidy: "2万" }],
    ["兴化市 rebuilt, 22,000 元", { county: "兴化市", subsidy: 22_000 }],
    ["兴化市 reinforced, 8,000 元", { ...reinforced(8_000), county: "兴化市" }],
    ["empty (the column is optional)", { subsidy: null }],
    ["改造方式 unreadable", { method: "其他", subsidy: 1 }],
  ])("%s: no finding", (_, row) => {
    expect(marksOf(RULE, renovationSheet([row]))).toEqual([]);
  });

  test.each<[string, Partial<RenovationInput>]>([
    ["rebuilt, 19,999 元", { subsidy: 19_999 }],
    ["rebuilt, 22,000 元 outside 兴化市", { subsidy: 22_000 }],
    ["reinforced at the rebuild rate", reinforced(20_000)],
    ["reinforced, 9,000.5 元", reinforced(9_000.5)],
    ["兴化市 rebuilt at the default rate", { county: "兴化市", subsidy: 20_000 }],
  ])("%s: a warning on 补助金额", (_, row) => {
    expect(marksOf(RULE, renovationSheet([row]))).toEqual(W);
  });

  test("the message gives the amount and the rate", () => {
    const [f] = findingsOf(RULE, renovationSheet([{ subsidy: 15_000 }]));
    expect(renderMessage(f!)).toBe("李四：拆除重建补助金额 15000 元，与补助标准 20000 元/户不符，请核实。");
  });

  test("补助金额（万元）: 2 is 20,000 元, 0.9 is 9,000 元", () => {
    expect(marksOf(RULE, renovationSheet([{ subsidy: 2 }, reinforced(0.9)], inWan))).toEqual([]);
    expect(marksOf(RULE, renovationSheet([{ subsidy: 1.5 }], inWan))).toEqual(W);
  });

  test("an amount that is no number is a warning too", () => {
    expect(findingsOf(RULE, renovationSheet([{ subsidy: "待拨付" }]))[0]?.params.problem).toBe("unreadable");
  });

  test("a county's rates, and a township placed in a 市（区） by the configuration", () => {
    const rates = { subsidy: { default: { rebuild: 25_000, reinforce: 10_000 } } };
    expect(marksOf(RULE, renovationSheet([{ subsidy: 20_000 }]), { config: rates })).toEqual(W);
    expect(marksOf(RULE, renovationSheet([{ subsidy: 25_000 }]), { config: rates })).toEqual([]);
    const placed = { townshipCity: { 城关镇: "兴化市" } };
    expect(marksOf(RULE, renovationSheet([{ subsidy: 22_000 }]), { config: placed })).toEqual([]);
  });
});
