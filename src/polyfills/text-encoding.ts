/**
 * TextDecoder and TextEncoder for Internet Explorer 11, installed only where missing: the encodings a workbook's
 * parts use (UTF-8, and UTF-16 LE/BE when a part starts with a byte-order mark), streaming (`{ stream: true }`),
 * `fatal` and `ignoreBOM`, with the Encoding Standard's replacement of malformed bytes by U+FFFD (tested against
 * Node's own decoder in test/polyfills/text-encoding.test.ts).
 */

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

const LABELS: Record<string, Encoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  unicode11utf8: "utf-8",
  unicode20utf8: "utf-8",
  "x-unicode20utf8": "utf-8",
  "utf-16le": "utf-16le",
  "utf-16": "utf-16le",
  csunicode: "utf-16le",
  "iso-10646-ucs-2": "utf-16le",
  "ucs-2": "utf-16le",
  unicode: "utf-16le",
  unicodefeff: "utf-16le",
  "utf-16be": "utf-16be",
  unicodefffe: "utf-16be",
};

const REPLACEMENT = 0xfffd;

/** Collects UTF-16 code units and turns them into a string in slices (String.fromCharCode takes no huge arrays). */
class Units {
  private parts: string[] = [];
  private buf: number[] = [];
  push(unit: number): void {
    this.buf.push(unit);
    if (this.buf.length >= 8192) this.flush();
  }
  pushCodePoint(cp: number): void {
    if (cp < 0x10000) this.push(cp);
    else {
      const v = cp - 0x10000;
      this.push(0xd800 + (v >> 10));
      this.push(0xdc00 + (v & 0x3ff));
    }
  }
  private flush(): void {
    if (this.buf.length === 0) return;
    this.parts.push(String.fromCharCode.apply(null, this.buf));
    this.buf = [];
  }
  toString(): string {
    this.flush();
    return this.parts.join("");
  }
}

/** The Encoding Standard's UTF-8 decoder, its state kept between streamed calls. */
class Utf8State {
  private cp = 0;
  private needed = 0;
  private seen = 0;
  private lower = 0x80;
  private upper = 0xbf;

  /** Decodes `bytes`; `end` flushes an unfinished sequence as U+FFFD. Returns false on an error when fatal. */
  run(bytes: Uint8Array, out: Units, end: boolean, fatal: boolean): boolean {
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i] as number;
      if (this.needed === 0) {
        i++;
        if (b <= 0x7f) out.push(b);
        else if (b >= 0xc2 && b <= 0xdf) {
          this.needed = 1;
          this.cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) this.lower = 0xa0;
          if (b === 0xed) this.upper = 0x9f;
          this.needed = 2;
          this.cp = b & 0xf;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) this.lower = 0x90;
          if (b === 0xf4) this.upper = 0x8f;
          this.needed = 3;
          this.cp = b & 0x7;
        } else {
          if (fatal) return false;
          out.push(REPLACEMENT);
        }
        continue;
      }
      if (b < this.lower || b > this.upper) {
        // The byte is not consumed: it starts the next sequence.
        this.reset();
        if (fatal) return false;
        out.push(REPLACEMENT);
        continue;
      }
      i++;
      this.lower = 0x80;
      this.upper = 0xbf;
      this.cp = (this.cp << 6) | (b & 0x3f);
      if (++this.seen === this.needed) {
        out.pushCodePoint(this.cp);
        this.reset();
      }
    }
    if (end && this.needed !== 0) {
      this.reset();
      if (fatal) return false;
      out.push(REPLACEMENT);
    }
    return true;
  }

  private reset(): void {
    this.cp = 0;
    this.needed = 0;
    this.seen = 0;
    this.lower = 0x80;
    this.upper = 0xbf;
  }
}

/** The Encoding Standard's UTF-16 decoder (either byte order). */
class Utf16State {
  private lead = -1;
  private surrogate = -1;
  constructor(private readonly bigEndian: boolean) {}

  run(bytes: Uint8Array, out: Units, end: boolean, fatal: boolean): boolean {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      if (this.lead < 0) {
        this.lead = b;
        continue;
      }
      const unit = this.bigEndian ? (this.lead << 8) | b : (b << 8) | this.lead;
      this.lead = -1;
      if (this.surrogate >= 0) {
        const high = this.surrogate;
        this.surrogate = -1;
        if (unit >= 0xdc00 && unit <= 0xdfff) {
          out.push(high);
          out.push(unit);
          continue;
        }
        if (fatal) return false;
        out.push(REPLACEMENT);
      }
      if (unit >= 0xd800 && unit <= 0xdbff) this.surrogate = unit;
      else if (unit >= 0xdc00 && unit <= 0xdfff) {
        if (fatal) return false;
        out.push(REPLACEMENT);
      } else out.push(unit);
    }
    if (end && (this.lead >= 0 || this.surrogate >= 0)) {
      this.lead = -1;
      this.surrogate = -1;
      if (fatal) return false;
      out.push(REPLACEMENT);
    }
    return true;
  }
}

function toBytes(input: ArrayBuffer | ArrayBufferView | undefined): Uint8Array {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return new Uint8Array(input);
}

export class TextDecoderPolyfill {
  readonly encoding: Encoding;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  private state: Utf8State | Utf16State;
  private bomSeen = false;
  private streaming = false;

  constructor(label = "utf-8", options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    const encoding = LABELS[String(label).trim().toLowerCase()];
    if (!encoding) throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
    this.encoding = encoding;
    this.fatal = options.fatal === true;
    this.ignoreBOM = options.ignoreBOM === true;
    this.state = this.newState();
  }

  private newState(): Utf8State | Utf16State {
    return this.encoding === "utf-8" ? new Utf8State() : new Utf16State(this.encoding === "utf-16be");
  }

  decode(input?: ArrayBuffer | ArrayBufferView, options: { stream?: boolean } = {}): string {
    if (!this.streaming) {
      this.state = this.newState();
      this.bomSeen = false;
    }
    this.streaming = options.stream === true;
    const out = new Units();
    if (!this.state.run(toBytes(input), out, !this.streaming, this.fatal)) {
      this.state = this.newState();
      this.streaming = false;
      throw new TypeError(`The encoded data was not valid for encoding ${this.encoding}`);
    }
    let text = out.toString();
    if (!this.bomSeen && text.length > 0) {
      this.bomSeen = true;
      if (!this.ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }
}

export class TextEncoderPolyfill {
  readonly encoding = "utf-8";

  encode(input = ""): Uint8Array {
    const s = String(input);
    const out = new Uint8Array(s.length * 3);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      let cp = s.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdfff) {
        const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
          i++;
        } else cp = REPLACEMENT;
      }
      if (cp < 0x80) out[n++] = cp;
      else if (cp < 0x800) {
        out[n++] = 0xc0 | (cp >> 6);
        out[n++] = 0x80 | (cp & 0x3f);
      } else if (cp < 0x10000) {
        out[n++] = 0xe0 | (cp >> 12);
        out[n++] = 0x80 | ((cp >> 6) & 0x3f);
        out[n++] = 0x80 | (cp & 0x3f);
      } else {
        out[n++] = 0xf0 | (cp >> 18);
        out[n++] = 0x80 | ((cp >> 12) & 0x3f);
        out[n++] = 0x80 | ((cp >> 6) & 0x3f);
        out[n++] = 0x80 | (cp & 0x3f);
      }
    }
    return out.subarray(0, n);
  }
}

const scope = (typeof self !== "undefined" ? self : globalThis) as unknown as Record<string, unknown>;
if (typeof scope["TextDecoder"] === "undefined") scope["TextDecoder"] = TextDecoderPolyfill;
if (typeof scope["TextEncoder"] === "undefined") scope["TextEncoder"] = TextEncoderPolyfill;
