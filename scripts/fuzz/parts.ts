import { Deflate, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/**
 * Hand-built workbooks for the reader tests and the fuzz corpus: an .xlsx from its parts (so that each odd thing
 * Excel, WPS or LibreOffice may write can be produced exactly), zip surgery (lying sizes), and a minimal OLE
 * compound file writer for encrypted workbooks and old .xls files.
 */

export const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetSpec {
  readonly name: string;
  /** Everything inside <sheetData>, or a whole worksheet part when it starts with "<?xml" or "<". */
  readonly data?: string;
  /** Extra markup after </sheetData> (mergeCells, hyperlinks …). */
  readonly after?: string;
  readonly state?: "hidden" | "veryHidden";
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Shared strings, each a plain string (escaped here) or raw <si> content when it starts with "<". */
  readonly sst?: readonly string[];
  readonly date1904?: boolean;
  /** Leave out xl/styles.xml (Excel always writes one; some generators do not). */
  readonly noStyles?: boolean;
}

/** The smallest styles part Excel writes: one font, the two mandatory fills, one border, two cell formats. */
const STYLES =
  `<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The parts of an ordinary workbook as Excel writes them, as path → text. */
export function workbookParts(spec: WorkbookSpec): Record<string, string> {
  const parts: Record<string, string> = {};
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
  ];
  const rels: string[] = [];
  spec.sheets.forEach((s, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const data = s.data ?? "";
    parts[path] =
      data.startsWith("<?xml") || data.startsWith("<worksheet") || data.startsWith("<x:")
        ? data
        : `${XML_DECL}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetData>${data}</sheetData>${s.after ?? ""}</worksheet>`;
    overrides.push(
      `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    rels.push(
      `<Relationship Id="rId${i + 1}" Type="${DOC_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    );
  });
  if (spec.sst) {
    parts["xl/sharedStrings.xml"] =
      `${XML_DECL}<sst xmlns="${NS}" count="${spec.sst.length}" uniqueCount="${spec.sst.length}">` +
      spec.sst
        .map((s) => `<si>${s.startsWith("<") ? s : `<t xml:space="preserve">${esc(s)}</t>`}</si>`)
        .join("") +
      `</sst>`;
    overrides.push(
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`,
    );
    rels.push(`<Relationship Id="rIdS" Type="${DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (!spec.noStyles) {
    parts["xl/styles.xml"] = `${XML_DECL}${STYLES}`;
    overrides.push(
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    );
    rels.push(`<Relationship Id="rIdT" Type="${DOC_REL}/styles" Target="styles.xml"/>`);
  }
  parts["[Content_Types].xml"] =
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`;
  parts["_rels/.rels"] =
    `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">` +
    `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts["xl/workbook.xml"] =
    `${XML_DECL}<workbook xmlns="${NS}" xmlns:r="${REL_NS}">` +
    (spec.date1904 ? `<workbookPr date1904="1"/>` : `<workbookPr/>`) +
    `<sheets>${spec.sheets
      .map(
        (s, i) =>
          `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
      )
      .join("")}</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] =
    `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">${rels.join("")}</Relationships>`;
  return parts;
}

/** Every entry's date: a fixed one, so that the corpus is the same bytes on every run. */
const MTIME = new Date(2024, 5, 30, 12, 0, 0);

/** fflate's zipSync with fixed entry dates (deterministic output). */
export function zip(files: Zippable): Uint8Array {
  return zipSync(files, { mtime: MTIME });
}

/** A zip written by another tool (ExcelJS) rewritten with fixed dates, same entries in the same order. */
export function stableZip(bytes: Uint8Array): Uint8Array {
  return zip(unzipSync(bytes));
}

/** Zips parts (text or bytes); `level: 0` stores them. */
export function zipParts(parts: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(parts)) z[k] = [typeof v === "string" ? strToU8(v) : v, { level }];
  return zip(z);
}

export function buildXlsx(spec: WorkbookSpec, edit?: (parts: Record<string, string>) => void): Uint8Array {
  const parts = workbookParts(spec);
  edit?.(parts);
  return zipParts(parts);
}

/** A cell element: numbers as <v>, strings inline (t="inlineStr"), raw markup when given as {xml}. */
export function cell(ref: string, v: string | number | boolean | { xml: string }): string {
  if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "string")
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
  return v.xml;
}

const u32 = (b: Uint8Array, i: number) =>
  ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)) >>> 0;
const put32 = (b: Uint8Array, i: number, v: number) => {
  b[i] = v & 255;
  b[i + 1] = (v >>> 8) & 255;
  b[i + 2] = (v >>> 16) & 255;
  b[i + 3] = (v >>> 24) & 255;
};

/**
 * Rewrites the uncompressed size that the local and central headers claim for every entry whose name matches:
 * a zip whose headers lie. fflate's own `unzipSync` allocates the claimed size and silently truncates the rest.
 */
export function lieAboutSize(zip: Uint8Array, name: RegExp, claimed: number): Uint8Array {
  const out = zip.slice();
  const dec = new TextDecoder();
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = u32(out, i);
    if (sig === 0x04034b50) {
      const n = (out[i + 26] ?? 0) | ((out[i + 27] ?? 0) << 8);
      if (name.test(dec.decode(out.subarray(i + 30, i + 30 + n)))) put32(out, i + 22, claimed);
    } else if (sig === 0x02014b50) {
      const n = (out[i + 28] ?? 0) | ((out[i + 29] ?? 0) << 8);
      if (name.test(dec.decode(out.subarray(i + 46, i + 46 + n)))) put32(out, i + 24, claimed);
    }
  }
  return out;
}

/**
 * A minimal OLE compound file (CFB v3, 512-byte sectors) holding the given streams, each padded to at least
 * 4096 bytes so that no mini stream is needed. Enough for Excel's sniffing and for ours.
 */
export function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const SECTOR = 512;
  const names = Object.keys(streams);
  const data = names.map((n) => {
    const s = streams[n] ?? new Uint8Array(0);
    const padded = new Uint8Array(Math.max(4096, Math.ceil(s.length / SECTOR) * SECTOR));
    padded.set(s);
    return padded;
  });
  const dirEntries = names.length + 1;
  const dirSectors = Math.ceil((dirEntries * 128) / SECTOR);
  const dataSectors = data.reduce((a, d) => a + d.length / SECTOR, 0);
  let fatSectors = 1;
  while (fatSectors * 128 < fatSectors + dirSectors + dataSectors) fatSectors++;
  const total = fatSectors + dirSectors + dataSectors;
  const file = new Uint8Array(SECTOR * (1 + total));
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  file.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00, 0x06, 0x00], 24);
  put32(file, 44, fatSectors);
  put32(file, 48, fatSectors); // first directory sector
  put32(file, 56, 4096); // mini stream cutoff
  put32(file, 60, 0xfffffffe);
  put32(file, 68, 0xfffffffe);
  for (let i = 0; i < 109; i++) put32(file, 76 + 4 * i, i < fatSectors ? i : 0xffffffff);
  const fat = new Array<number>(fatSectors * 128).fill(0xffffffff);
  for (let i = 0; i < fatSectors; i++) fat[i] = 0xfffffffd;
  const chain = (start: number, n: number) => {
    for (let i = 0; i < n; i++) fat[start + i] = i === n - 1 ? 0xfffffffe : start + i + 1;
  };
  chain(fatSectors, dirSectors);
  let next = fatSectors + dirSectors;
  const starts: number[] = [];
  for (const d of data) {
    starts.push(next);
    chain(next, d.length / SECTOR);
    file.set(d, SECTOR * (1 + next));
    next += d.length / SECTOR;
  }
  fat.forEach((v, i) => put32(file, SECTOR + 4 * i, v));
  const dir = SECTOR * (1 + fatSectors);
  const entry = (
    i: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ) => {
    const at = dir + 128 * i;
    for (let k = 0; k < name.length; k++) {
      file[at + 2 * k] = name.charCodeAt(k) & 255;
      file[at + 2 * k + 1] = name.charCodeAt(k) >> 8;
    }
    file[at + 64] = (name.length + 1) * 2;
    file[at + 66] = type;
    file[at + 67] = 1;
    put32(file, at + 68, 0xffffffff);
    put32(file, at + 72, right);
    put32(file, at + 76, child);
    put32(file, at + 116, start);
    put32(file, at + 120, size);
  };
  entry(0, "Root Entry", 5, names.length > 0 ? 1 : 0xffffffff, 0xffffffff, 0xfffffffe, 0);
  names.forEach((n, i) =>
    entry(
      i + 1,
      n,
      2,
      0xffffffff,
      i + 1 < names.length ? i + 2 : 0xffffffff,
      starts[i] ?? 0,
      streams[n]?.length ?? 0,
    ),
  );
  return file;
}

const deflatedRows = new Map<number, Uint8Array>();

/**
 * A zip bomb: a workbook whose sheet inflates to `realBytes` of `<row/>` (deflated in pieces, never held whole),
 * with `claimed` as the uncompressed size its headers state (the truth by default).
 */
export function bombXlsx(
  realBytes: number,
  claimed = realBytes,
  part = "xl/worksheets/sheet1.xml",
): Uint8Array {
  let deflated = deflatedRows.get(realBytes);
  if (!deflated) {
    const chunks: Uint8Array[] = [];
    const d = new Deflate({ level: 6 }, (c) => chunks.push(c));
    d.push(strToU8(`<worksheet xmlns="${NS}"><sheetData>`));
    const filler = strToU8("<row/>".repeat(1 << 16));
    for (let n = 0; n < realBytes; n += filler.length) d.push(filler);
    d.push(strToU8("</sheetData></worksheet>"), true);
    deflated = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      deflated.set(c, at);
      at += c.length;
    }
    deflatedRows.set(realBytes, deflated);
  }
  const files = unzipSync(zipParts({ ...workbookParts({ sheets: [{ name: "S", data: "<row/>" }] }) }));
  // The deflate stream is stored as it is, then the entry is marked deflated by hand with the claimed size.
  const z: Zippable = {};
  for (const [k, v] of Object.entries(files)) if (k !== part) z[k] = [v, { level: 0 }];
  z[part] = [deflated, { level: 0 }];
  return markDeflated(zip(z), part, claimed);
}

/** Marks a stored entry as deflated (its data already is) and sets the uncompressed size it claims. */
export function markDeflated(zip: Uint8Array, name: string, claimed: number): Uint8Array {
  const out = lieAboutSize(zip, new RegExp(`^${name.replace(/[.[\]]/g, "\\$&")}$`), claimed);
  const dec = new TextDecoder();
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = u32(out, i);
    const at = sig === 0x04034b50 ? 30 : sig === 0x02014b50 ? 46 : 0;
    if (!at) continue;
    const lenAt = i + (at === 30 ? 26 : 28);
    const n = (out[lenAt] ?? 0) | ((out[lenAt + 1] ?? 0) << 8);
    if (dec.decode(out.subarray(i + at, i + at + n)) === name) out[i + (at === 30 ? 8 : 10)] = 8;
  }
  return out;
}
