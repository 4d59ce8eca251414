import { NFKC_RUNS, NFKC_SINGLES } from "./nfkc-table";

/**
 * Unicode normalization form NFKC (full-width Ａ１：→ A1:, ideographic space → space, ① → 1, ㎡ → m2 …). Where the
 * runtime has `String.prototype.normalize` (every runtime but Internet Explorer 11) it is used as it is. Without
 * it, each code point is replaced by its own NFKC form from nfkc-table.ts (generated from Unicode's data by
 * scripts/make-nfkc-table.ts): the same result for every single character (test/engine/parse/nfkc.test.ts checks
 * all 1.1 million), but decomposed sequences (a letter followed by a combining accent, half-width katakana with
 * ﾞ) are not composed as NFKC would compose them. Table text does not use them.
 */
export function nfkc(text: string): string {
  return hasNormalize ? text.normalize("NFKC") : nfkcByTable(text);
}

const hasNormalize = typeof "".normalize === "function";

let table: Record<number, string> | undefined;

function load(): Record<number, string> {
  const t: Record<number, string> = {};
  for (const run of NFKC_RUNS.split(";")) {
    const [start, length, delta] = run.split(",").map((n) => parseInt(n, 36)) as [number, number, number];
    for (let i = 0; i < length; i++) t[start + i] = fromCodePoint(start + i + delta);
  }
  let cp = 0;
  for (let i = 0; i < NFKC_SINGLES.length;) {
    const tilde = NFKC_SINGLES.indexOf("~", i);
    cp += parseInt(NFKC_SINGLES.slice(i, tilde), 36);
    const length = parseInt(NFKC_SINGLES.charAt(tilde + 1), 36);
    t[cp] = NFKC_SINGLES.slice(tilde + 2, tilde + 2 + length);
    i = tilde + 2 + length;
  }
  return t;
}

function fromCodePoint(cp: number): string {
  if (cp < 0x10000) return String.fromCharCode(cp);
  const v = cp - 0x10000;
  return String.fromCharCode(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
}

/** The table's fold, exported for the test that compares it with the runtime's normalize. */
export function nfkcByTable(text: string): string {
  let i = 0;
  // Nothing below U+00A0 changes: most text is returned as it is.
  while (i < text.length && text.charCodeAt(i) < 0xa0) i++;
  if (i === text.length) return text;
  const t = (table ??= load());
  let out = text.slice(0, i);
  while (i < text.length) {
    let cp = text.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        width = 2;
      }
    }
    const mapped = t[cp];
    out += mapped === undefined ? text.slice(i, i + width) : mapped;
    i += width;
  }
  return out;
}
