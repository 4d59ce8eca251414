import { planMarks } from "../engine/marks";
import { noteText, type Locale } from "../engine/messages";
import { parseA1 } from "../engine/model/address";
import { commentsXml, NOTE_AUTHOR, usedVmlBlocks, vmlXml, type Note } from "./patch-notes";
import {
  addSheet,
  inThisWorkbook,
  listSheets,
  OWN_RESULTS_SHEETS,
  removeSheet,
  RESULTS_SHEET,
  resultsSheetXml,
  type ListedFinding,
  type ResultsSheet,
} from "./patch-results";
import { patchSheet, type SheetMarks, type SheetStyles } from "./patch-sheet";
import { StylesPatch } from "./patch-styles";
import { dirOf, relativeTarget, relsPathOf, resolveTarget } from "./opc-path";
import { escapeXml, findElement, insertInRoot, prefixOf, Rels, rootPrefix } from "./patch-xml";
import {
  FFLATE_CODEC,
  inflateEntry,
  readEntries,
  ZipWriter,
  type RawEntry,
  type ZipCodec,
} from "./patch-zip";
import { decodeText } from "./sheet-scan";

/** Name of the custom document property that records Anju's mark formats (marked > original). */
export const RECORD_PROPERTY = "AnjuMarkFormats";

const TYPES = {
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  custom: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Excel's defaults, for a workbook written without a styles part. */
const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Worksheet children that come after `<legacyDrawing>` (CT_Worksheet's order). */
const AFTER_LEGACY_DRAWING = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * Writes the annotated copy by patching the workbook's zip: every part Anju does not change is copied byte for
 * byte (compressed as it was), marked cells get their own format plus a fill, notes go in the legacy comments
 * parts, and the 校验结果 sheet is added. A previous run's marks, notes and 校验结果 sheet are removed first, so
 * annotating an annotated copy gives the same as annotating the original. Values are never touched.
 */
export function patchWorkbook(
  input: Uint8Array,
  findings: readonly ListedFinding[],
  locale: Locale,
  maxBytes: number,
  codec: ZipCodec = FFLATE_CODEC,
  results: ResultsSheet = { name: RESULTS_SHEET },
): Uint8Array {
  const pkg = new Package(input, maxBytes, codec);
  const workbookPath = pkg.mainPart();
  const workbookDir = dirOf(workbookPath);
  let workbookXml = pkg.text(workbookPath) ?? "";
  const wbRelsPath = relsPathOf(workbookPath);
  const wbRels = new Rels(pkg.text(wbRelsPath), wbRelsPath);
  const types = new ContentTypes(pkg.text("[Content_Types].xml") ?? "");
  const stylesRel = wbRels.entries.find((e) => /\/styles$/.test(e.type) && !e.external);
  const stylesPath = stylesRel
    ? resolveTarget(workbookDir, stylesRel.target)
    : pkg.has(`${workbookDir}styles.xml`)
      ? pkg.freeName(`${workbookDir}styles`, ".xml")
      : `${workbookDir}styles.xml`;
  if (!stylesRel || !pkg.has(stylesPath)) {
    // Some writers leave the styles part out (Excel then uses its defaults): the copy gets the minimal one.
    pkg.put(stylesPath, MINIMAL_STYLES);
    types.addOverride(stylesPath, TYPES.styles);
    if (!stylesRel) wbRels.add(`${REL_NS}/styles`, relativeTarget(workbookDir, stylesPath));
  }
  const styles = new StylesPatch(pkg.text(stylesPath) ?? MINIMAL_STYLES);
  const custom = new CustomProps(pkg, types);
  const restore = styles.restoreMap(custom.get(RECORD_PROPERTY));

  // A previous run's results sheets (校验结果, 比对结果) go; the new one is added at the end.
  for (;;) {
    const old = listSheets(workbookXml).findIndex((s) => OWN_RESULTS_SHEETS.includes(s.name));
    if (old < 0) break;
    const rid = listSheets(workbookXml)[old]?.rid ?? "";
    const target = wbRels.byId(rid);
    if (target) {
      const path = resolveTarget(workbookDir, target.target);
      pkg.remove(path);
      pkg.remove(relsPathOf(path));
      wbRels.remove(rid);
    }
    workbookXml = removeSheet(workbookXml, old);
  }

  // Marks by sheet part (a finding in another file, a diff's DF-GONE, is only listed).
  const marks = planMarks(findings.filter((f) => inThisWorkbook(f, results)));
  const sheetPath = new Map<string, string>();
  for (const s of listSheets(workbookXml)) {
    const rel = wbRels.byId(s.rid);
    if (rel && /\/worksheet$/.test(rel.type)) sheetPath.set(s.name, resolveTarget(workbookDir, rel.target));
  }
  const bySheet = new Map<string, { cells: SheetMarks; notes: Note[] }>();
  for (const m of marks) {
    const path = sheetPath.get(m.sheet);
    const at = parseA1(m.address);
    if (!path || !at) continue;
    const entry = bySheet.get(path) ?? { cells: new Map(), notes: [] as Note[] };
    bySheet.set(path, entry);
    let row = entry.cells.get(at.row);
    if (!row) entry.cells.set(at.row, (row = new Map()));
    row.set(at.col, m.severity);
    entry.notes.push({ row: at.row, col: at.col, text: noteText(m.findings, locale) });
  }

  const sheetStyles: SheetStyles = {
    marked: (s, severity) => styles.marked(s, severity),
    restore,
    used: new Set(),
  };
  // Shape-id blocks of the VML drawings' other shapes; Anju's notes take the lowest free ones.
  const usedBlocks = new Set(
    pkg
      .names()
      .filter((n) => /\.vml$/i.test(n))
      .flatMap((n) => usedVmlBlocks(pkg.text(n) ?? "")),
  );
  const allocate = (count: number) => {
    const out: number[] = [];
    for (let b = 1; out.length < count; b++) {
      if (usedBlocks.has(b)) continue;
      usedBlocks.add(b);
      out.push(b);
    }
    return out;
  };
  for (const path of new Set(sheetPath.values())) {
    const plan = bySheet.get(path);
    const relsPath = relsPathOf(path);
    const rels = new Rels(pkg.text(relsPath), relsPath);
    const commentsRel = rels.entries.find((e) => /\/comments$/.test(e.type) && !e.external);
    const hasOurNotes =
      commentsRel !== undefined &&
      (pkg.text(resolveTarget(dirOf(path), commentsRel.target)) ?? "").includes(`>${NOTE_AUTHOR}<`);
    if (!plan && restore.size === 0 && !hasOurNotes) continue;
    let xml = pkg.text(path);
    if (xml === undefined) continue;
    xml = patchSheet(xml, plan?.cells ?? new Map(), sheetStyles);
    if (plan || hasOurNotes) xml = writeNotes(pkg, types, path, xml, rels, plan?.notes ?? [], allocate);
    pkg.put(path, xml);
    if (rels.changed) pkg.put(relsPath, rels.toXml());
  }

  // The results sheet.
  const resultsPath = pkg.freeName(`${workbookDir}worksheets/sheet`, ".xml");
  pkg.put(resultsPath, resultsSheetXml(findings, locale, styles.bold(), results));
  types.addOverride(resultsPath, TYPES.worksheet);
  const rid = wbRels.add(
    `http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet`,
    relativeTarget(workbookDir, resultsPath),
  );
  workbookXml = addSheet(workbookXml, results.name, rid);

  pkg.put(workbookPath, workbookXml);
  pkg.put(wbRelsPath, wbRels.toXml());
  pkg.put(stylesPath, styles.toXml());
  custom.set(RECORD_PROPERTY, styles.record(sheetStyles.used));
  pkg.put(
    "[Content_Types].xml",
    types.toXml((path) => pkg.has(path)),
  );
  return pkg.write();
}

/** Comments and VML parts of one sheet, the relationships to them and the `<legacyDrawing>` element. */
function writeNotes(
  pkg: Package,
  types: ContentTypes,
  sheetPath: string,
  sheetXml: string,
  rels: Rels,
  notes: readonly Note[],
  allocate: (count: number) => number[],
): string {
  const dir = dirOf(sheetPath);
  const relType = (t: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;
  const commentsRel = rels.byType(relType("comments"))[0];
  const commentsPath = commentsRel
    ? resolveTarget(dir, commentsRel.target)
    : pkg.freeName(`${dirOf(dir.slice(0, -1))}comments`, ".xml");
  const comments = commentsXml(pkg.text(commentsPath), notes);
  pkg.put(commentsPath, comments.xml);
  if (!commentsRel) {
    rels.add(relType("comments"), relativeTarget(dir, commentsPath));
    types.addOverride(commentsPath, TYPES.comments);
  }
  const p = rootPrefix(sheetXml);
  // Everything after the cells: the big sheetData is not searched again.
  const data = findElement(sheetXml, p, "sheetData");
  const head = data ? sheetXml.slice(0, data.end) : "";
  let tail = data ? sheetXml.slice(data.end) : sheetXml;
  const legacy = findElement(tail, p, "legacyDrawing");
  const legacyId = legacy
    ? /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tail.slice(legacy.start, legacy.openEnd))?.[1]
    : undefined;
  const vmlRel = legacyId === undefined ? undefined : rels.byId(legacyId);
  const vmlPath = vmlRel
    ? resolveTarget(dir, vmlRel.target)
    : pkg.freeName(`${dirOf(dir.slice(0, -1))}drawings/vmlDrawing`, ".vml");
  pkg.put(
    vmlPath,
    vmlXml(vmlRel ? pkg.text(vmlPath) : undefined, comments.placed, comments.dropped, allocate),
  );
  types.addDefault("vml", TYPES.vml);
  if (!vmlRel) {
    const id = rels.add(relType("vmlDrawing"), relativeTarget(dir, vmlPath));
    const r = prefixOf(sheetXml, "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    const ref = r
      ? `${r}:id="${id}"`
      : `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${id}"`;
    // A <legacyDrawing> without a usable relationship is replaced.
    if (legacy) tail = tail.slice(0, legacy.start) + tail.slice(legacy.end);
    tail = insertInRoot(tail, p, AFTER_LEGACY_DRAWING, `<${p}legacyDrawing ${ref}/>`);
  }
  return head + tail;
}

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
    const enc =
      bytes[0] === 0xff && bytes[1] === 0xfe
        ? "utf-16le"
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? "utf-16be"
          : "utf-8";
    let text = new TextDecoder(enc).decode(bytes);
    // Written back as UTF-8: a UTF-16 part's declaration must say so.
    if (enc !== "utf-8") text = text.replace(/^(<\?xml[^>]*encoding\s*=\s*["'])UTF-16(["'])/i, "$1UTF-8$2");
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
class ContentTypes {
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
class CustomProps {
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
    return inner === undefined
      ? undefined
      : inner
          .replace(/<[^>]*>/g, "")
          .replace(/&gt;/g, ">")
          .replace(/&lt;/g, "<")
          .replace(/&amp;/g, "&");
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
