import fc from "fast-check";
import { fold } from "../../../src/engine/parse/text";

/** `fold` skips NFKC for plain ASCII and CJK text: the shortcut must give what the full path gives. */
const slow = (t: string) => t.normalize("NFKC").replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, "");

const PIECES = [
  "A",
  "z",
  "9",
  " ",
  "\t",
  "\u3000",
  "\u00a0",
  "Ａ",
  "１",
  "（",
  "：",
  "张",
  "庄",
  "村",
  "√",
  "e\u0301",
  "\u0301",
  "ﬁ",
  "㎡",
  "\u2F00",
  "\uF900",
  "~",
  "\u200b",
];

describe("fold", () => {
  test.each([
    ["张卫东", "张卫东"],
    ["13812345678", "13812345678"],
    [" Ａ级 ", "A级"],
    ["户主\n姓名", "户主姓名"],
    ["e\u0301", "é"],
  ])("%j folds to %j", (input, want) => {
    expect(fold(input)).toBe(want);
  });

  test("gives the same as NFKC + whitespace removal on any mix of characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        const t = parts.join("");
        expect(fold(t)).toBe(slow(t));
      }),
    );
    fc.assert(fc.property(fc.string({ unit: "binary" }), (t) => expect(fold(t)).toBe(slow(t))));
  });
});
