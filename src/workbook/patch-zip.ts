import { deflateSync, inflateSync } from "fflate";
import { WorkbookReadError } from "./errors";
import { listZip, type ZipEntry } from "./zip";

/**
 * The zip side of writing an annotated copy: parts that do not change are copied as they are, compressed bytes
 * and all (no inflate, no deflate); only the parts Anju changes or adds are compressed again. Plain Uint8Array
 * and fflate, no Node APIs (the browser page writes copies too).
 */

/** Raw deflate and CRC-32: fflate everywhere; a host may pass a faster one (Node's zlib, see node-codec.ts). */
export interface ZipCodec {
  /** Inflates raw deflate data that the directory says is `size` bytes; fails rather than give more. */
  inflate(data: Uint8Array, size: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

export const FFLATE_CODEC: ZipCodec = {
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  // Level 1 for big parts (a sheet of 100k rows): most of the size gain for a fraction of the time.
  deflate: (data) => deflateSync(data, { level: data.length > 1 << 20 ? 1 : 6 }),
  crc32: (data) => crc32(data),
};

/** One entry of the input zip: its central-directory record (read by the reader's `listZip`) and where its data is. */
export interface RawEntry extends ZipEntry {
  /** Where the compressed data starts in the input. */
  readonly dataOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) + u16(b, i + 2) * 65536) >>> 0;

function corrupt(detail: string): WorkbookReadError {
  return new WorkbookReadError("corrupt", { detail });
}

/** Every entry of the zip in directory order (the first of duplicate names wins, as readers do). */
export function readEntries(bytes: Uint8Array): RawEntry[] {
  const out: RawEntry[] = [];
  const seen = new Set<string>();
  for (const entry of listZip(bytes)) {
    const local = entry.localOffset;
    if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL)
      throw corrupt(`bad local header for ${entry.name}`);
    const dataOffset = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataOffset + entry.compressedSize > bytes.length) throw corrupt(`${entry.name} is truncated`);
    const key = entry.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...entry, dataOffset });
  }
  return out;
}

/** The uncompressed bytes of an entry, refused beyond `maxBytes` (a zip bomb never gets inflated). */
export function inflateEntry(
  bytes: Uint8Array,
  entry: RawEntry,
  maxBytes: number,
  codec: ZipCodec = FFLATE_CODEC,
): Uint8Array {
  if (entry.flags & 1) throw corrupt(`${entry.name} is encrypted inside the zip`);
  if (entry.claimedSize > maxBytes) {
    throw new WorkbookReadError("too-large", { mb: Math.round(maxBytes / 1024 / 1024) });
  }
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw corrupt(`${entry.name} uses compression method ${entry.method}`);
  try {
    // The output buffer is sized by the directory: inflating more than it claims fails instead of growing.
    const out = codec.inflate(data, entry.claimedSize);
    if (out.length !== entry.claimedSize) throw new Error("size differs from the directory");
    return out;
  } catch (e) {
    throw corrupt(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

interface Written {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

/** Builds a zip from copied entries and new parts; `finish()` returns the bytes. */
export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly written: Written[] = [];
  private length = 0;
  private readonly now = dosTime(new Date());

  constructor(private readonly codec: ZipCodec = FFLATE_CODEC) {}

  /** An entry of the input, copied compressed as it is. */
  copy(input: Uint8Array, entry: RawEntry): void {
    const data = input.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    // Sizes and CRC go in the local header, so a data descriptor (flag 3) is no longer needed.
    this.add(
      entry.name,
      entry.flags & 0x0806,
      entry.method,
      entry.time,
      entry.date,
      entry.crc,
      entry.claimedSize,
      data,
    );
  }

  /** A new or changed part, deflated. */
  put(name: string, data: Uint8Array): void {
    const packed = this.codec.deflate(data);
    this.add(name, 0, 8, this.now.time, this.now.date, this.codec.crc32(data), data.length, packed);
  }

  finish(): Uint8Array {
    const start = this.length;
    for (const w of this.written) {
      const h = new Uint8Array(46 + w.name.length);
      const v = new DataView(h.buffer);
      v.setUint32(0, CENTRAL, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 20, true);
      v.setUint16(8, w.flags, true);
      v.setUint16(10, w.method, true);
      v.setUint16(12, w.time, true);
      v.setUint16(14, w.date, true);
      v.setUint32(16, w.crc, true);
      v.setUint32(20, w.compressedSize, true);
      v.setUint32(24, w.size, true);
      v.setUint16(28, w.name.length, true);
      v.setUint32(42, w.offset, true);
      h.set(w.name, 46);
      this.push(h);
    }
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, EOCD, true);
    v.setUint16(8, this.written.length, true);
    v.setUint16(10, this.written.length, true);
    v.setUint32(12, this.length - start, true);
    v.setUint32(16, start, true);
    this.push(end);
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  private add(
    name: string,
    flags: number,
    method: number,
    time: number,
    date: number,
    crc: number,
    size: number,
    data: Uint8Array,
  ): void {
    const nameBytes = new TextEncoder().encode(name);
    // Bit 11: the name is UTF-8 (part names may be Chinese).
    const f = /[^\x20-\x7e]/.test(name) ? flags | 0x0800 : flags;
    if (this.length + data.length > 0xfffffffe || size > 0xfffffffe || this.written.length >= 0xffff) {
      throw new WorkbookReadError("too-large", { mb: 4096 });
    }
    const h = new Uint8Array(30 + nameBytes.length);
    const v = new DataView(h.buffer);
    v.setUint32(0, LOCAL, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, f, true);
    v.setUint16(8, method, true);
    v.setUint16(10, time, true);
    v.setUint16(12, date, true);
    v.setUint32(14, crc, true);
    v.setUint32(18, data.length, true);
    v.setUint32(22, size, true);
    v.setUint16(26, nameBytes.length, true);
    h.set(nameBytes, 30);
    this.written.push({
      name: nameBytes,
      flags: f,
      method,
      time,
      date,
      crc,
      compressedSize: data.length,
      size,
      offset: this.length,
    });
    this.push(h);
    this.push(data);
  }

  private push(c: Uint8Array): void {
    this.chunks.push(c);
    this.length += c.length;
  }
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
