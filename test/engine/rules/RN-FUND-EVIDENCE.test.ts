import { renderMessage } from "../../../src/engine/messages";
import type { CellValue } from "../../../src/engine/model/types";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { RENOVATION_HEADER, renovationSheet, type RenovationInput } from "../ledgers/tables";

const RULE = "RN-FUND-EVIDENCE";
const without = (...labels: string[]) => RENOVATION_HEADER.map((h) => (labels.includes(h) ? "说明" : h));
const self = (bankReceipt: CellValue, buildMode: CellValue = "自建"): Partial<RenovationInput> => ({
  buildMode,
  bankReceipt,
});
const unified = (agreement: CellValue, buildMode: CellValue = "统建"): Partial<RenovationInput> => ({
  buildMode,
  agreement,
  bankReceipt: null,
});

describe(`${RULE}: 自建 has 一卡通及银行回单, 统建 has 协议及支付凭证`, () => {
  test.each<[string, Partial<RenovationInput>]>([
    ["自建 with 一卡通 是", self("是")],
    ["自改 with 一卡通 √", self("√", "自改")],
    ["统规自建 with 一卡通 有", self("有", "统规自建")],
    ["统建 with 协议 是", unified("是")],
    ["统改 with 协议 是", unified("是", "统改")],
    ["统规统建 with 协议 √", unified("√", "统规统建")],
    ["no 建设方式", { buildMode: null, bankReceipt: null }],
    ["a 建设方式 the rule does not know", { buildMode: "其他", bankReceipt: null }],
  ])("%s: no finding", (_, row) => {
    expect(marksOf(RULE, renovationSheet([row]))).toEqual([]);
  });

  test.each<[string, Partial<RenovationInput>, string[]]>([
    ["自建, 一卡通 否", self("否"), ["O4", "Q4"]],
    ["自建, 一卡通 empty", self(null), ["O4", "Q4"]],
    ["自改, 一卡通 无", self("无", "自改"), ["O4", "Q4"]],
    ["自建 with only a 协议 (the wrong evidence)", { ...self(null), agreement: "是" }, ["O4", "Q4"]],
    ["统建, 协议 empty", unified(null), ["O4", "R4"]],
    ["统建 with only a 一卡通 (the wrong evidence)", { ...unified("否"), bankReceipt: "是" }, ["O4", "R4"]],
    ["统改, 协议 未签", unified("未签", "统改"), ["O4", "R4"]],
  ])("%s: error on 建设方式 and the evidence", (_, row, cells) => {
    expect(marksOf(RULE, renovationSheet([row]))).toEqual([{ row: 4, cells, severity: "error" }]);
  });

  test("messages say which evidence the 建设方式 needs", () => {
    const [a] = findingsOf(RULE, renovationSheet([self("否")]));
    expect(renderMessage(a!)).toBe(
      "李四：建设方式为“自建”，自建户应有农户“一卡通”和银行回单，“一卡通及银行回单”应为“是”。",
    );
    const [b] = findingsOf(RULE, renovationSheet([unified(null)]));
    expect(renderMessage(b!)).toContain("协议及补助资金支付凭证");
  });

  describe("where 建设方式 is present, the evidence column its rows need is required", () => {
    test("统建 rows and no 协议及支付凭证 column: GEN-MISSING-COLUMN once, on the header", () => {
      const sheet = renovationSheet([unified(null), unified(null), self("是")], without("协议及支付凭证"));
      const missing = findingsOf("GEN-MISSING-COLUMN", sheet);
      expect(
        missing.map((f) => ({ row: f.row, cells: f.cells, column: f.params.column, clause: f.clause })),
      ).toEqual([{ row: 3, cells: ["A3"], column: "协议及支付凭证", clause: "TZ 表A.1 / SX 三" }]);
      expect(marksOf(RULE, sheet)).toEqual([]);
    });

    test("only 自建 rows: the absent 协议及支付凭证 column is not needed", () => {
      const sheet = renovationSheet([self("是"), self("是")], without("协议及支付凭证"));
      expect(findingsOf("GEN-MISSING-COLUMN", sheet)).toEqual([]);
    });

    test("both kinds of rows and neither column: two missing columns", () => {
      const sheet = renovationSheet(
        [self(null), unified(null)],
        without("协议及支付凭证", "一卡通及银行回单"),
      );
      expect(findingsOf("GEN-MISSING-COLUMN", sheet).map((f) => f.params.column)).toEqual([
        "一卡通及银行回单",
        "协议及支付凭证",
      ]);
    });

    test("no 建设方式 column: no evidence is required", () => {
      const sheet = renovationSheet([self(null)], without("建设方式", "协议及支付凭证", "一卡通及银行回单"));
      expect(findingsOf("GEN-MISSING-COLUMN", sheet)).toEqual([]);
      expect(marksOf(RULE, sheet)).toEqual([]);
    });
  });
});
