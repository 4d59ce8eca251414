import { resolveTarget } from "./opc-path";
import { escapeXml, prefixOf, Rels, rootPrefix } from "./patch-xml";
import { inflateEntry, readEntries, ZipWriter, type RawEntry, type ZipCodec } from "./patch-zip";
import { decodeText, decoderFor, plainText } from "./sheet-scan";

/** Content types of the parts the patcher adds. */
export const TYPES = {
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  custom: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The input zip: parts read on demand, changed parts kept as text, everything else copied as it was. */
export class Package {
  private readonly entries: RawEntry[];
  private readonly byName = new Map<string, RawEntry>();
  private readonly changed = new Map<string, string>();
  private readonly removed = new Set<string>();
  private readonly cache = new Map<string, string>();
  /** New parts, by lower-case name. */
  private readonly added = new Map<string, string>();

  constructor(
    private readonly input: Uint8Array,
    private readonly maxBytes: number,
    private readonly codec: ZipCodec,
  ) {
    this.entries = readEntries(input);
    for (const e of this.entries) this.byName.set(e.name.toLowerCase(), e);
  }

  names(): string[] {
    return [...this.entries.map((e) => e.name), ...this.changed.keys()];
  }

  has(path: string): boolean {
    const k = path.toLowerCase();
    return !this.removed.has(k) && (this.changed.has(k) || this.byName.has(k));
  }

  text(path: string): string | undefined {
    const k = path.toLowerCase();
    if (this.removed.has(k)) return undefined;
    const changed = this.changed.get(k);
    if (changed !== undefined) return changed;
    const hit = this.cache.get(k);
    if (hit !== undefined) return hit;
    const e = this.byName.get(k);
    if (!e) return undefined;
    const bytes = inflateEntry(this.input, e, this.maxBytes, this.codec);
    const decoder = decoderFor(bytes);
    let text = decoder.decode(bytes);
    // Written back as UTF-8: a UTF-16 part's declaration must say so.
    if (decoder.encoding !== "utf-8")
      text = text.replace(/^(<\?xml[^>]*encoding\s*=\s*["'])UTF-16(["'])/i, "$1UTF-8$2");
    if (bytes.length < 1 << 16) this.cache.set(k, text);
    return text;
  }

  put(path: string, text: string): void {
    const k = path.toLowerCase();
    this.removed.delete(k);
    // A changed part keeps the name it had in the zip (case included).
    this.changed.set(k, text);
    if (!this.byName.has(k)) this.added.set(k, path);
  }

  remove(path: string): void {
    const k = path.toLowerCase();
    this.removed.add(k);
    this.changed.delete(k);
    this.added.delete(k);
  }

  /** `prefix` + the first free number + `suffix` (`xl/comments3.xml`). */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.has(name)) return name;
    }
  }

  /** The workbook part: from the package relationships, else where Excel puts it. */
  mainPart(): string {
    const rels = new Rels(this.text("_rels/.rels"), "_rels/.rels");
    for (const r of rels.entries) {
      if (/\/officeDocument$/.test(r.type) && this.has(resolveTarget("", r.target))) {
        return resolveTarget("", r.target);
      }
    }
    if (this.has("xl/workbook.xml")) return "xl/workbook.xml";
    throw new Error("no workbook part");
  }

  write(): Uint8Array {
    const zip = new ZipWriter(this.codec);
    const encoder = new TextEncoder();
    // [Content_Types].xml first, as Office writes it.
    const order = [...this.entries].sort(
      (a, b) => Number(b.name === "[Content_Types].xml") - Number(a.name === "[Content_Types].xml"),
    );
    for (const e of order) {
      const k = e.name.toLowerCase();
      if (this.removed.has(k)) continue;
      const text = this.changed.get(k);
      if (text === undefined) zip.copy(this.input, e);
      else zip.put(e.name, encoder.encode(text));
    }
    for (const [k, name] of this.added) {
      const text = this.changed.get(k);
      if (text !== undefined) zip.put(name, encoder.encode(text));
    }
    return zip.finish();
  }
}

/** `[Content_Types].xml`: overrides and defaults added or removed as parts come and go. */
export class ContentTypes {
  private xml: string;

  constructor(xml: string) {
    this.xml =
      xml ||
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
  }

  addOverride(path: string, type: string): void {
    const part = `/${path}`;
    if (this.override(part)) return;
    this.insert(`<Override PartName="${escapeXml(part)}" ContentType="${type}"/>`);
  }

  addDefault(ext: string, type: string): void {
    if (new RegExp(`<(?:[\\w.-]+:)?Default\\b[^>]*\\sExtension\\s*=\\s*["']${ext}["']`, "i").test(this.xml))
      return;
    this.insert(`<Default Extension="${ext}" ContentType="${type}"/>`);
  }

  /** The part, without overrides for parts that are gone (a previous run's 校验结果 sheet). */
  toXml(exists: (path: string) => boolean): string {
    return this.xml.replace(/<(?:[\w.-]+:)?Override\b[^>]*>/g, (el) => {
      const name = /\sPartName\s*=\s*["']\/?([^"']*)["']/.exec(el)?.[1];
      return name === undefined || exists(decodeText(name)) ? el : "";
    });
  }

  private override(part: string): RegExp | undefined {
    const escaped = escapeXml(part).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*\\sPartName\\s*=\\s*["']${escaped}["'][^>]*>`, "i");
    return re.test(this.xml) ? re : undefined;
  }

  private insert(el: string): void {
    const end = this.xml.lastIndexOf("</");
    this.xml = this.xml.slice(0, end) + el + this.xml.slice(end);
  }
}

/** `docProps/custom.xml`: Anju's record kept with the clerk's own custom properties. */
export class CustomProps {
  private readonly path: string;

  constructor(
    private readonly pkg: Package,
    private readonly types: ContentTypes,
  ) {
    const rels = new Rels(pkg.text("_rels/.rels"), "_rels/.rels");
    const rel = rels.entries.find((e) => /\/custom-properties$/.test(e.type) && !e.external);
    this.path = rel ? resolveTarget("", rel.target) : "docProps/custom.xml";
  }

  get(name: string): string | undefined {
    const xml = this.pkg.text(this.path);
    if (xml === undefined) return undefined;
    const re = new RegExp(
      `<(?:[\\w.-]+:)?property\\b[^>]*\\sname\\s*=\\s*["']${name}["'][^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?property>`,
    );
    const inner = re.exec(xml)?.[1];
    return inner === undefined ? undefined : plainText(inner, this.path);
  }

  set(name: string, value: string): void {
    const existing = this.pkg.text(this.path);
    const nameRe = new RegExp(
      `<((?:[\\w.-]+:)?property)\\b[^>]*\\sname\\s*=\\s*["']${name}["'][^>]*>[\\s\\S]*?</\\1>`,
    );
    if (value === "" && (existing === undefined || !nameRe.test(existing))) return;
    let xml =
      existing ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>';
    xml = xml.replace(nameRe, "");
    if (value !== "") {
      let pid = 1;
      for (const m of xml.matchAll(/\spid\s*=\s*["'](\d+)["']/g)) pid = Math.max(pid, Number(m[1]));
      const vt = prefixOf(xml, "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
      const ns = vt ? `${vt}:` : "vt:";
      const decl = vt
        ? ""
        : ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"';
      const p = rootPrefix(xml);
      const el = `<${p}property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid + 1}" name="${name}"${decl}><${ns}lpwstr>${escapeXml(value)}</${ns}lpwstr></${p}property>`;
      const end = xml.lastIndexOf("</");
      xml = /<(?:[\w.-]+:)?Properties\b[^>]*\/>\s*$/.test(xml)
        ? xml.replace(/<((?:[\w.-]+:)?Properties)\b([^>]*)\/>\s*$/, `<$1$2>${el}</$1>`)
        : xml.slice(0, end) + el + xml.slice(end);
    }
    this.pkg.put(this.path, xml);
    if (existing === undefined) {
      this.types.addOverride(this.path, TYPES.custom);
      const rels = new Rels(this.pkg.text("_rels/.rels"), "_rels/.rels");
      rels.add(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
        this.path,
      );
      this.pkg.put("_rels/.rels", rels.toXml());
    }
  }
}
