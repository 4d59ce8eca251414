import { DEFAULT_CONFIG } from "../engine/config";
import type { SheetData, WorkbookData } from "../engine/model/types";
import { WorkbookReadError } from "./errors";
import { detectFormat, formatLabel } from "./formats/sniff";
import { dirOf, relsPathOf, resolveTarget } from "./opc-path";
import { SheetParser, type CellBudget } from "./sheet";
import { decoderFor, XmlScanner } from "./sheet-scan";
import { unescapeOoxml, XmlStream, type XmlHandlers } from "./xml";
import { openZip, readEntry, type ByteBudget, type ZipEntry } from "./zip";

export interface ReadLimits {
  readonly maxUncompressedBytes: number;
  readonly maxCells: number;
}

/** What reading found beyond the data, for a host that must decide whether it can write a copy. */
export interface ReadInfo {
  /** Merged area as written in the file, before clipping to the used range (ExcelJS expands merges). */
  rawMergedCells: number;
  /** Uncompressed bytes of the parts that were read. */
  bytesRead: number;
  /** Cells counted against limits.maxCells (non-empty cells, the dense area of each row, merged areas). */
  cells: number;
}

/**
 * Reads an .xlsx from its bytes, without ExcelJS: the zip's directory is read by hand and each part that is
 * needed is inflated chunk by chunk straight into a SAX parser, counting real bytes and cells against the limits
 * (a zip bomb stops at the limit even when its headers lie). This reads what Excel, WPS and LibreOffice write,
 * odd files included: inline strings, rows and cells without `r`, prefixed namespaces (`x:worksheet`), the
 * 1904 date system, a missing sharedStrings part, `t="d"` ISO dates, absolute or backslashed targets, part
 * names in any case, a main part named other than workbook.xml. XML entities are never expanded, a DTD is
 * refused and nothing external is ever resolved. Anything it cannot read is a `WorkbookReadError`.
 */
export function readXlsx(
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_CONFIG.limits,
  info?: ReadInfo,
): WorkbookData {
  try {
    return read(bytes, limits, info);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    // Whatever else a hostile file provokes (a string or buffer too long, a parser invariant) is still a file
    // that cannot be read, never a crash.
    throw new WorkbookReadError("corrupt", { detail: e instanceof Error ? e.message : String(e) });
  }
}

function read(bytes: Uint8Array, limits: ReadLimits, info: ReadInfo | undefined): WorkbookData {
  sniff(bytes);
  const pkg = new PartReader(bytes, limits);
  const workbookPath = pkg.mainPart();
  const wb = parseWorkbook(pkg, workbookPath);
  const relsPath = relsPathOf(workbookPath);
  const rels = parseRels(pkg.text(relsPath), dirOf(workbookPath), relsPath);
  const sstPath = rels.sharedStrings ?? `${dirOf(workbookPath)}sharedStrings.xml`;
  const sst = pkg.has(sstPath) ? parseSharedStrings(pkg, sstPath) : [];
  const budget: CellBudget = {
    cells: 0,
    max: limits.maxCells,
    rawMergedCells: 0,
    chars: 0,
    maxChars: limits.maxUncompressedBytes,
  };
  const sheets: SheetData[] = [];
  wb.sheets.forEach((s, i) => {
    // With no workbook rels at all, sheets are where Excel puts them by default.
    const target =
      rels.byId.get(s.rid) ?? (rels.found ? undefined : `${dirOf(workbookPath)}worksheets/sheet${i + 1}.xml`);
    // A sheet whose part is missing is skipped, as Excel's repair does; the others are still read.
    if (target === undefined || !pkg.has(target)) return;
    const parser = new SheetParser(target, sst, wb.date1904, budget);
    pkg.stream(target, (chunk) => parser.write(chunk));
    sheets.push({ name: s.name, ...parser.finish(), hidden: s.state !== "visible" });
  });
  if (wb.sheets.length === 0) throw new WorkbookReadError("no-sheets");
  if (info) {
    info.rawMergedCells = budget.rawMergedCells;
    info.bytesRead = pkg.budget.used;
    info.cells = budget.cells;
  }
  return { sheets, date1904: wb.date1904 };
}

/**
 * Tells a non-xlsx apart by its first bytes, so that the clerk learns what the file really is. (Other formats are
 * read through readWorkbookBytes, src/workbook/input.ts; this reader is for .xlsx/.xlsm only.)
 */
function sniff(bytes: Uint8Array): void {
  const format = detectFormat(bytes, "");
  if (format !== "xlsx")
    throw new WorkbookReadError("damaged", { format: ".xlsx", detail: `it is ${formatLabel(format)}` });
}

/**
 * The zip's parts for reading: looked up case-insensitively and streamed on demand against one byte budget. (The
 * annotated copy's read-modify-write view of the same zip is Package, package.ts; both list it with listZip.)
 */
class PartReader {
  private readonly entries: Map<string, ZipEntry>;
  readonly budget: ByteBudget;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ReadLimits,
  ) {
    this.entries = openZip(bytes);
    this.budget = { used: 0, max: limits.maxUncompressedBytes };
  }

  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }

  stream(path: string, sink: (chunk: Uint8Array) => void): void {
    const entry = this.entries.get(path.toLowerCase());
    if (!entry) return;
    readEntry(this.bytes, entry, this.budget, () => tooLarge(this.limits), sink);
  }

  /** A small part as text (rels, content types); undefined when absent. */
  text(path: string): string | undefined {
    if (!this.has(path)) return undefined;
    const chunks: Uint8Array[] = [];
    this.stream(path, (c) => chunks.push(c.slice()));
    let n = 0;
    for (const c of chunks) n += c.length;
    const all = new Uint8Array(n);
    n = 0;
    for (const c of chunks) all.set(c, (n += c.length) - c.length);
    return decoderFor(all).decode(all);
  }

  xml(path: string, handlers: XmlHandlers): void {
    const x = new XmlScanner(path, handlers);
    this.stream(path, (c) => x.writeBytes(c));
    x.close();
  }

  /** The workbook part: from the package rels, else the content types, else where Excel puts it. */
  mainPart(): string {
    const candidates: string[] = [];
    const rels = this.text("_rels/.rels");
    if (rels !== undefined && rels.trim() !== "") {
      sax(rels, "_rels/.rels", {
        open: (name, a) => {
          if (name === "Relationship" && /\/officeDocument$/i.test(a.Type ?? "") && a.Target)
            candidates.push(resolveTarget("", a.Target));
        },
      });
    }
    const types = this.text("[Content_Types].xml");
    if (types !== undefined && types.trim() !== "") {
      sax(types, "[Content_Types].xml", {
        open: (name, a) => {
          if (
            name === "Override" &&
            /\.(sheet|template)\.main\+xml$/i.test(a.ContentType ?? "") &&
            a.PartName
          )
            candidates.push(resolveTarget("", a.PartName));
        },
      });
    }
    candidates.push("xl/workbook.xml");
    for (const c of candidates) if (this.has(c)) return c;
    for (const name of this.entries.keys()) if (/(^|\/)workbook\d*\.xml$/.test(name)) return name;
    throw new WorkbookReadError("not-workbook");
  }
}

function sax(xml: string, part: string, handlers: XmlHandlers): void {
  const x = new XmlStream(part, handlers);
  x.write(xml);
  x.close();
}

function tooLarge(limits: ReadLimits): WorkbookReadError {
  return new WorkbookReadError("too-large", { mb: Math.round(limits.maxUncompressedBytes / 1024 / 1024) });
}

function parseWorkbook(pkg: PartReader, path: string) {
  const sheets: Array<{ name: string; rid: string; state: string }> = [];
  let date1904 = false;
  pkg.xml(path, {
    open: (name, a) => {
      if (name === "sheet") sheets.push({ name: a.name ?? "", rid: a.id ?? "", state: a.state ?? "visible" });
      else if (name === "workbookPr") date1904 = /^(1|true|on)$/i.test((a.date1904 ?? "").trim());
    },
  });
  return { sheets, date1904 };
}

function parseRels(xml: string | undefined, base: string, part: string) {
  const byId = new Map<string, string>();
  let sharedStrings: string | undefined;
  if (xml !== undefined && xml.trim() !== "") {
    sax(xml, part, {
      open: (name, a) => {
        if (name !== "Relationship" || !a.Target || /^external$/i.test(a.TargetMode ?? "")) return;
        const path = resolveTarget(base, a.Target);
        if (a.Id) byId.set(a.Id, path);
        if (/\/sharedStrings$/i.test(a.Type ?? "")) sharedStrings = path;
      },
    });
  }
  return { byId, sharedStrings, found: byId.size > 0 };
}

/** Shared strings: rich-text runs joined, phonetic guides (`rPh`, furigana/pinyin) left out. */
function parseSharedStrings(pkg: PartReader, path: string): string[] {
  const out: string[] = [];
  let current = "";
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  pkg.xml(path, {
    open: (name) => {
      if (name === "si") {
        current = "";
        inSi = true;
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && inSi && phonetic === 0) inT = true;
    },
    close: (name) => {
      if (name === "si") {
        out.push(unescapeOoxml(current));
        inSi = false;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inT = false;
    },
    text: (t) => {
      if (inT) current += t;
    },
  });
  return out;
}
