import { SaxesParser } from "saxes";
import { WorkbookReadError } from "./errors";
import { decoderFor } from "./sheet-scan";

export interface XmlHandlers {
  /** Element opened: local (unprefixed) name and attributes by local name (`r:id` → `id`). */
  open?: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/**
 * A push parser over one XML part, fed decoded text chunk by chunk (so no part is ever held as one string).
 * Entities are never expanded: saxes knows only the five predefined ones and character references, and a DTD
 * is refused outright (Excel never writes one; a billion-laughs or external-entity file stops here). Characters
 * XML 1.0 forbids (control characters copied from other systems) are kept rather than failing the workbook.
 */
export class XmlStream {
  private readonly parser = new SaxesParser({ xmlns: false, position: false });
  private decoder: TextDecoder | undefined;

  constructor(
    private readonly part: string,
    handlers: XmlHandlers,
  ) {
    const p = this.parser;
    p.on("error", (e) => {
      if (/^(disallowed character|malformed character entity)/.test(e.message)) return;
      throw new WorkbookReadError("corrupt", { detail: `${part}: ${e.message}` });
    });
    p.on("doctype", () => {
      throw new WorkbookReadError("unsafe-xml", { detail: part });
    });
    const { open, close, text } = handlers;
    if (open) {
      p.on("opentag", (tag) => {
        const attrs: Record<string, string> = {};
        const raw = tag.attributes as Record<string, string>;
        for (const k in raw) if (!k.startsWith("xmlns")) attrs[localName(k)] = raw[k] ?? "";
        open(localName(tag.name), attrs);
      });
    }
    if (close) p.on("closetag", (tag) => close(localName(tag.name)));
    if (text) {
      p.on("text", text);
      p.on("cdata", text);
    }
  }

  /** Raw bytes of the part; the encoding (UTF-8, or UTF-16 with a byte-order mark) is taken from the first. */
  writeBytes(chunk: Uint8Array): void {
    this.decoder ??= decoderFor(chunk);
    this.write(this.decoder.decode(chunk, { stream: true }));
  }

  write(text: string): void {
    if (text !== "") this.parser.write(text);
  }

  close(): void {
    if (this.decoder) this.write(this.decoder.decode());
    this.parser.close();
  }
}

function localName(n: string): string {
  const i = n.indexOf(":");
  return i < 0 ? n : n.slice(i + 1);
}

/** OOXML's escape for characters XML cannot hold: `_x000D_` is CR, `_x005F_` a literal underscore. */
export function unescapeOoxml(s: string): string {
  return s.includes("_x")
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
}
