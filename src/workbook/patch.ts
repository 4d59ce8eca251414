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
import { findElement, insertInRoot, prefixOf, Rels, rootPrefix } from "./patch-xml";
import { FFLATE_CODEC, type ZipCodec } from "./patch-zip";

import { ContentTypes, CustomProps, Package, REL_NS, TYPES } from "./package";

export { Package } from "./package";

/** Name of the custom document property that records Anju's mark formats (marked > original). */
export const RECORD_PROPERTY = "AnjuMarkFormats";

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
