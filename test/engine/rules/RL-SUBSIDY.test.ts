import { renderMessage } from "../../../src/engine/messages";
import type { CellValue } from "../../../src/engine/model/types";
import { findingsOf, marksOf, sheet } from "../ledgers/sheet";
import { RELOCATION_HEADER, relocationSheet, type RelocationInput } from "../ledgers/tables";

const RULE = "RL-SUBSIDY";
const E = (row = 4) => ({ row, cells: [`G${row}`, `K${row}`], severity: "error" });
const withHeader = (subsidyHeader: string) =>
  RELOCATION_HEADER.map((h) => (h === "补助资金（元）" ? subsidyHeader : h));
const dispersed = (persons: number, subsidy: CellValue): Partial<RelocationInput> => ({
  mode: "分散安置",
  persons,
  area: 25 * persons,
  subsidy,
  selfFund: 0,
  keys: null,
});

describe(`${RULE}: at least 25,000 元 per person (集中), 15,000 元 (分散, 货币化)`, () => {
  test.each<[string, Partial<RelocationInput>]>([
    ["集中安置 4 persons, 100,000 元 (exactly)", { subsidy: 100_000 }],
    ["集中安置 4 persons, more than the minimum", { subsidy: 120_000 }],
    ["分散安置 3 persons, 45,000 元 (exactly)", dispersed(3, 45_000)],
    [
      "货币化安置 2 persons, 30,000 元 (exactly)",
      { ...dispersed(2, 30_000), mode: "货币化安置", area: null },
    ],
    ["amount as text with thousands separators", { subsidy: "100,000" }],
    ["amount as text in 万 under a 元 header", { subsidy: "10万" }],
    ["amount as text with 元", { subsidy: "100000元" }],
    ["家庭人口 unreadable: not checked", { persons: "四", subsidy: 1 }],
    ["安置方式 unreadable: not checked", { mode: "其他", subsidy: 1 }],
  ])("%s: no finding", (_, row) => {
    expect(marksOf(RULE, relocationSheet([row]))).toEqual([]);
  });

  test.each<[string, Partial<RelocationInput>]>([
    ["集中安置 4 persons, 99,999 元", { subsidy: 99_999 }],
    ["集中安置 4 persons, paid at the 分散 rate", { subsidy: 60_000 }],
    ["分散安置 3 persons, 44,999.99 元", dispersed(3, 44_999.99)],
    ["货币化安置 2 persons, 29,000 元", { ...dispersed(2, 29_000), mode: "货币化", area: null }],
  ])("%s: error on 补助资金 and 家庭人口", (_, row) => {
    expect(marksOf(RULE, relocationSheet([row]))).toEqual([E()]);
  });

  test("the message shows the amount in 元 and the minimum", () => {
    const [f] = findingsOf(RULE, relocationSheet([dispersed(3, 44_000)]));
    expect(renderMessage(f!)).toBe(
      "李四：分散安置 3 人，补助资金 44000 元，低于 3 人 × 15000 元 = 45000 元。",
    );
  });

  test.each<[string, CellValue, string]>([
    ["empty", null, "empty"],
    ["not an amount", "待定", "unreadable"],
  ])("%s: error with problem %s", (_, subsidy, problem) => {
    const [f] = findingsOf(RULE, relocationSheet([{ subsidy }]));
    expect(f).toMatchObject({ row: 4, cells: ["G4", "K4"], params: { problem, required: 100_000 } });
  });

  describe("the unit is read from the header", () => {
    test.each<[string, string, CellValue, boolean]>([
      ["补助资金（万元）: 10 is 100,000 元", "补助资金（万元）", 10, true],
      ["补助资金（万元）: 9.99 is 99,900 元", "补助资金（万元）", 9.99, false],
      ["补助资金(万元) half-width: 10", "补助资金(万元)", 10, true],
      ["补助资金（元）: 10 is 10 元", "补助资金（元）", 10, false],
      ["no unit means 元: 100000", "补助资金", 100_000, true],
      ["no unit means 元: 10", "补助资金", 10, false],
      ["补助金额（万元）", "补助金额（万元）", 10, true],
    ])("%s", (_, header, subsidy, clean) => {
      expect(marksOf(RULE, relocationSheet([{ subsidy }], withHeader(header)))).toEqual(clean ? [] : [E()]);
    });

    test("a 万元 amount short of the minimum is shown in 元", () => {
      const [f] = findingsOf(RULE, relocationSheet([{ subsidy: 9.99 }], withHeader("补助资金（万元）")));
      expect(f?.params).toMatchObject({ subsidy: 99_900, required: 100_000 });
    });

    test("a 单位：万元 note above the table applies to a header without a unit", () => {
      const s = relocationSheet([{ subsidy: 10 }, { subsidy: 9 }], withHeader("补助资金"));
      const rows = [...s.rows];
      rows[1] = ["填报单位：某县城关镇", null, null, null, null, null, null, null, null, null, "单位：万元"];
      expect(marksOf(RULE, { ...s, rows })).toEqual([E(5)]);
    });
  });

  describe("补助资金 over sub-columns (two header rows)", () => {
    /** 补助资金（万元） over the given sub-columns; the rest of the header is merged down over both rows. */
    function split(parts: string[], values: CellValue[][]) {
      const top = ["序号", "户主姓名", "家庭人口", "安置方式", "搬迁年度", "安置房面积", "补助资金（万元）"];
      const partCols = parts.map((_, i) => String.fromCharCode(71 + i)); // G, H, …
      const tail = ["自筹资金", "竣工验收", "交付钥匙", "入住情况"];
      const header1 = [...top, ...parts.slice(1).map(() => null), ...tail];
      const header2 = [...top.slice(0, 6).map(() => null), ...parts];
      const last = String.fromCharCode(71 + parts.length - 1);
      const after = tail.map((_, i) => String.fromCharCode(72 + parts.length - 1 + i));
      const merges = [
        `G1:${last}1`,
        ..."ABCDEF".split("").map((c) => `${c}1:${c}2`),
        ...after.map((c) => `${c}1:${c}2`),
      ];
      const rows = values.map((v, i) => [
        i + 1,
        `户${i + 1}`,
        4,
        "集中安置",
        2018,
        100,
        ...v,
        0,
        "是",
        "是",
        "已入住",
      ]);
      return { sheet: sheet("台账", [header1, header2, ...rows], merges), partCols };
    }

    test("a 合计 column is the amount, wherever it stands", () => {
      const first = split(
        ["合计", "中央", "省级"],
        [
          [10, 6, 4],
          [9, 6, 3],
        ],
      );
      expect(marksOf(RULE, first.sheet)).toEqual([{ row: 4, cells: ["C4", "G4"], severity: "error" }]);
      const lastTotal = split(
        ["中央", "省级", "小计"],
        [
          [6, 4, 10],
          [6, 3, 9],
        ],
      );
      expect(marksOf(RULE, lastTotal.sheet)).toEqual([{ row: 4, cells: ["C4", "I4"], severity: "error" }]);
    });

    test("without a total the parts are added up, and all of them are marked", () => {
      const { sheet: s } = split(
        ["中央", "省级"],
        [
          [6, 4],
          [6, 3.99],
        ],
      );
      const found = findingsOf(RULE, s);
      expect(found.map((f) => ({ row: f.row, cells: f.cells }))).toEqual([
        { row: 4, cells: ["C4", "G4", "H4"] },
      ]);
      expect(found[0]?.params.subsidy).toBe(99_900);
    });
  });

  test("rates come from the configuration", () => {
    const config = { relocation: { subsidyPerPerson: { 集中安置: 30_000 } } };
    expect(marksOf(RULE, relocationSheet([{ subsidy: 100_000 }]), { config })).toEqual([E()]);
    expect(marksOf(RULE, relocationSheet([dispersed(3, 45_000)]), { config })).toEqual([]);
  });
});
