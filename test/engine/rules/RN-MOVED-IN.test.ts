import { renderMessage } from "../../../src/engine/messages";
import type { CellValue } from "../../../src/engine/model/types";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { RENOVATION_HEADER, renovationSheet } from "../ledgers/tables";

const RULE = "RN-MOVED-IN";
const at = (...cells: string[]) => [{ row: 4, cells, severity: "error" }];

describe(`${RULE}: 竣工验收 是 and 入住情况 已入住`, () => {
  test.each<[string, CellValue, CellValue]>([
    ["是 and 已入住", "是", "已入住"],
    ["验收合格 and 是", "验收合格", "是"],
    ["已验收 and 已搬迁入住", "已验收", "已搬迁入住"],
    ["an acceptance date and a move-in date", "2019-11-20", "2019-12-01"],
    ["√ and √", "√", "√"],
  ])("%s: no finding", (_, acceptance, movedIn) => {
    expect(marksOf(RULE, renovationSheet([{ acceptance, movedIn }]))).toEqual([]);
  });

  test.each<[string, CellValue, CellValue, string[]]>([
    ["竣工验收 否", "否", "已入住", ["M4"]],
    ["竣工验收 empty", null, "已入住", ["M4"]],
    ["竣工验收 未验收", "未验收", "已入住", ["M4"]],
    ["入住情况 未入住", "是", "未入住", ["N4"]],
    ["入住情况 empty", "是", null, ["N4"]],
    ["入住情况 否", "是", "否", ["N4"]],
    ["both", "否", "未入住", ["M4", "N4"]],
  ])("%s: error on the cells that fall short", (_, acceptance, movedIn, cells) => {
    expect(marksOf(RULE, renovationSheet([{ acceptance, movedIn }]))).toEqual(at(...cells));
  });

  test("the message names the columns", () => {
    const [f] = findingsOf(RULE, renovationSheet([{ movedIn: "未入住" }]));
    expect(renderMessage(f!)).toBe("李四：应经核实已实际入住，“入住情况”应为“已入住”。");
  });

  test("a sheet without 入住情况 checks 竣工验收 only (and reports the missing column)", () => {
    const header = RENOVATION_HEADER.map((h) => (h === "入住情况" ? "联系电话" : h));
    const sheet = renovationSheet([{ movedIn: "未入住" }, { acceptance: "否" }], header);
    expect(marksOf(RULE, sheet)).toEqual([{ row: 5, cells: ["M5"], severity: "error" }]);
    expect(findingsOf("GEN-MISSING-COLUMN", sheet).map((f) => f.params.column)).toEqual(["入住情况"]);
  });
});
