/**
 * A minimal 7z writer (no new dependency): every file stored uncompressed (the Copy coder, method ID 00) in one
 * folder, with CRCs and UTF-16 names, after Igor Pavlov's 7zFormat.txt. WPS's offline/enterprise mode
 * (jsplugins.xml `<jsplugin url="….7z">`) takes the add-in as a .7z, the format Kingsoft's wpsjs builds; the
 * add-in's files are already minified, so storing them costs little. Read back in test/scripts/wps-release.test.ts
 * with libarchive.
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** 7z's variable-length NUMBER: leading one bits of the first byte say how many little-endian bytes follow. */
function num(v: number): number[] {
  if (v < 0x80) return [v];
  for (let n = 1; n <= 8; n++) {
    const limit = 2 ** (8 * n + 7 - n);
    if (n < 8 && v >= limit) continue;
    const low = 2 ** (8 * n);
    const high = Math.floor(v / low);
    const out = [((0xff00 >> n) & 0xff) | high];
    let rest = v % low;
    for (let i = 0; i < n; i++) {
      out.push(rest % 256);
      rest = Math.floor(rest / 256);
    }
    return out;
  }
  throw new Error("number too large");
}

function u32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

function u64(v: number): number[] {
  return [...u32(v % 2 ** 32), ...u32(Math.floor(v / 2 ** 32))];
}

function bits(flags: readonly boolean[]): number[] {
  const out = new Array<number>(Math.ceil(flags.length / 8)).fill(0);
  flags.forEach((f, i) => {
    if (f) out[i >> 3] = (out[i >> 3] as number) | (0x80 >> (i & 7));
  });
  return out;
}

function utf16z(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(c & 0xff, c >> 8);
  }
  out.push(0, 0);
  return out;
}

/** A .7z holding `files` (path with `/` → bytes), in the given order. */
export function sevenZip(files: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const streams = files.filter(([, b]) => b.length > 0);
  const packSize = streams.reduce((n, [, b]) => n + b.length, 0);
  const h: number[] = [0x01]; // kHeader
  if (streams.length > 0) {
    h.push(0x04); // kMainStreamsInfo
    h.push(0x06, ...num(0), ...num(1), 0x09, ...num(packSize), 0x00); // kPackInfo
    // kUnPackInfo: one folder, one coder (flags 0x01: id size 1, simple), id 00 = Copy; its unpack size.
    h.push(0x07, 0x0b, ...num(1), 0x00, ...num(1), 0x01, 0x00, 0x0c, ...num(packSize), 0x00);
    h.push(0x08, 0x0d, ...num(streams.length)); // kSubStreamsInfo, kNumUnPackStream
    if (streams.length > 1) {
      h.push(0x09);
      for (const [, b] of streams.slice(0, -1)) h.push(...num(b.length));
    }
    h.push(0x0a, 0x01);
    for (const [, b] of streams) h.push(...u32(crc32(b)));
    h.push(0x00, 0x00); // end of SubStreamsInfo, end of MainStreamsInfo
  }
  h.push(0x05, ...num(files.length)); // kFilesInfo
  const empty = files.map(([, b]) => b.length === 0);
  if (empty.some(Boolean)) {
    const e = bits(empty);
    h.push(0x0e, ...num(e.length), ...e);
    const f = bits(empty.filter(Boolean).map(() => true));
    h.push(0x0f, ...num(f.length), ...f);
  }
  const names = [0x00, ...files.flatMap(([p]) => utf16z(p))];
  h.push(0x11, ...num(names.length), ...names);
  h.push(0x00, 0x00); // end of FilesInfo, end of Header
  const header = Uint8Array.from(h);
  const start = [...u64(packSize), ...u64(header.length), ...u32(crc32(header))];
  const out = new Uint8Array(32 + packSize + header.length);
  out.set([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04], 0);
  out.set(u32(crc32(Uint8Array.from(start))), 8);
  out.set(start, 12);
  let at = 32;
  for (const [, b] of streams) {
    out.set(b, at);
    at += b.length;
  }
  out.set(header, at);
  return out;
}
