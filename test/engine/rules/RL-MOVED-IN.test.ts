import { renderMessage } from "../../../src/engine/messages";
import type { CellValue } from "../../../src/engine/model/types";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { relocationSheet, type RelocationInput } from "../ledgers/tables";

const RULE = "RL-MOVED-IN";
const dispersed = (more: Partial<RelocationInput>): Partial<RelocationInput> => ({
  mode: "分散安置",
  subsidy: 60_000,
  keys: null,
  ...more,
});
const monetized = (more: Partial<RelocationInput>): Partial<RelocationInput> => ({
  ...dispersed(more),
  mode: "货币化安置",
  area: null,
});
const at = (...cells: string[]) => [{ row: 4, cells, severity: "error" }];

describe(`${RULE}: 分散/货币化安置 accepted and moved in`, () => {
  test.each<[string, CellValue, CellValue]>([
    ["是 and 已入住", "是", "已入住"],
    ["a quality report number and 是", "质量验收报告ZJ2017-031", "是"],
    ["验收合格 and 已搬迁入住", "验收合格", "已搬迁入住"],
    ["是 and a move-in date", "是", "2019-06-01"],
    ["是 and an Excel date", "是", 43617],
    ["是 and 入住", "是", "入住"],
  ])("%s: no finding", (_, acceptance, movedIn) => {
    expect(marksOf(RULE, relocationSheet([dispersed({ acceptance, movedIn })]))).toEqual([]);
    expect(marksOf(RULE, relocationSheet([monetized({ acceptance, movedIn })]))).toEqual([]);
  });

  test.each<[string, CellValue]>([
    ["未入住", "未入住"],
    ["empty", null],
    ["否", "否"],
    ["部分入住", "部分入住"],
    ["尚未入住", "尚未入住"],
  ])("入住情况 %s: error on 入住情况", (_, movedIn) => {
    expect(marksOf(RULE, relocationSheet([dispersed({ movedIn })]))).toEqual(at("O4"));
  });

  test.each<[string, CellValue]>([
    ["empty", null],
    ["否", "否"],
    ["未验收", "未验收"],
  ])("竣工验收 %s: error on 竣工验收", (_, acceptance) => {
    expect(marksOf(RULE, relocationSheet([monetized({ acceptance })]))).toEqual(at("M4"));
  });

  test("both short: one finding on both cells, naming the mode", () => {
    const [f] = findingsOf(RULE, relocationSheet([monetized({ acceptance: null, movedIn: "未入住" })]));
    expect(f).toMatchObject({ cells: ["M4", "O4"], params: { problem: "both", mode: "货币化安置" } });
    expect(renderMessage(f!)).toContain("货币化安置");
  });

  test.each<[string, Partial<RelocationInput>]>([
    ["集中安置 not moved in (keys handed over is enough)", { movedIn: "未入住" }],
    ["安置方式 unreadable", { mode: "移民", movedIn: "未入住" }],
  ])("%s: not RL-MOVED-IN's to check", (_, row) => {
    expect(marksOf(RULE, relocationSheet([row]))).toEqual([]);
  });
});
