import { DEFAULT_CONFIG } from "../engine/config";
import { dirOf, relsPathOf, resolveTarget } from "./opc-path";
import { Package } from "./patch";
import { formulaAddresses, setCellValues } from "./patch-cells";
import { listSheets } from "./patch-results";
import { findElement, insertInRoot, Rels, rootPrefix, setAttr } from "./patch-xml";
import { FFLATE_CODEC, type ZipCodec } from "./patch-zip";
import { WorkbookReadError } from "./errors";

/** One number to write: the sheet by name, 0-based row and column. */
export interface CellWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: number;
}

export interface FillPatchOptions {
  /** Largest part inflated (limits.maxUncompressedBytes). */
  readonly maxBytes?: number;
  readonly codec?: ZipCodec;
}

/** CT_Workbook children that follow `<calcPr>`. */
const AFTER_CALC_PR = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** Worksheet parts by sheet name. */
function sheetParts(pkg: Package): { workbookPath: string; paths: Map<string, string> } {
  const workbookPath = pkg.mainPart();
  const dir = dirOf(workbookPath);
  const relsPath = relsPathOf(workbookPath);
  const rels = new Rels(pkg.text(relsPath), relsPath);
  const paths = new Map<string, string>();
  for (const s of listSheets(pkg.text(workbookPath) ?? "")) {
    const rel = rels.byId(s.rid);
    if (rel && /\/worksheet$/.test(rel.type)) paths.set(s.name, resolveTarget(dir, rel.target));
  }
  return { workbookPath, paths };
}

function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError(
      "unsupported",
      { detail: e instanceof Error ? e.message : String(e) },
      "readWhyFormat",
    );
  }
}

/** Every formula cell of every worksheet, by sheet name (A1 addresses). */
export function formulaCells(input: Uint8Array, options: FillPatchOptions = {}): Map<string, Set<string>> {
  return guarded(() => {
    const pkg = new Package(
      input,
      options.maxBytes ?? DEFAULT_CONFIG.limits.maxUncompressedBytes,
      options.codec ?? FFLATE_CODEC,
    );
    const out = new Map<string, Set<string>>();
    for (const [name, path] of sheetParts(pkg).paths) out.set(name, formulaAddresses(pkg.text(path) ?? ""));
    return out;
  });
}

/**
 * The form with numbers written into the given cells (SPEC §13): the worksheets written to change only in those
 * cells, the workbook part only in `<calcPr fullCalcOnLoad="1">` (so Excel and WPS recalculate the form's own SUM
 * rows on opening), every other part copied from the input zip byte for byte. No Node APIs (the page fills too).
 */
export function fillWorkbook(
  input: Uint8Array,
  writes: readonly CellWrite[],
  options: FillPatchOptions = {},
): Uint8Array {
  return guarded(() => {
    const pkg = new Package(
      input,
      options.maxBytes ?? DEFAULT_CONFIG.limits.maxUncompressedBytes,
      options.codec ?? FFLATE_CODEC,
    );
    const { workbookPath, paths } = sheetParts(pkg);
    const bySheet = new Map<string, Map<number, Map<number, number>>>();
    for (const w of writes) {
      const path = paths.get(w.sheet);
      if (!path) throw new Error(`no worksheet ${w.sheet}`);
      const sheet = bySheet.get(path) ?? new Map<number, Map<number, number>>();
      bySheet.set(path, sheet);
      const row = sheet.get(w.row) ?? new Map<number, number>();
      sheet.set(w.row, row);
      row.set(w.col, w.value);
    }
    for (const [path, values] of bySheet) {
      const xml = pkg.text(path);
      if (xml === undefined) throw new Error(`missing part ${path}`);
      pkg.put(path, setCellValues(xml, values));
    }
    pkg.put(workbookPath, recalcOnLoad(pkg.text(workbookPath) ?? ""));
    return pkg.write();
  });
}

/** The workbook part with `fullCalcOnLoad="1"` on its `<calcPr>` (added where it has none). */
export function recalcOnLoad(xml: string): string {
  const p = rootPrefix(xml);
  const calc = findElement(xml, p, "calcPr");
  if (calc) {
    const tag = xml.slice(calc.start, calc.openEnd);
    return xml.slice(0, calc.start) + setAttr(tag, "fullCalcOnLoad", "1") + xml.slice(calc.openEnd);
  }
  return insertInRoot(xml, p, AFTER_CALC_PR, `<${p}calcPr fullCalcOnLoad="1"/>`);
}
