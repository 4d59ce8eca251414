import { WorkbookReadError } from "../errors";
import { md5, Rc4, sha1 } from "./digest";
import type { SheetJs } from "./sheetjs";

/** Excel's default workbook password: an .xls whose structure or sheets are protected is encrypted with it. */
export const DEFAULT_PASSWORD = "VelvetSweatshop";

const FILEPASS = 0x002f;
const BOUNDSHEET = 0x0085;
/** Records left unencrypted (MS-XLS 2.2.10): BOF, FilePass, UsrExcl, FileLock, InterfaceHdr, RRDInfo, RRDHead. */
const PLAIN = new Set([0x0809, FILEPASS, 0x0194, 0x0195, 0x00e1, 0x0196, 0x0138]);
/** A record type no BIFF version has: the FilePass record becomes this, so the reader skips it. */
const SKIPPED = 0x0eee;
const BLOCK = 1024;

interface CfbEntry {
  name: string;
  content: Uint8Array | number[];
}
interface Cfb {
  FileIndex: CfbEntry[];
}

const u16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) + u16(b, i + 2) * 65536) >>> 0;

/**
 * An encrypted .xls (a FilePass record at the top of its Workbook stream) whose password is Excel's default: the
 * compound file again with the stream decrypted, as Excel opens it without asking. RC4 (Excel 97/2000) and RC4
 * CryptoAPI (Excel 2002 and later) are decrypted here; XOR obfuscation (Excel 95) is left to SheetJS, which reads it
 * when told the password (`xor: true`). Undefined when the file is not encrypted. Any other password: the
 * "encrypted" error.
 */
export function decryptDefault(
  xlsx: SheetJs,
  bytes: Uint8Array,
): { bytes: Uint8Array } | { xor: true } | undefined {
  const CFB = xlsx.CFB as {
    parse(data: Uint8Array): Cfb;
    write(cfb: Cfb, options: { type: "array" }): ArrayBuffer | Uint8Array;
  };
  let cfb: Cfb;
  try {
    cfb = CFB.parse(bytes);
  } catch {
    return undefined; // not a compound file SheetJS can read: its own error comes next
  }
  const entry = cfb.FileIndex.find((e) => /^(workbook|book)$/i.test(e.name));
  if (!entry) return undefined;
  const stream = Uint8Array.from(entry.content);
  const at = filePassAt(stream);
  if (at === undefined) return undefined;
  const size = u16(stream, at + 2);
  const data = stream.subarray(at + 4, at + 4 + size);
  const type = u16(data, 0);
  if (type === 0) return { xor: true };
  const keys = type === 1 ? keyMaker(data.subarray(2)) : undefined;
  if (!keys) throw new WorkbookReadError("encrypted");
  decryptStream(stream, at + 4 + size, keys);
  stream[at] = SKIPPED & 0xff;
  stream[at + 1] = SKIPPED >> 8;
  entry.content = stream;
  const out = CFB.write(cfb, { type: "array" });
  return { bytes: out instanceof Uint8Array ? out : new Uint8Array(out) };
}

/** Offset of the FilePass record of the workbook globals (right after BOF and a few plain records), if any. */
function filePassAt(stream: Uint8Array): number | undefined {
  let pos = 0;
  for (let n = 0; n < 64 && pos + 4 <= stream.length; n++) {
    const type = u16(stream, pos);
    if (type === FILEPASS) return pos;
    // Encryption starts before any sheet or cell: stop at the first record that could not precede it.
    if (n > 0 && (type === 0x0809 || type === 0x000a || type === BOUNDSHEET)) return undefined;
    pos += 4 + u16(stream, pos + 2);
  }
  return undefined;
}

type BlockKey = (block: number) => Uint8Array;

/** The key of each 1,024-byte block, when the default password opens the file (its verifier matches). */
function keyMaker(rc4: Uint8Array): BlockKey | undefined {
  const major = u16(rc4, 0);
  const minor = u16(rc4, 2);
  const password = utf16(DEFAULT_PASSWORD);
  if (major === 1 && minor === 1) {
    // RC4 (MS-OFFCRYPTO 2.3.6.2): MD5 of the password, mixed 16 times with the salt.
    const salt = rc4.subarray(4, 20);
    const h0 = md5(password).subarray(0, 5);
    const mixed = new Uint8Array(21 * 16);
    for (let i = 0; i < 16; i++) {
      mixed.set(h0, i * 21);
      mixed.set(salt, i * 21 + 5);
    }
    const h1 = md5(mixed).subarray(0, 5);
    const key = (block: number) => md5(concat(h1, le32(block)));
    return verified(key, rc4.subarray(20, 36), rc4.subarray(36, 52), md5) ? key : undefined;
  }
  if ((major === 2 || major === 3 || major === 4) && minor === 2) {
    // RC4 CryptoAPI (2.3.5.2): SHA-1 of salt and password; 40-bit keys are padded to 128 bits.
    const headerSize = u32(rc4, 8);
    const header = rc4.subarray(12, 12 + headerSize);
    const keyBits = u32(header, 16) || 40;
    const v = rc4.subarray(12 + headerSize);
    const saltSize = u32(v, 0);
    const salt = v.subarray(4, 4 + saltSize);
    const encVerifier = v.subarray(4 + saltSize, 20 + saltSize);
    const hashSize = u32(v, 20 + saltSize);
    const encHash = v.subarray(24 + saltSize, 24 + saltSize + hashSize);
    const h0 = sha1(concat(salt, password));
    const key = (block: number) => {
      const h = sha1(concat(h0, le32(block)));
      return keyBits === 40 ? concat(h.subarray(0, 5), new Uint8Array(11)) : h.subarray(0, keyBits / 8);
    };
    return verified(key, encVerifier, encHash, sha1) ? key : undefined;
  }
  return undefined;
}

function verified(
  key: BlockKey,
  encVerifier: Uint8Array,
  encHash: Uint8Array,
  hash: (d: Uint8Array) => Uint8Array,
): boolean {
  if (encVerifier.length !== 16 || encHash.length === 0) return false;
  const rc4 = new Rc4(key(0));
  const verifier = encVerifier.slice();
  const expected = encHash.slice();
  rc4.xor(verifier);
  rc4.xor(expected);
  const got = hash(verifier);
  for (let i = 0; i < expected.length; i++) if (got[i] !== expected[i]) return false;
  return true;
}

/**
 * Decrypts every record after FilePass in place: record headers stay plain (their bytes still use key stream), the
 * plain records stay plain, and a BoundSheet8 keeps its first four bytes (the sheet's stream offset) plain.
 */
function decryptStream(stream: Uint8Array, from: number, key: BlockKey): void {
  let block = -1;
  let offset = 0;
  let rc4: Rc4 | undefined;
  const decrypt = (a: number, b: number) => {
    for (let p = a; p < b;) {
      const blk = Math.floor(p / BLOCK);
      const inBlock = p % BLOCK;
      if (blk !== block || !rc4 || inBlock < offset) {
        rc4 = new Rc4(key(blk));
        block = blk;
        offset = 0;
      }
      if (inBlock > offset) rc4.skip(inBlock - offset);
      const end = Math.min(b, (blk + 1) * BLOCK);
      rc4.xor(stream, p, end);
      offset = end - blk * BLOCK;
      p = end;
    }
  };
  let pos = from;
  while (pos + 4 <= stream.length) {
    const type = u16(stream, pos);
    const size = u16(stream, pos + 2);
    const start = pos + 4;
    const end = Math.min(stream.length, start + size);
    if (type === BOUNDSHEET) decrypt(Math.min(end, start + 4), end);
    else if (!PLAIN.has(type)) decrypt(start, end);
    pos = start + size;
  }
}

function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

function le32(n: number): Uint8Array {
  return new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
