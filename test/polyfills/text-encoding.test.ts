import { TextDecoder as NodeDecoder, TextEncoder as NodeEncoder } from "node:util";
import { TextDecoderPolyfill, TextEncoderPolyfill } from "../../src/polyfills/text-encoding";

/**
 * The TextDecoder / TextEncoder installed in Internet Explorer 11 against Node's own (the Encoding Standard's
 * behaviour): the same text for valid and malformed bytes, whole or streamed in pieces, with and without BOM.
 */
let seed = 11;
const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;

function randomBytes(n: number, biased: boolean): Uint8Array {
  const b = new Uint8Array(n);
  // Biased: mostly bytes that start or continue UTF-8 sequences, so that edge cases come up often.
  const pick = [
    0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x90, 0x8f,
  ];
  for (let i = 0; i < n; i++) b[i] = biased ? (pick[rand(pick.length)] as number) : rand(256);
  return b;
}

function streamed(decoder: { decode(b?: Uint8Array, o?: { stream?: boolean }): string }, bytes: Uint8Array) {
  let out = "";
  for (let i = 0; i < bytes.length;) {
    const step = 1 + rand(5);
    out += decoder.decode(bytes.subarray(i, i + step), { stream: true });
    i += step;
  }
  return out + decoder.decode();
}

test.each(["utf-8", "utf-16le", "utf-16be"])("%s: random bytes decode as Node decodes them", (enc) => {
  for (let n = 0; n < 3000; n++) {
    const bytes = randomBytes(rand(24), enc === "utf-8" && n % 2 === 0);
    const want = new NodeDecoder(enc).decode(bytes);
    expect([enc, [...bytes], new TextDecoderPolyfill(enc).decode(bytes)]).toEqual([enc, [...bytes], want]);
    expect([enc, [...bytes], streamed(new TextDecoderPolyfill(enc), bytes)]).toEqual([enc, [...bytes], want]);
  }
});

test("real text in each encoding, with a byte-order mark stripped unless ignoreBOM", () => {
  const text = '\ufeff户主姓名 Ａ１ 😀 <x a="é"/>';
  const utf8 = new NodeEncoder().encode(text);
  const le = new Uint8Array(Buffer.from(text, "utf16le"));
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] as number, le[i] as number];
  expect(new TextDecoderPolyfill("utf-8").decode(utf8)).toBe(text.slice(1));
  expect(new TextDecoderPolyfill("UTF-16LE").decode(le)).toBe(text.slice(1));
  expect(new TextDecoderPolyfill("utf-16be").decode(be)).toBe(text.slice(1));
  expect(new TextDecoderPolyfill("utf-8", { ignoreBOM: true }).decode(utf8)).toBe(text);
  // Streamed one byte at a time: the BOM is still stripped once, at the start only.
  const d = new TextDecoderPolyfill("utf-8");
  let out = "";
  for (const b of utf8) out += d.decode(new Uint8Array([b]), { stream: true });
  expect(out + d.decode()).toBe(text.slice(1));
  expect(d.decode(utf8)).toBe(text.slice(1)); // a new run after the flush
  expect(new TextDecoderPolyfill().decode(utf8.buffer)).toBe(text.slice(1));
  expect(new TextDecoderPolyfill().decode()).toBe("");
});

test("fatal throws where Node's fatal decoder throws; an unknown label is a RangeError", () => {
  for (let n = 0; n < 2000; n++) {
    const bytes = randomBytes(rand(12), true);
    let want: string;
    try {
      want = new NodeDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      want = "TypeError";
    }
    let got: string;
    try {
      got = new TextDecoderPolyfill("utf-8", { fatal: true }).decode(bytes);
    } catch (e) {
      got = e instanceof TypeError ? "TypeError" : String(e);
    }
    expect([[...bytes], got]).toEqual([[...bytes], want]);
  }
  expect(() => new TextDecoderPolyfill("windows-1252")).toThrow(RangeError);
});

test("TextEncoder: UTF-8 as Node writes it, lone surrogates as U+FFFD", () => {
  for (const s of [
    "",
    "abc",
    "户主姓名",
    "😀x",
    "a\ud800b",
    "\udc00",
    "é\u0301",
    "\uffff\u0080\u07ff\u0800",
  ]) {
    expect([s, [...new TextEncoderPolyfill().encode(s)]]).toEqual([s, [...new NodeEncoder().encode(s)]]);
  }
});
