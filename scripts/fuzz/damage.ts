/** Fuzz corpus: truncations and byte flips of valid workbooks. */
import { unzipSync } from "fflate";
import { zip } from "./parts";
import { random, UNREADABLE, type Entry } from "./tables";

/** Truncations and byte flips of valid workbooks: the damaged files that really arrive from villages. */
export function damaged(bases: ReadonlyArray<[string, Uint8Array]>): Entry[] {
  const out: Entry[] = [];
  const rnd = random(20240715);
  for (const [base, bytes] of bases) {
    const n = bytes.length;
    const cuts = new Set([1, 2, 4, 22, 30, 100, n - 1, n - 2, n - 21, n - 22, n - 23, n - 46, n - 100]);
    for (let i = 1; i <= 24; i++) cuts.add(Math.floor((n * i) / 25));
    for (const cut of [...cuts].filter((c) => c > 0 && c < n).sort((a, b) => a - b)) {
      out.push({ name: `truncated-${base}-at-${cut}`, bytes: bytes.slice(0, cut), status: UNREADABLE });
    }
    for (let i = 0; i < 24; i++) {
      const b = bytes.slice();
      const at = Math.floor(rnd() * n);
      b[at] = (b[at] ?? 0) ^ (1 + Math.floor(rnd() * 255));
      out.push({ name: `flip-${base}-${at}`, bytes: b });
    }
    for (let i = 0; i < 6; i++) {
      const b = bytes.slice();
      const at = Math.floor(rnd() * (n - 64));
      for (let k = 0; k < 64; k++) b[at + k] = Math.floor(rnd() * 256);
      out.push({ name: `burst-${base}-${at}`, bytes: b });
    }
    // Damage inside the XML, zipped again properly: the parser, not the zip, meets it.
    // (Only for a zip: .xls and .csv bases have no XML part to damage.)
    let files: Record<string, Uint8Array> = {};
    try {
      files = unzipSync(bytes);
    } catch {
      files = {};
    }
    const sheet = Object.keys(files).find((k) => /worksheets\/sheet1\.xml$/i.test(k));
    const xml = sheet ? files[sheet] : undefined;
    for (let i = 0; sheet && xml && i < 8; i++) {
      const x = xml.slice();
      const at = Math.floor(rnd() * x.length);
      x[at] = [0x3c, 0x3e, 0x22, 0x26, 0x00, 0x2f][i % 6] ?? 0;
      out.push({ name: `xml-flip-${base}-${at}`, bytes: zip({ ...files, [sheet]: x }) });
    }
  }
  return out;
}
