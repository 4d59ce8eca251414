/**
 * MD5, SHA-1 and RC4, as small as they come: what Excel's default-password (VelvetSweatshop) .xls encryption needs
 * (MS-OFFCRYPTO 2.3.6, 2.3.5). Pure code, no Web Crypto (asynchronous, and missing where the pages still run).
 * Not for anything secret: only to read files whose password is public.
 */

function bytesToWords(data: Uint8Array, bigEndian: boolean): { words: number[]; bits: number } {
  const words: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const shift = bigEndian ? 24 - (i % 4) * 8 : (i % 4) * 8;
    words[i >> 2] = (words[i >> 2] ?? 0) | ((data[i] ?? 0) << shift);
  }
  return { words, bits: data.length * 8 };
}

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);

export function md5(data: Uint8Array): Uint8Array {
  const { words: w, bits } = bytesToWords(data, false);
  w[bits >> 5] = (w[bits >> 5] ?? 0) | (0x80 << (bits % 32));
  const n = (((bits + 64) >>> 9) << 4) + 16;
  for (let i = 0; i < n; i++) w[i] = w[i] ?? 0;
  w[n - 2] = bits >>> 0;
  w[n - 1] = Math.floor(bits / 2 ** 32);
  let a0 = 0x67452301;
  let b0 = 0xefcdab89 | 0;
  let c0 = 0x98badcfe | 0;
  let d0 = 0x10325476;
  for (let o = 0; o < n; o += 16) {
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const s = MD5_S[(i >> 4) * 4 + (i % 4)] ?? 0;
      const t = d;
      d = c;
      c = b;
      b = (b + rotl((a + f + (MD5_K[i] ?? 0) + (w[o + g] ?? 0)) | 0, s)) | 0;
      a = t;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  const out = new Uint8Array(16);
  [a0, b0, c0, d0].forEach((v, i) => {
    for (let k = 0; k < 4; k++) out[i * 4 + k] = (v >>> (8 * k)) & 0xff;
  });
  return out;
}

export function sha1(data: Uint8Array): Uint8Array {
  const { words: w, bits } = bytesToWords(data, true);
  w[bits >> 5] = (w[bits >> 5] ?? 0) | (0x80 << (24 - (bits % 32)));
  const n = (((bits + 64) >>> 9) << 4) + 16;
  for (let i = 0; i < n; i++) w[i] = w[i] ?? 0;
  w[n - 1] = bits >>> 0;
  w[n - 2] = Math.floor(bits / 2 ** 32);
  const h = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0];
  const x: number[] = new Array<number>(80).fill(0);
  for (let o = 0; o < n; o += 16) {
    for (let i = 0; i < 80; i++)
      x[i] =
        i < 16
          ? (w[o + i] ?? 0)
          : rotl((x[i - 3] ?? 0) ^ (x[i - 8] ?? 0) ^ (x[i - 14] ?? 0) ^ (x[i - 16] ?? 0), 1);
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let i = 0; i < 80; i++) {
      const f =
        i < 20
          ? ((b & c) | (~b & d)) + 0x5a827999
          : i < 40
            ? (b ^ c ^ d) + 0x6ed9eba1
            : i < 60
              ? ((b & c) | (b & d) | (c & d)) - 0x70e44324
              : (b ^ c ^ d) - 0x359d3e2a;
      const t = (rotl(a, 5) + f + e + (x[i] ?? 0)) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h[0] = ((h[0] ?? 0) + a) | 0;
    h[1] = ((h[1] ?? 0) + b) | 0;
    h[2] = ((h[2] ?? 0) + c) | 0;
    h[3] = ((h[3] ?? 0) + d) | 0;
    h[4] = ((h[4] ?? 0) + e) | 0;
  }
  const out = new Uint8Array(20);
  h.forEach((v, i) => {
    for (let k = 0; k < 4; k++) out[i * 4 + k] = (v >>> (24 - 8 * k)) & 0xff;
  });
  return out;
}

/** An RC4 key stream: `xor(data)` encrypts or decrypts in place, continuing where the last call stopped. */
export class Rc4 {
  private readonly s = new Uint8Array(256);
  private i = 0;
  private j = 0;

  constructor(key: Uint8Array) {
    const s = this.s;
    for (let i = 0; i < 256; i++) s[i] = i;
    for (let i = 0, j = 0; i < 256; i++) {
      j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 0xff;
      const t = s[i] ?? 0;
      s[i] = s[j] ?? 0;
      s[j] = t;
    }
  }

  xor(data: Uint8Array, from = 0, to = data.length): void {
    const s = this.s;
    let { i, j } = this;
    for (let p = from; p < to; p++) {
      i = (i + 1) & 0xff;
      j = (j + (s[i] ?? 0)) & 0xff;
      const t = s[i] ?? 0;
      s[i] = s[j] ?? 0;
      s[j] = t;
      data[p] = (data[p] ?? 0) ^ (s[((s[i] ?? 0) + t) & 0xff] ?? 0);
    }
    this.i = i;
    this.j = j;
  }

  /** Advances the key stream by n bytes. */
  skip(n: number): void {
    this.xor(new Uint8Array(n));
  }
}
