import { cellText, fold, foldUpper, isCellError, isEmpty } from "../../../src/engine/parse/text";

describe("text helpers", () => {
  test("cellText reads every cell value as the clerk sees it", () => {
    expect(cellText(null)).toBe("");
    expect(cellText("  张三 ")).toBe("张三");
    expect(cellText(12.5)).toBe("12.5");
    expect(cellText(Number.NaN)).toBe("");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
  });

  test("fold removes every kind of space and folds full-width forms", () => {
    expect(fold("户主\n姓名")).toBe("户主姓名");
    expect(fold("房屋\u3000安全\r\n状况")).toBe("房屋安全状况");
    expect(fold("乡镇（街道）：")).toBe("乡镇(街道):");
    expect(fold("Ａ级\u00a0")).toBe("A级");
    expect(fold("１２３")).toBe("123");
    expect(foldUpper("ａ级")).toBe("A级");
  });

  test("isEmpty and isCellError", () => {
    expect(isEmpty(" \u3000 ")).toBe(true);
    expect(isEmpty(0)).toBe(false);
    expect(isCellError({ error: "#REF!" })).toBe(true);
    expect(isCellError("#REF!")).toBe(false);
  });
});
