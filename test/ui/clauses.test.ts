import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CLAUSE_SOURCES, clauseQuotes } from "../../src/engine/messages/clauses";
import { t } from "../../src/engine/messages";
import { ALL_RULES } from "../../src/engine/rules/registry";

/**
 * The rule panel quotes the standards; a quote must be the standard's own sentence. The seeds are PDF text with
 * hard line breaks, so those (and the spaces around them) are the only thing removed before comparing.
 */
const SEEDS = process.env.ANJU_SEEDS ?? join(__dirname, "..", "..", "vendor", "standards");
const unwrap = (s: string) => s.replace(/\s*\n\s*/g, "");
const seed = (name: string) => unwrap(readFileSync(join(SEEDS, name), "utf8"));
const TEXT: Record<string, string> = {
  docTZ: seed("002_7707ecbf3bbdb374.txt"),
  docSX: seed("001_7e44927019addc3d.txt"),
};
describe("quotes against the seed standards", () => {
  const quotes = Object.entries(CLAUSE_SOURCES).flatMap(([key, src]) =>
    src.quotes.map((q) => [key, src.doc, q]),
  );
  test.each(quotes)("%s is quoted verbatim", (_key, doc, quote) => {
    expect(TEXT[doc as string]).toContain(quote);
  });
});

test("every clause a rule cites finds its sentences (GB 11643 is named, not quoted)", () => {
  for (const rule of ALL_RULES) {
    for (const ref of clauseQuotes(rule.clause)) {
      expect([rule.id, ref.ref, ref.source !== undefined]).toEqual([rule.id, ref.ref, true]);
    }
  }
});

test.each([
  ["TZ 注3; TZ 7.1.1 a)", ["TZ 注3", "TZ 7.1.1 a)"]],
  ["TZ 表A.1 / SX 三", ["TZ 表A.1", "SX 三"]],
  ["TZ 10.1.1 一户一档", ["TZ 10.1.1 一户一档"]],
  ["SX 二.1(1); 三.1(1)", ["SX 二.1(1)", "SX 三.1(1)"]],
  ["SX 三.2(2); TZ 6.2.2", ["SX 三.2(2)", "TZ 6.2.2"]],
  ["—", []],
])("clauseQuotes splits %s", (clause, refs) => {
  const got = clauseQuotes(clause);
  expect(got.map((r) => r.ref)).toEqual(refs);
  expect(got.every((r) => r.source !== undefined)).toBe(true);
});

test("the longest key wins: TZ 7.1.1 a) quotes a) and not b)", () => {
  const [a] = clauseQuotes("TZ 7.1.1 a)");
  expect(a?.source?.quotes.join("")).toContain("D 级危房应采取拆除重建");
  expect(a?.source?.quotes.join("")).not.toContain("C 级危房可因地制宜");
});

test("every document named has a catalogue title in both languages", () => {
  for (const src of Object.values(CLAUSE_SOURCES)) {
    expect(t(src.doc, {}, "zh-CN")).not.toBe(src.doc);
    expect(t(src.doc, {}, "en-US")).not.toBe(src.doc);
  }
});
