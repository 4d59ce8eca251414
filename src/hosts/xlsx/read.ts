import { unzipSync, type Unzipped } from "fflate";
import { SaxesParser } from "saxes";
import { DEFAULT_CONFIG } from "../../engine/config";
import { columnIndex } from "../../engine/model/address";
import type { CellRange, CellValue, SheetData, WorkbookData } from "../../engine/model/types";
import { WorkbookReadError } from "./errors";

export interface ReadLimits {
  readonly maxUncompressedBytes: number;
  readonly maxCells: number;
}

/**
 * Reads an .xlsx from its bytes, without ExcelJS: the zip is opened with fflate and each part is streamed through
 * a SAX parser. This reads what Excel, WPS and LibreOffice write, odd files included: inline strings, rows and
 * cells without `r` attributes, prefixed namespaces (`x:worksheet`), the 1904 date system, missing shared
 * strings. XML entities are never expanded (saxes has no DTD support) and nothing external is resolved.
 */
export function readXlsx(bytes: Uint8Array, limits: ReadLimits = DEFAULT_CONFIG.limits): WorkbookData {
  sniff(bytes);
  const files = unzip(bytes, limits);
  const text = (path: string): string | undefined => {
    const f = files[path];
    return f ? new TextDecoder("utf-8").decode(f) : undefined;
  };
  const workbookPath = findWorkbookPath(text);
  const workbookXml = text(workbookPath);
  if (workbookXml === undefined) {
    throw new WorkbookReadError(
      "corrupt",
      "工作簿结构不完整（缺少 workbook.xml）",
      "workbook part is missing",
    );
  }
  const wb = parseWorkbook(workbookXml);
  const rels = parseRels(text(relsPathOf(workbookPath)) ?? "", dirOf(workbookPath));
  const sst = parseSharedStrings(text(rels.sharedStrings ?? `${dirOf(workbookPath)}sharedStrings.xml`) ?? "");
  const counter = { cells: 0, max: limits.maxCells };
  const sheets: SheetData[] = [];
  for (const s of wb.sheets) {
    const target = rels.byId.get(s.rid);
    if (!target) continue;
    const xml = text(target);
    if (xml === undefined) continue;
    sheets.push({ ...parseSheet(xml, sst, counter), name: s.name, hidden: s.state !== "visible" });
  }
  if (sheets.length === 0 && wb.sheets.length === 0) {
    throw new WorkbookReadError("empty", "工作簿中没有工作表", "the workbook has no sheets");
  }
  return { sheets, date1904: wb.date1904 };
}

function sniff(bytes: Uint8Array): void {
  const b = (i: number) => bytes[i] ?? -1;
  if (bytes.length === 0) throw new WorkbookReadError("empty", "文件为空", "the file is empty");
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) {
    // OLE compound file: either an old .xls or an encrypted (password-protected) .xlsx.
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 1 << 16)));
    const utf16 = head.replace(/\0/g, "");
    if (/EncryptionInfo|EncryptedPackage/.test(utf16)) {
      throw new WorkbookReadError(
        "encrypted",
        "工作簿设有打开密码（已加密），请在 Excel 中取消密码后另存为 .xlsx 再检查",
        "the workbook is password-protected (encrypted); remove the password and save as .xlsx",
      );
    }
    throw new WorkbookReadError(
      "xls",
      "这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
      "this is an old .xls file; save it as .xlsx first",
    );
  }
  if (!(b(0) === 0x50 && b(1) === 0x4b)) {
    const head = new TextDecoder("utf-8").decode(bytes.subarray(0, Math.min(bytes.length, 512)));
    if (/^\uFEFF?[^\0]*[,\t;][^\0]*\n/.test(head) && !/[\0]/.test(head)) {
      throw new WorkbookReadError(
        "csv",
        "这是 CSV/文本文件，请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
        "this is a CSV/text file; save it as .xlsx first",
      );
    }
    throw new WorkbookReadError("not-zip", "不是 .xlsx 工作簿文件", "not an .xlsx workbook");
  }
}

const WANTED =
  /^(?:\[Content_Types\]\.xml|_rels\/\.rels|xl\/(?:workbook\d*\.xml|_rels\/[^/]+\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)|[^/]+\/?(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml))$/i;

function unzip(bytes: Uint8Array, limits: ReadLimits): Unzipped {
  let total = 0;
  let tooBig = false;
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!WANTED.test(f.name) && !/\.xml(\.rels)?$|\.rels$/i.test(f.name)) return false;
        if (/\/(?:media|printerSettings|embeddings|drawings|theme|charts)\//i.test(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > limits.maxUncompressedBytes || total > limits.maxUncompressedBytes)
          tooBig = true;
        return !tooBig;
      },
    });
  } catch (e) {
    if (tooBig) throw tooLarge(limits);
    throw new WorkbookReadError(
      "corrupt",
      "文件已损坏或不完整，无法作为 .xlsx 打开",
      `the file is damaged or truncated (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  if (tooBig) throw tooLarge(limits);
  // The sizes above are what the zip claims; the real sizes are checked too, against a lying header.
  let real = 0;
  for (const f of Object.values(files)) real += f.length;
  if (real > limits.maxUncompressedBytes) throw tooLarge(limits);
  return files;
}

function tooLarge(limits: ReadLimits): WorkbookReadError {
  const mb = Math.round(limits.maxUncompressedBytes / 1024 / 1024);
  return new WorkbookReadError(
    "too-large",
    `工作簿解压后超过 ${mb} MB 的上限（可用 limits.maxUncompressedBytes 配置），未读取`,
    `the workbook expands beyond the ${mb} MB limit (limits.maxUncompressedBytes)`,
  );
}

function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

function relsPathOf(path: string): string {
  const dir = dirOf(path);
  return `${dir}_rels/${path.slice(dir.length)}.rels`;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

/** Streams an XML string through saxes, calling back with local (unprefixed) element names. */
function sax(
  xml: string,
  handlers: {
    open?: (name: string, attrs: Record<string, string>) => void;
    close?: (name: string) => void;
    text?: (t: string) => void;
  },
): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const local = (n: string) => {
    const i = n.indexOf(":");
    return i < 0 ? n : n.slice(i + 1);
  };
  parser.on("error", (e) => {
    throw new WorkbookReadError(
      "corrupt",
      "工作簿中的 XML 已损坏",
      `damaged XML in the workbook (${e.message})`,
    );
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (tag) => {
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = String(v);
      open(local(tag.name), attrs);
    });
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(local(tag.name)));
  }
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  parser.write(xml).close();
}

function findWorkbookPath(text: (p: string) => string | undefined): string {
  let found: string | undefined;
  sax(text("_rels/.rels") ?? "", {
    open: (name, a) => {
      if (name === "Relationship" && /officeDocument$/.test(a.Type ?? "") && a.Target) {
        found ??= resolvePath("", a.Target);
      }
    },
  });
  return found ?? "xl/workbook.xml";
}

function parseWorkbook(xml: string) {
  const sheets: Array<{ name: string; rid: string; state: string }> = [];
  let date1904 = false;
  sax(xml, {
    open: (name, a) => {
      if (name === "sheet") sheets.push({ name: a.name ?? "", rid: a.id ?? "", state: a.state ?? "visible" });
      else if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    },
  });
  return { sheets, date1904 };
}

function parseRels(xml: string, base: string) {
  const byId = new Map<string, string>();
  let sharedStrings: string | undefined;
  sax(xml, {
    open: (name, a) => {
      if (name !== "Relationship" || !a.Target || a.TargetMode === "External") return;
      const path = resolvePath(base, a.Target);
      if (a.Id) byId.set(a.Id, path);
      if (/sharedStrings$/.test(a.Type ?? "")) sharedStrings = path;
    },
  });
  return { byId, sharedStrings };
}

/** Shared strings, rich-text runs joined; phonetic guides (rPh) left out. */
function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current = "";
  let inT = false;
  let inPh = 0;
  sax(xml, {
    open: (name) => {
      if (name === "si") current = "";
      else if (name === "rPh") inPh++;
      else if (name === "t" && inPh === 0) inT = true;
    },
    close: (name) => {
      if (name === "si") out.push(current);
      else if (name === "rPh") inPh--;
      else if (name === "t") inT = false;
    },
    text: (t) => {
      if (inT) current += t;
    },
  });
  return out;
}

const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
]);

function parseSheet(
  xml: string,
  sst: readonly string[],
  counter: { cells: number; max: number },
): Omit<SheetData, "name"> {
  const rows: Array<CellValue[] | undefined> = [];
  const merges: CellRange[] = [];
  let r = -1;
  let c = -1;
  let type = "";
  let value = "";
  let inlineText = "";
  let inV = false;
  let inIs = 0;
  let inT = false;
  let hasV = false;
  sax(xml, {
    open: (name, a) => {
      switch (name) {
        case "row":
          r = a.r ? Number(a.r) - 1 : r + 1;
          c = -1;
          break;
        case "c": {
          const ref = a.r ? /^([A-Z]+)(\d+)$/i.exec(a.r) : null;
          if (ref?.[1] && ref[2]) {
            c = columnIndex(ref[1]);
            if (r < 0) r = Number(ref[2]) - 1;
          } else c++;
          type = a.t ?? "n";
          value = "";
          inlineText = "";
          hasV = false;
          break;
        }
        case "v":
          inV = true;
          hasV = true;
          break;
        case "is":
          inIs++;
          break;
        case "t":
          if (inIs > 0) inT = true;
          break;
        case "mergeCell": {
          const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(a.ref ?? "");
          if (m?.[1] && m[2] && m[3] && m[4]) {
            merges.push({
              top: Number(m[2]) - 1,
              left: columnIndex(m[1]),
              bottom: Number(m[4]) - 1,
              right: columnIndex(m[3]),
            });
          }
          break;
        }
      }
    },
    close: (name) => {
      if (name === "v") inV = false;
      else if (name === "is") inIs--;
      else if (name === "t") inT = false;
      else if (name === "c") {
        const v = cellValue(type, value, inlineText, hasV, sst);
        if (v !== null && r >= 0 && c >= 0) {
          if (++counter.cells > counter.max) {
            throw new WorkbookReadError(
              "too-many-cells",
              `工作簿的单元格超过 ${counter.max} 个的上限（可用 limits.maxCells 配置），未读取`,
              `the workbook has more than ${counter.max} cells (limits.maxCells)`,
            );
          }
          const row = (rows[r] ??= []);
          row[c] = v;
        }
      }
    },
    text: (t) => {
      if (inV) value += t;
      else if (inT) inlineText += t;
    },
  });
  // Dense rows: holes become null so that rules can index freely.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row) for (let j = 0; j < row.length; j++) if (row[j] === undefined) row[j] = null;
  }
  return { rows, merges };
}

function cellValue(
  type: string,
  v: string,
  inline: string,
  hasV: boolean,
  sst: readonly string[],
): CellValue {
  switch (type) {
    case "s": {
      const s = sst[Number(v)];
      return s === undefined || s === "" ? null : s;
    }
    case "inlineStr":
      return inline === "" ? (hasV && v !== "" ? v : null) : inline;
    case "str":
      return v === "" ? null : v;
    case "b":
      return hasV ? v === "1" || v === "true" : null;
    case "e":
      return v === "" ? null : { error: ERRORS.has(v) ? v : v };
    case "d": {
      const ms = Date.parse(v);
      return Number.isNaN(ms) ? (v === "" ? null : v) : ms / 86_400_000 + 25_569;
    }
    default: {
      if (!hasV || v === "") return inline === "" ? null : inline;
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
  }
}
