import type { Severity } from "../engine/model/types";
import { MARK_COLORS } from "../engine/marks";
import { attr, findElement, rootPrefix, setAttr, tagEnd } from "./patch-xml";

/**
 * The styles part of an annotated copy. A marked cell gets a new cell format that is its own format (font,
 * border, number format, alignment, protection) with a solid fill of its severity's colour, so nothing but the
 * fill changes. New formats are appended; identical ones are reused, so annotating a copy again does not grow
 * the part. `record` lists each marked format with the format it was made from, for the next run to restore.
 */
export class StylesPatch {
  private readonly prefix: string;
  private readonly fonts: string[];
  private readonly fills: string[];
  private readonly xfs: string[];
  private readonly added = { fonts: [] as string[], fills: [] as string[], xfs: [] as string[] };
  /** Marked format → the format it was made from (this run's and, when still valid, the previous run's). */
  private readonly origin = new Map<number, number>();
  private readonly cache = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.prefix = rootPrefix(xml);
    this.fonts = this.children("fonts", "font");
    this.fills = this.children("fills", "fill");
    this.xfs = this.children("cellXfs", "xf");
    if (!findElement(xml, this.prefix, "cellXfs") || !findElement(xml, this.prefix, "fills")) {
      throw new Error("styles part without cellXfs or fills");
    }
  }

  /** Formats of a previous run (`record()` of that run) that are still exactly what Anju wrote. */
  restoreMap(record: string | undefined): Map<number, number> {
    const map = new Map<number, number>();
    const marks = new Set(SEVERITY_ORDER.map((s) => this.fillXml(s)));
    for (const pair of (record ?? "").split(/\s+/)) {
      const m = /^(\d+)>(\d+)$/.exec(pair);
      if (!m) continue;
      const marked = Number(m[1]);
      const original = Number(m[2]);
      const xf = this.xfs[marked];
      const from = this.xfs[original];
      const fillId = xf === undefined ? undefined : Number(attr(startTag(xf), "fillId"));
      if (xf === undefined || from === undefined || fillId === undefined) continue;
      // Exactly the format Anju would make from `original` with a mark fill: Excel has not renumbered them.
      if (!marks.has(this.fills[fillId] ?? "") || markXf(from, fillId) !== xf) continue;
      map.set(marked, original);
      this.origin.set(marked, original);
    }
    return map;
  }

  /** The format for a cell of format `original` marked with `severity`. */
  marked(original: number, severity: Severity): number {
    const key = `${original}|${severity}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const base = this.xfs[original] ?? this.xfs[0];
    if (base === undefined) throw new Error("styles part without cell formats");
    const fill = this.index(this.fills, this.added.fills, this.fillXml(severity));
    const xf = this.index(this.xfs, this.added.xfs, markXf(base, fill));
    this.origin.set(xf, this.xfs[original] === undefined ? 0 : original);
    this.cache.set(key, xf);
    return xf;
  }

  /** A bold format in the workbook's default font, for the results sheet's header row. */
  bold(): number {
    const hit = this.cache.get("bold");
    if (hit !== undefined) return hit;
    const p = this.prefix;
    const font0 = this.fonts[0] ?? `<${p}font><${p}sz val="11"/></${p}font>`;
    const boldFont = /<(?:[\w.-]+:)?b(?:\s[^>]*)?\/>/.test(font0)
      ? font0
      : font0.replace(/^(<[^>]*?)(\/?)>/, (_, open: string, slash: string) =>
          slash ? `${open}><${p}b/></${p}font>` : `${open}><${p}b/>`,
        );
    const font = this.index(this.fonts, this.added.fonts, boldFont);
    const xf = this.index(
      this.xfs,
      this.added.xfs,
      `<${p}xf numFmtId="0" fontId="${font}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
    );
    this.cache.set("bold", xf);
    return xf;
  }

  /** Marked format > original format, for every mark format in use by this run. */
  record(used: ReadonlySet<number>): string {
    return [...this.origin]
      .filter(([marked]) => used.has(marked))
      .map(([m, o]) => `${m}>${o}`)
      .join(" ");
  }

  toXml(): string {
    let xml = this.xml;
    // Appended in reverse document order, so earlier positions stay valid.
    const parts: Array<[string, string[], number]> = [
      ["fonts", this.added.fonts, this.fonts.length],
      ["fills", this.added.fills, this.fills.length],
      ["cellXfs", this.added.xfs, this.xfs.length],
    ];
    const located = parts
      .map(([name, items, count]) => ({ name, items, count, at: findElement(xml, this.prefix, name) }))
      .filter((x) => x.items.length > 0 && x.at)
      .sort((a, b) => (b.at?.start ?? 0) - (a.at?.start ?? 0));
    for (const { name, items, count, at } of located) {
      if (!at) continue;
      const open = setAttr(xml.slice(at.start, at.openEnd), "count", String(count));
      const body = at.selfClosing ? "" : xml.slice(at.openEnd, at.end - `</${this.prefix}${name}>`.length);
      const openTag = at.selfClosing ? open.replace(/\s*\/>$/, ">") : open;
      xml =
        xml.slice(0, at.start) +
        `${openTag}${body}${items.join("")}</${this.prefix}${name}>` +
        xml.slice(at.end);
    }
    return xml;
  }

  private fillXml(severity: Severity): string {
    const p = this.prefix;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${MARK_COLORS[severity]}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  /** Index of `item` among existing and added items, appending it when new. */
  private index(existing: string[], added: string[], item: string): number {
    const i = existing.indexOf(item);
    if (i >= 0) return i;
    existing.push(item);
    added.push(item);
    return existing.length - 1;
  }

  private children(parent: string, child: string): string[] {
    const at = findElement(this.xml, this.prefix, parent);
    if (!at || at.selfClosing) return [];
    const out: string[] = [];
    let from = at.openEnd;
    for (;;) {
      const e = findElement(this.xml, this.prefix, child, from);
      if (!e || e.start >= at.end) break;
      out.push(this.xml.slice(e.start, e.end));
      from = e.end;
    }
    return out;
  }
}

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

function startTag(element: string): string {
  const gt = tagEnd(element, 0);
  return gt < 0 ? element : element.slice(0, gt + 1);
}

/** The format `xf` with fill `fillId`, its other attributes and children as they were. */
function markXf(xf: string, fillId: number): string {
  const tag = startTag(xf);
  return setAttr(setAttr(tag, "fillId", String(fillId)), "applyFill", "1") + xf.slice(tag.length);
}
