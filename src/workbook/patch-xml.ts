import { decodeText, XmlScanner } from "./sheet-scan";

/**
 * Small helpers for editing OOXML parts as text: Anju changes a few elements and attributes and leaves every
 * other byte of a part as it was (namespace prefixes, unknown extensions, the order of attributes).
 */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rels: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

export const REL = {
  worksheet: `${NS.rels}/worksheet`,
  comments: `${NS.rels}/comments`,
  vml: `${NS.rels}/vmlDrawing`,
  styles: `${NS.rels}/styles`,
  customProps: `${NS.rels}/custom-properties`,
} as const;

export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`,
  );
}

/** Text for an XML text node: escaped, and without the control characters XML 1.0 cannot hold. */
export function escapeText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeXml(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""));
}

/** Every element of a (small) part with its attributes, in document order. */
export function elements(xml: string, part: string): Array<{ name: string; attrs: Record<string, string> }> {
  const out: Array<{ name: string; attrs: Record<string, string> }> = [];
  const x = new XmlScanner(part, { open: (name, attrs) => out.push({ name, attrs }) });
  x.write(xml);
  x.close();
  return out;
}

const ATTR_RE = new Map<string, RegExp>();

/** One attribute of a start tag (`<c r="A1" s="3">`), entities decoded; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  if (!m) return undefined;
  return decodeText(m[1] ?? m[2] ?? "");
}

/** The tag with the attribute set (replaced where present, else added after the element name). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const v = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_, lead: string) => `${lead}${v}`);
  const m = /^<[^\s/>]+/.exec(tag);
  const at = m ? m[0].length : tag.length - 1;
  return `${tag.slice(0, at)} ${name}=${v}${tag.slice(at)}`;
}

/** The namespace prefix of the root element (`x:` for `<x:worksheet>`, "" for none). */
export function rootPrefix(xml: string): string {
  const m = /<(?![?!])([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s/>]/.exec(xml);
  return m?.[1] ?? "";
}

/** The prefix bound to a namespace on the root element, if any (`r` for xmlns:r="…relationships"). */
export function prefixOf(xml: string, ns: string): string | undefined {
  const root = /<(?![?!])[^>]*>/.exec(xml)?.[0] ?? "";
  const re = /\sxmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(root); m; m = re.exec(root)) if ((m[2] ?? m[3]) === ns) return m[1];
  return undefined;
}

/** Start and end (exclusive) of the first element `<p:name …>…</p:name>` or `<p:name/>`; undefined if absent. */
export function findElement(
  xml: string,
  prefix: string,
  name: string,
  from = 0,
): { start: number; openEnd: number; end: number; selfClosing: boolean } | undefined {
  const open = `<${prefix}${name}`;
  for (let i = xml.indexOf(open, from); i >= 0; i = xml.indexOf(open, i + 1)) {
    const next = xml.charCodeAt(i + open.length);
    if (next !== 32 && next !== 62 && next !== 47 && next !== 10 && next !== 13 && next !== 9) continue;
    const gt = tagEnd(xml, i);
    if (gt < 0) return undefined;
    if (xml.charCodeAt(gt - 1) === 47) return { start: i, openEnd: gt + 1, end: gt + 1, selfClosing: true };
    const close = xml.indexOf(`</${prefix}${name}>`, gt);
    if (close < 0) return undefined;
    return { start: i, openEnd: gt + 1, end: close + prefix.length + name.length + 3, selfClosing: false };
  }
  return undefined;
}

/** The `>` closing the tag that starts at `lt`, skipping quoted values; -1 if none. */
export function tagEnd(s: string, lt: number): number {
  for (let i = lt + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 62) return i;
    if (c === 34 || c === 39) {
      const close = s.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/**
 * Inserts `fragment` into the root element before the first child named in `before` (the schema's order of
 * the elements that may follow it), else before the root's end tag.
 */
export function insertInRoot(
  xml: string,
  prefix: string,
  before: readonly string[],
  fragment: string,
): string {
  let at = -1;
  for (const name of before) {
    const e = findElement(xml, prefix, name);
    if (e && (at < 0 || e.start < at)) at = e.start;
  }
  if (at < 0) at = xml.lastIndexOf("</");
  if (at < 0) throw new Error("part has no root end tag");
  return xml.slice(0, at) + fragment + xml.slice(at);
}

/** A relationships part: its entries, and text with new ones added. */
export class Rels {
  readonly entries: Array<{ id: string; type: string; target: string; external: boolean }> = [];
  private added = "";
  private readonly removed = new Set<string>();

  constructor(
    private readonly xml: string | undefined,
    part: string,
  ) {
    if (xml === undefined) return;
    for (const e of elements(xml, part)) {
      if (e.name !== "Relationship") continue;
      this.entries.push({
        id: e.attrs.Id ?? "",
        type: e.attrs.Type ?? "",
        target: e.attrs.Target ?? "",
        external: /^external$/i.test(e.attrs.TargetMode ?? ""),
      });
    }
  }

  byType(type: string): Array<{ id: string; target: string }> {
    return this.entries.filter((e) => e.type === type && !e.external);
  }

  byId(id: string): { type: string; target: string } | undefined {
    return this.entries.find((e) => e.id === id);
  }

  add(type: string, target: string): string {
    let n = 1;
    while (this.entries.some((e) => e.id === `rIdAnju${n}`)) n++;
    const id = `rIdAnju${n}`;
    this.entries.push({ id, type, target, external: false });
    this.added += `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
    return id;
  }

  /** Removes a relationship of the part as read (not one added since). */
  remove(id: string): void {
    const i = this.entries.findIndex((e) => e.id === id);
    if (i >= 0) this.entries.splice(i, 1);
    this.removed.add(id);
  }

  get changed(): boolean {
    return this.added !== "" || this.removed.size > 0;
  }

  toXml(): string {
    let xml =
      this.xml ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}"></Relationships>`;
    for (const id of this.removed) {
      xml = xml.replace(
        new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*\\sId\\s*=\\s*["']${id}["'][^>]*>`),
        "",
      );
    }
    if (/<(?:[\w.-]+:)?Relationships\b[^>]*\/>/.test(xml)) {
      return xml.replace(/<((?:[\w.-]+:)?Relationships)\b([^>]*)\/>/, `<$1$2>${this.added}</$1>`);
    }
    const end = xml.lastIndexOf("</");
    return xml.slice(0, end) + this.added + xml.slice(end);
  }
}
