import fc from "fast-check";
import { isValidPhoneList } from "../../../src/engine/parse/values";

/** The list rule as it was before the plain-number shortcut: the shortcut must not change any answer. */
function reference(v: string): boolean {
  const text = v.normalize("NFKC").trim();
  if (text === "") return false;
  const raw = text
    .replace(/^(\+86|0086)\s+/, "$1")
    .replace(/(^|\D)(1[3-9]\d)[- ](\d{4})[- ](\d{4})(?!\d)/g, "$1$2$3$4")
    .replace(/(^|\D)(0\d{2,3}) (\d{7,8})(?!\d)/g, "$1$2-$3");
  const parts = raw.split(/[、，,；;/\s]+/).filter((p) => p !== "");
  const national = (p: string) => p.replace(/^(?:\+86|0086|86-)-?(?=1[3-9])/, "");
  return (
    parts.length > 0 &&
    parts.every(
      (p) =>
        /^1[3-9]\d{9}$/.test(national(p)) ||
        /^(?:\(0\d{2,3}\)|0\d{2,3}-?)\d{7,8}$/.test(p.replace(/[（）]/g, "")),
    )
  );
}

const PIECES = [
  "1",
  "3",
  "8",
  "0",
  "5",
  "2",
  "9",
  "-",
  " ",
  "(",
  ")",
  "（",
  "）",
  "+86",
  "0086",
  "、",
  "/",
  "１",
  "x",
];

describe("isValidPhoneList shortcut", () => {
  test.each([
    "13812345678",
    "0523-83412345",
    "(0523)83412345",
    "138 1234 5678",
    "+86 13812345678",
    "1381234",
    "",
  ])("%j is judged as before", (v) => {
    expect(isValidPhoneList(v)).toBe(reference(v));
  });

  test("agrees with the full rule on generated phone-like text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (parts) => {
        const v = parts.join("");
        expect(isValidPhoneList(v)).toBe(reference(v));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\(0\d{2,3}\)\d{7,8})$/), (v) => {
        expect(isValidPhoneList(v)).toBe(reference(v));
      }),
    );
  });
});
