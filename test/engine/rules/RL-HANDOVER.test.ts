import { renderMessage } from "../../../src/engine/messages";
import type { CellValue } from "../../../src/engine/model/types";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { relocationSheet, type RelocationInput } from "../ledgers/tables";

const RULE = "RL-HANDOVER";
const at = (...cells: string[]) => [{ row: 4, cells, severity: "error" }];

describe(`${RULE}: 集中安置 accepted (是/report number) and keys handed over (是/date)`, () => {
  test.each<[string, CellValue, CellValue]>([
    ["是 and 是", "是", "是"],
    ["a report number and a date", "竣验〔2019〕12号", "2019-05-01"],
    ["an acceptance code and a dotted date", "YS-2019-031", "2019.5.1"],
    ["验收合格 and 已交付", "验收合格", "已交付"],
    ["已验收 and an Excel date", "已验收", 43586],
    ["√ and √", "√", "√"],
    ["an 8-digit date for the keys", "是", "20190501"],
  ])("%s: no finding", (_, acceptance, keys) => {
    expect(marksOf(RULE, relocationSheet([{ acceptance, keys }]))).toEqual([]);
  });

  test("集中安置 need not have moved in (SX 二.1(1))", () => {
    expect(marksOf(RULE, relocationSheet([{ movedIn: "未入住" }]))).toEqual([]);
  });

  test.each<[string, CellValue]>([
    ["否", "否"],
    ["empty", null],
    ["未验收", "未验收"],
    ["待验收", "待验收"],
    ["在建", "在建"],
    ["×", "×"],
  ])("竣工验收 %s: error on 竣工验收", (_, acceptance) => {
    expect(marksOf(RULE, relocationSheet([{ acceptance }]))).toEqual(at("M4"));
  });

  test.each<[string, CellValue]>([
    ["否", "否"],
    ["empty", null],
    ["未交付", "未交付"],
    ["暂未交付", "暂未交付"],
  ])("交付钥匙 %s: error on 交付钥匙", (_, keys) => {
    expect(marksOf(RULE, relocationSheet([{ keys }]))).toEqual(at("N4"));
  });

  test("both short: one finding on both cells", () => {
    const [f] = findingsOf(RULE, relocationSheet([{ acceptance: "否", keys: null }]));
    expect(f).toMatchObject({ row: 4, cells: ["M4", "N4"], params: { problem: "both" } });
    expect(renderMessage(f!)).toBe(
      "李四：集中安置住房应竣工验收合格并已交付钥匙，“竣工验收”应填“是”或验收报告编号，“交付钥匙”应填“是”或交付日期。",
    );
  });

  test.each<[string, Partial<RelocationInput>]>([
    ["分散安置", { mode: "分散安置", subsidy: 60_000, keys: null, acceptance: "是" }],
    ["货币化安置", { mode: "货币化安置", area: null, subsidy: 60_000, keys: "否" }],
    ["安置方式 unreadable", { mode: "移民", keys: null }],
  ])("%s: not RL-HANDOVER's to check", (_, row) => {
    expect(marksOf(RULE, relocationSheet([row]))).toEqual([]);
  });
});
