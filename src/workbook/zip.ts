import { Inflate } from "fflate";
import { WorkbookReadError } from "./errors";

/** One file of a zip, as its central directory describes it. */
export interface ZipEntry {
  /** The name as stored, with `\` turned into `/` and any leading `/` removed. */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  /** DOS time and date, and CRC-32, as stored (the patcher copies entries with them unchanged). */
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** What the zip claims: an early refusal when above the limit, and a ceiling the real output must not pass. */
  readonly claimedSize: number;
  readonly localOffset: number;
}

/** Bytes inflated so far against the limit, shared by every part read from one workbook. */
export interface ByteBudget {
  used: number;
  readonly max: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes pushed to the inflater at a time: one push inflates to at most ~1032× this. */
const CHUNK = 1 << 15;

const u16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) + u16(b, i + 2) * 65536) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 4294967296;

/**
 * Reads a zip's central directory. Entries are looked up case-insensitively (OPC part names are), and nothing is
 * decompressed here: parts are inflated on demand by `readEntry`, which counts real output bytes.
 */
export function openZip(bytes: Uint8Array): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  for (const e of listZip(bytes))
    if (!entries.has(e.name.toLowerCase())) entries.set(e.name.toLowerCase(), e);
  return entries;
}

/** Every entry of the central directory, duplicates included, in order. */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  let e = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 65535);
  while (e >= stop && u32(bytes, e) !== EOCD) e--;
  if (e < stop) throw corrupt("no end-of-central-directory record");
  let count = u16(bytes, e + 10);
  let offset = u32(bytes, e + 16);
  if (e >= 20 && u32(bytes, e - 20) === ZIP64_LOCATOR) {
    const z = u64(bytes, e - 12);
    if (z + 56 <= bytes.length && u32(bytes, z) === ZIP64_EOCD) {
      count = u64(bytes, z + 32);
      offset = u64(bytes, z + 48);
    }
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) throw corrupt("bad central directory");
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let compressedSize = u32(bytes, p + 20);
    let claimedSize = u32(bytes, p + 24);
    let localOffset = u32(bytes, p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen > bytes.length) throw corrupt("bad central directory");
    // Zip64: the real sizes and offset sit in extra field 0x0001, in this order, for the fields that overflowed.
    for (let x = nameEnd; x + 4 <= nameEnd + extraLen;) {
      const id = u16(bytes, x);
      const size = u16(bytes, x + 2);
      if (id === 1) {
        let f = x + 4;
        if (claimedSize === 0xffffffff) {
          claimedSize = u64(bytes, f);
          f += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, f);
          f += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, f);
      }
      x += 4 + size;
    }
    const raw = new TextDecoder("utf-8").decode(bytes.subarray(p + 46, nameEnd));
    const name = raw.replace(/\\/g, "/").replace(/^\/+/, "");
    const entry = {
      name,
      method: u16(bytes, p + 10),
      flags: u16(bytes, p + 8),
      time: u16(bytes, p + 12),
      date: u16(bytes, p + 14),
      crc: u32(bytes, p + 16),
      compressedSize,
      claimedSize,
      localOffset,
    };
    entries.push(entry);
    p = nameEnd + extraLen + commentLen;
  }
  return entries;
}

/**
 * Inflates one entry chunk by chunk into `sink`, stopping as soon as the real output passes the budget (a zip
 * bomb, including one whose headers lie about the size, never gets further than the limit in memory or time).
 */
export function readEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: ByteBudget,
  onTooLarge: () => Error,
  sink: (chunk: Uint8Array) => void,
): void {
  if (entry.flags & 1) throw corrupt(`${entry.name} is encrypted inside the zip`);
  if (budget.used + entry.claimedSize > budget.max) throw onTooLarge();
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) throw corrupt(`bad local header for ${entry.name}`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} is truncated`);
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    // A part that inflates beyond the size its header states is damaged or a bomb in disguise: stop there, so
    // time and memory are bounded by the (already checked) claimed size as well as by the limit.
    if (produced > entry.claimedSize)
      throw corrupt(`${entry.name} inflates beyond the size its header states`);
    budget.used += chunk.length;
    if (budget.used > budget.max) throw onTooLarge();
    if (chunk.length > 0) sink(chunk);
  };
  if (entry.method === 0) {
    for (let p = start; p < end; p += CHUNK * 32) take(bytes.subarray(p, Math.min(end, p + CHUNK * 32)));
    return;
  }
  if (entry.method !== 8) throw corrupt(`${entry.name} uses compression method ${entry.method}`);
  const inflater = new Inflate(take);
  try {
    if (start === end) inflater.push(new Uint8Array(0), true);
    for (let p = start; p < end; p += CHUNK)
      inflater.push(bytes.subarray(p, Math.min(end, p + CHUNK)), p + CHUNK >= end);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw corrupt(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function corrupt(detail: string): WorkbookReadError {
  return new WorkbookReadError("corrupt", { detail });
}
