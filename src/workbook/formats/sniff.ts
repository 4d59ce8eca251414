import { WorkbookReadError } from "../errors";
import { listZip } from "../zip";
import { isOds } from "./ods";

/** What a file really is, from its content (the extension is only a hint for text and for messages). */
export type WorkbookFormat = "xlsx" | "xls" | "et" | "ods" | "csv";

/**
 * The format of a file from its first bytes: a compound file is .xls (or .et by its name) unless it is an encrypted
 * .xlsx or a Word/PowerPoint file; a zip is .ods by its mimetype, else .xlsx (whose reader names a zip that holds no
 * workbook); BIFF2–4 files start with their BOF record; an XML/HTML "xls" exported by a web system is read as .xls;
 * text is CSV. Throws the reason for anything else (a PDF, an image, a Word file …).
 */
export function detectFormat(bytes: Uint8Array, fileName: string): WorkbookFormat {
  const b = (i: number) => bytes[i] ?? -1;
  const ext = (/\.([A-Za-z0-9]+)$/.exec(fileName)?.[1] ?? "").toLowerCase();
  if (bytes.length === 0) throw new WorkbookReadError("empty");
  // The first bytes of a compound file or a zip, cut short: a damaged workbook, not text.
  const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length < CFB.length && bytes.every((x, i) => x === CFB[i]))
    throw new WorkbookReadError("damaged", { format: ext === "et" ? ".et" : ".xls", detail: "truncated" });
  if (bytes.length < 4 && bytes.every((x, i) => x === [0x50, 0x4b, 0x03, 0x04][i]))
    throw new WorkbookReadError("damaged", { format: ext === "ods" ? ".ods" : ".xlsx", detail: "truncated" });
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) {
    if (hasUtf16(bytes, "EncryptedPackage") || hasUtf16(bytes, "EncryptionInfo"))
      throw new WorkbookReadError("encrypted");
    if (hasUtf16(bytes, "WordDocument")) throw notWorkbook(" Word 文档（.doc）", "a Word document (.doc)");
    if (hasUtf16(bytes, "PowerPoint Document"))
      throw notWorkbook(" PowerPoint 演示文稿（.ppt）", "a PowerPoint presentation (.ppt)");
    return ext === "et" ? "et" : "xls";
  }
  if (b(0) === 0x50 && b(1) === 0x4b) {
    let entries;
    try {
      entries = listZip(bytes);
    } catch {
      return "xlsx"; // the .xlsx reader says what is wrong with the zip
    }
    return isOds(entries, bytes) ? "ods" : "xlsx";
  }
  // BIFF2–4 worksheets and BIFF5 files saved without a compound file: a BOF record first.
  if (b(0) === 0x09 && (b(1) === 0x00 || b(1) === 0x02 || b(1) === 0x04 || b(1) === 0x08) && b(3) === 0x00)
    return ext === "et" ? "et" : "xls";
  const known = knownBinary(bytes);
  if (known) throw notWorkbook(known.zh, known.en);
  const head = latin1(bytes.subarray(0, 2048)).replace(/^\xef\xbb\xbf/, "");
  if (/^\s*<(\?xml|html|!doctype|table)/i.test(head)) {
    if (
      /urn:schemas-microsoft-com:office:(spreadsheet|excel)|<table|<html/i.test(
        latin1(bytes.subarray(0, 65536)),
      )
    )
      return ext === "et" ? "et" : "xls";
    throw notWorkbook("网页/XML 文件", "a web page or XML file");
  }
  // What remains is text (CSV, TSV) — or binary that is not, which the CSV reader refuses by its NUL bytes.
  if (ext === "csv" || ext === "txt" || ext === "tsv") return "csv";
  // Text named .xls or .et (web systems export CSV so, and Excel and WPS open it) or with no extension is read as
  // CSV; text named .xlsx is refused as Excel refuses it, and other text is named for what it is.
  if (!hasBinary(head)) {
    if (ext === "" || ext === "xls" || ext === "et") return "csv";
    if (ext === "xlsx" || ext === "xlsm" || ext === "ods")
      throw notWorkbook(`文本文件（像 CSV，可改名为 .csv 后检查）`, "a text file (like CSV: rename it .csv)");
    throw notWorkbook(`文本文件（.${ext}）`, `a text file (.${ext})`);
  }
  throw notWorkbook("", "");
}

function notWorkbook(zh: string, en: string): WorkbookReadError {
  return new WorkbookReadError(
    "not-zip",
    zh === "" ? { what: "", whatEn: "" } : { what: `，而是${zh}`, whatEn: ` (it is ${en})` },
  );
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

function knownBinary(bytes: Uint8Array): { zh: string; en: string } | undefined {
  const head = latin1(bytes.subarray(0, 8));
  if (head.startsWith("\x89PNG")) return { zh: " PNG 图片", en: "a PNG image" };
  if (head.startsWith("\xff\xd8\xff")) return { zh: " JPEG 图片", en: "a JPEG image" };
  if (head.startsWith("%PDF")) return { zh: " PDF 文件", en: "a PDF file" };
  if (head.startsWith("GIF8")) return { zh: " GIF 图片", en: "a GIF image" };
  if (head.startsWith("BM")) return undefined;
  if (head.startsWith("Rar!") || head.startsWith("7z\xbc\xaf"))
    return { zh: "压缩包（RAR/7z）", en: "a RAR/7z archive" };
  if (head.startsWith("{\\rtf")) return { zh: " RTF 文档", en: "an RTF document" };
  if (head.startsWith("\x1f\x8b")) return { zh: " gzip 压缩文件", en: "a gzip file" };
  if (head.startsWith("MZ")) return { zh: "程序文件（.exe）", en: "a program (.exe)" };
  return undefined;
}

function hasUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i + name.length * 2 <= bytes.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let k = 0; k < name.length; k++)
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

export function formatLabel(format: WorkbookFormat): string {
  return format === "csv" ? "CSV" : `.${format}`;
}

/** Control characters that no text file holds (tab, line ends and form feed aside). */
function hasBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 27)) return true;
  }
  return false;
}
