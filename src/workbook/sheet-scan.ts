import { WorkbookReadError } from "./errors";

export interface ScanHandlers {
  /** Element opened: local (unprefixed) name and attributes by local name (`r:id` → `id`), `xmlns*` left out. */
  open?: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  /** Character data (text and CDATA), entities decoded; one node may come in several pieces. */
  text?: (text: string) => void;
}

/**
 * A fast push scanner for the big parts of a workbook (worksheets, shared strings): the same events and the same
 * refusals as the SAX parser it stands in for, at a fraction of its cost, by jumping from `<` to `>` with
 * `indexOf` instead of walking a state machine character by character. Fed decoded text chunk by chunk; an
 * incomplete tag at the end of a chunk waits for the next one.
 *
 * XML as Excel, WPS and LibreOffice write it: elements, attributes in either quote, text, CDATA, comments,
 * processing instructions, the five predefined entities and character references. Nothing else is expanded: an
 * undefined entity is a damaged part, a DOCTYPE is refused outright (billion laughs, external entities). Line
 * ends become `\n` and whitespace in attribute values a space, as XML requires. Mismatched or unclosed tags,
 * text outside the root and a part cut short are damaged parts.
 */
export class XmlScanner {
  private buffer = "";
  /** Open elements: qualified names (to match end tags) and local names (for the handlers). */
  private readonly stack: string[] = [];
  private readonly locals: string[] = [];
  private rootSeen = false;
  private decoder: TextDecoder | undefined;

  constructor(
    private readonly part: string,
    private readonly handlers: ScanHandlers,
  ) {}

  /** Raw bytes of the part; the encoding (UTF-8, or UTF-16 with a byte-order mark) is taken from the first. */
  writeBytes(chunk: Uint8Array): void {
    this.decoder ??= decoderFor(chunk);
    this.write(this.decoder.decode(chunk, { stream: true }));
  }

  write(text: string): void {
    if (text === "") return;
    this.buffer = this.buffer === "" ? text : this.buffer + text;
    this.scan(false);
  }

  close(): void {
    if (this.decoder) {
      const rest = this.decoder.decode();
      if (rest !== "") this.buffer += rest;
    }
    this.scan(true);
    if (this.buffer !== "") this.fail("unexpected end of part");
    if (this.stack.length > 0) this.fail(`unclosed tag <${this.stack[this.stack.length - 1] ?? ""}>`);
    if (!this.rootSeen) this.fail("no root element");
  }

  private scan(final: boolean): void {
    const s = this.buffer;
    const n = s.length;
    let pos = 0;
    while (pos < n) {
      const lt = s.indexOf("<", pos);
      if (lt < 0) {
        // Text up to the end of the chunk may go on in the next one; at the end of the part it is trailing text.
        if (!final) break;
        this.text(s, pos, n);
        pos = n;
        break;
      }
      if (lt > pos) this.text(s, pos, lt);
      pos = lt;
      if (lt + 1 >= n) break;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        const next = this.special(s, lt);
        if (next < 0) break;
        pos = next;
      } else if (c1 === 63 /* ? */) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) break;
        pos = end + 2;
      } else if (c1 === 47 /* / */) {
        const gt = s.indexOf(">", lt + 2);
        if (gt < 0) break;
        this.closeTag(s, lt + 2, gt);
        pos = gt + 1;
      } else {
        const next = this.openTag(s, lt);
        if (next < 0) break;
        pos = next;
      }
    }
    this.buffer = pos >= n ? "" : s.slice(pos);
  }

  /** `<!--…-->`, `<![CDATA[…]]>` or `<!DOCTYPE`: the index after it, or -1 when it goes on in the next chunk. */
  private special(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.stack.length === 0) this.fail("CDATA outside the root element");
      if (this.handlers.text && end > lt + 9) this.handlers.text(eol(s.slice(lt + 9, end)));
      return end + 3;
    }
    if (s.length - lt < 9) return -1;
    if (s.startsWith("<!DOCTYPE", lt)) throw new WorkbookReadError("unsafe-xml", { detail: this.part });
    return this.fail("unexpected <!");
  }

  private text(s: string, from: number, to: number): void {
    if (this.stack.length === 0) {
      for (let i = from; i < to; i++) {
        const c = s.charCodeAt(i);
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xfeff)
          this.fail("text outside the root element");
      }
      return;
    }
    if (this.handlers.text) this.handlers.text(decodeText(s.slice(from, to), this.part));
  }

  /**
   * The start tag at `lt`, name and attributes read in one pass: the index after its `>`, or -1 when the tag goes
   * on in the next chunk (nothing is reported until it is complete).
   */
  private openTag(s: string, lt: number): number {
    const n = s.length;
    let i = lt + 1;
    let colon = -1;
    let c = 0;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c === 62 || c === 47 || c <= 32) break;
      if (c === 58 /* : */) colon = i;
    }
    if (i >= n) return -1;
    if (i === lt + 1) this.fail("element without a name");
    const nameEnd = i;
    let attrs: Record<string, string> | undefined;
    let selfClosing = false;
    for (;;) {
      while (i < n && (c === 32 || c === 10 || c === 9 || c === 13)) c = s.charCodeAt(++i);
      if (i >= n) return -1;
      if (c === 62 /* > */) break;
      if (c === 47 /* / */) {
        if (i + 1 >= n) return -1;
        if (s.charCodeAt(i + 1) !== 62) this.fail("/ not followed by > in a tag");
        selfClosing = true;
        i++;
        break;
      }
      // An attribute: name, =, quoted value.
      const nameStart = i;
      let aColon = -1;
      while (
        i < n &&
        c !== 61 /* = */ &&
        c !== 32 &&
        c !== 10 &&
        c !== 9 &&
        c !== 13 &&
        c !== 62 &&
        c !== 47
      ) {
        if (c === 58) aColon = i;
        c = s.charCodeAt(++i);
      }
      const aEnd = i;
      while (i < n && (c === 32 || c === 10 || c === 9 || c === 13)) c = s.charCodeAt(++i);
      if (i >= n) return -1;
      if (c !== 61 || aEnd === nameStart) this.fail(`attribute ${s.slice(nameStart, aEnd)} without a value`);
      c = s.charCodeAt(++i);
      while (i < n && (c === 32 || c === 10 || c === 9 || c === 13)) c = s.charCodeAt(++i);
      if (i >= n) return -1;
      if (c !== 34 && c !== 39) this.fail(`attribute ${s.slice(nameStart, aEnd)} without quotes`);
      const close = s.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      // One pass over the value for what needs work: entities, line ends and tabs, a forbidden <.
      let plain = true;
      for (let k = i + 1; k < close; k++) {
        const v = s.charCodeAt(k);
        if (v < 61 && (v === 38 || v === 60 || v === 9 || v === 10 || v === 13)) {
          plain = false;
          break;
        }
      }
      const start = i + 1;
      i = close + 1;
      if (i >= n) return -1;
      c = s.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 62 && c !== 47) {
        this.fail("no whitespace between attributes");
      }
      // xmlns and xmlns:* declare namespaces; they are not attributes to the reader.
      if (s.startsWith("xmlns", nameStart) && (aEnd - nameStart === 5 || aColon === nameStart + 5)) continue;
      const raw = s.slice(start, close);
      if (!plain && raw.includes("<")) this.fail("< in an attribute value");
      const value = plain ? raw : attributeValue(raw, this.part);
      const local = aColon < 0 ? nameStart : aColon + 1;
      attrs ??= {};
      // A cell's r, s and t (most of a sheet's attributes) are stored by name: V8 keeps one shape for them, where
      // a computed key would go through its slow generic path.
      if (aEnd - local === 1) {
        const k = s.charCodeAt(local);
        if (k === 114) attrs.r = value;
        else if (k === 115) attrs.s = value;
        else if (k === 116) attrs.t = value;
        else attrs[s.slice(local, aEnd)] = value;
      } else attrs[s.slice(local, aEnd)] = value;
    }
    const qname = s.slice(lt + 1, nameEnd);
    const name = colon < 0 ? qname : s.slice(colon + 1, nameEnd);
    if (this.stack.length === 0) {
      if (this.rootSeen) this.fail("more than one root element");
      this.rootSeen = true;
    }
    const open = this.handlers.open;
    if (open) open(name, attrs ?? NO_ATTRIBUTES);
    if (selfClosing) this.handlers.close?.(name);
    else {
      this.stack.push(qname);
      this.locals.push(name);
    }
    return i + 1;
  }

  private closeTag(s: string, from: number, gt: number): void {
    let to = gt;
    while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
    const top = this.stack.pop();
    const name = this.locals.pop();
    if (top === undefined || name === undefined || to - from !== top.length || !s.startsWith(top, from)) {
      const qname = s.slice(from, to);
      this.fail(top === undefined ? `unexpected </${qname}>` : `</${qname}> closes <${top}>`);
    }
    this.handlers.close?.(name);
  }

  private fail(detail: string): never {
    throw new WorkbookReadError("corrupt", { detail: `${this.part}: ${detail}` });
  }
}

/** Shared by every element without attributes (`<v>`, `<t>`, …): handlers only read attributes. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** XML line ends: `\r\n` and a lone `\r` are `\n`. */
function eol(t: string): string {
  return t.includes("\r") ? t.replace(/\r\n?/g, "\n") : t;
}

function attributeValue(raw: string, part: string): string {
  const v = raw.replace(/\r\n?|[\t\n]/g, " ");
  return v.includes("&") ? decodeEntities(v, part) : v;
}

/**
 * The decoder for a part, from its first bytes: UTF-16 when it starts with a byte-order mark, else UTF-8. The one
 * encoding choice for every XML part the reader and the patcher decode.
 */
export function decoderFor(first: Uint8Array): TextDecoder {
  const utf16 =
    first[0] === 0xff && first[1] === 0xfe
      ? "utf-16le"
      : first[0] === 0xfe && first[1] === 0xff
        ? "utf-16be"
        : "";
  return new TextDecoder(utf16 || "utf-8");
}

/** The text of an XML fragment (a property's value, a comment author): its tags dropped, then as decodeText. */
export function plainText(fragment: string, part: string): string {
  return decodeText(fragment.replace(/<[^>]*>/g, ""), part);
}

/** Character data: line ends, then the predefined entities and character references. */
export function decodeText(raw: string, part = "xml"): string {
  const t = eol(raw);
  return t.includes("&") ? decodeEntities(t, part) : t;
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(t: string, part: string): string {
  return t.replace(/&([^&;]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) throw new WorkbookReadError("corrupt", { detail: `${part}: bare & in text` });
    const known = PREDEFINED[name];
    if (known !== undefined) return known;
    const hex = /^#x([0-9a-f]+)$/i.exec(name);
    const dec = hex ? undefined : /^#([0-9]+)$/.exec(name);
    if (!hex && !dec)
      throw new WorkbookReadError("corrupt", { detail: `${part}: undefined entity &${name};` });
    const code = hex ? parseInt(hex[1] ?? "", 16) : parseInt(dec?.[1] ?? "", 10);
    // A reference to a character XML does not allow is kept as written, as the SAX parser does.
    return isXmlChar(code) ? String.fromCodePoint(code) : whole;
  });
}

function isXmlChar(c: number): boolean {
  return (
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}
