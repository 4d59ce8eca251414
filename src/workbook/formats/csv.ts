import type { CellRange, CellValue, WorkbookData } from "../../engine/model/types";
import { WorkbookReadError } from "../errors";
import type { ReadInfo, ReadLimits } from "../read";
import { MAX_COLS, MAX_ROWS } from "../sheet";
import { tooLarge, tooManyCells } from "./sheetjs";

/**
 * Reads a CSV as Excel (and WPS) in China open it: one sheet named after the file without its extension; UTF-8 with
 * or without a BOM, UTF-16 with a BOM, and otherwise — text that is not valid UTF-8 — GB18030 (GBK's superset, what
 * Excel and WPS write for 「CSV（逗号分隔）」); records numbered from 1, a quoted line break staying inside its cell;
 * numbers, percentages, dates (2024-06-30, 2024/6/30, 2024年6月30日, with an optional time), TRUE/FALSE and error
 * literals (#N/A, #DIV/0! …) become what Excel makes of them. A number of more than 15 digits (an ID card number)
 * stays text, as WPS keeps it — Excel would round it away. Separator: comma, or what a first line `sep=;` names,
 * or tab when the first line has tabs and no comma (Excel's 「Unicode 文本」). A CSV keeps no merged cells: the
 * header's group labels are taken as merged the way a clerk reads them (see headerMerges).
 */
export function readCsv(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits,
  info?: ReadInfo,
  formats?: Array<Map<number, string>>,
): WorkbookData {
  if (bytes.length === 0) throw new WorkbookReadError("empty");
  let text = decodeCsv(bytes);
  let sep = ",";
  const sepLine = /^sep=(.)\r?\n/i.exec(text.slice(0, 8));
  if (sepLine?.[1] !== undefined) {
    sep = sepLine[1];
    text = text.slice(sepLine[0].length);
  } else {
    const first = text.slice(0, Math.max(0, text.search(/[\r\n]/)) || text.length);
    if (first.includes("\t") && !first.includes(",")) sep = "\t";
  }
  const own = new Map<number, string>();
  formats?.push(own);
  const rows = parseRecords(text, sep, limits, info, own);
  const name = sheetName(fileName);
  return { sheets: [{ name, rows, merges: headerMerges(rows) }], date1904: false };
}

/** The text of a CSV file: BOM first, then strict UTF-8, else GB18030. NUL bytes mean it is not a text file. */
export function decodeCsv(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return decode("utf-16le", bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decode("utf-16be", bytes.subarray(2));
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return checked(decode("utf-8", bytes.subarray(3)));
  if (bytes.indexOf(0) >= 0) {
    throw new WorkbookReadError("csv", {}, "readWhyNul");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return checked(decode("gb18030", bytes));
  }
}

function decode(encoding: string, bytes: Uint8Array): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    throw new WorkbookReadError("csv", { encoding: encoding.toUpperCase() }, "readWhyEncoding");
  }
  return checked(decoder.decode(bytes));
}

function checked(text: string): string {
  if (text.indexOf("\0") >= 0) {
    throw new WorkbookReadError("csv", {}, "readWhyNul");
  }
  return text;
}

/** `村名.csv` → `村名`, cut to Excel's 31 characters without the characters a sheet name cannot hold. */
export function sheetName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "");
  const clean = base.replace(/[[\]:*?/\\]/g, "_").slice(0, 31);
  return clean === "" ? "Sheet1" : clean;
}

function parseRecords(
  text: string,
  sep: string,
  limits: ReadLimits,
  info: ReadInfo | undefined,
  formats: Map<number, string>,
): Array<CellValue[] | undefined> {
  const rows: Array<CellValue[] | undefined> = [];
  let row: CellValue[] = [];
  let cells = 0;
  let i = 0;
  const n = text.length;
  const sepCode = sep.charCodeAt(0);
  const endRow = () => {
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    if (rows.length >= MAX_ROWS) throw new WorkbookReadError("csv", { max: MAX_ROWS }, "readWhyRows");
    cells += row.length;
    if (cells > limits.maxCells) throw tooManyCells(limits);
    rows.push(row.length > 0 ? row : undefined);
    row = [];
  };
  // Excel types a quoted field like any other ("00123" is the number 123): quotes only let a field hold the
  // separator, a quote or a line break.
  const push = (raw: string) => {
    if (row.length >= MAX_COLS) throw new WorkbookReadError("csv", { max: MAX_COLS }, "readWhyCols");
    const v = typed(raw);
    const f = typeof v === "number" ? dateFormat(raw) : undefined;
    if (f) formats.set(rows.length * MAX_COLS + row.length, f);
    row.push(v);
  };
  if (text.length > limits.maxUncompressedBytes) throw tooLarge(limits);
  while (i < n) {
    // One field.
    let value: string;
    if (text.charCodeAt(i) === 34) {
      let out = "";
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          // An unclosed quote runs to the end of the file, as Excel reads it.
          out += text.slice(j);
          j = n;
          break;
        }
        out += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          out += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Anything after the closing quote up to the separator is kept, as Excel does.
      let k = j;
      while (k < n && text.charCodeAt(k) !== sepCode && text[k] !== "\n" && text[k] !== "\r") k++;
      value = out + text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n && text.charCodeAt(k) !== sepCode && text[k] !== "\n" && text[k] !== "\r") k++;
      value = text.slice(i, k);
      i = k;
    }
    push(value);
    if (i >= n) break;
    const ch = text[i];
    if (ch === sep) {
      i++;
      if (i >= n) push("");
      continue;
    }
    // A line end: CRLF, LF or CR.
    i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    endRow();
  }
  if (row.length > 0) endRow();
  for (const r of rows) if (r) for (let c = 0; c < r.length; c++) if (r[c] === undefined) r[c] = null;
  if (info) {
    info.cells = cells;
    info.rawMergedCells = 0;
  }
  return rows;
}

const ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
]);
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d*)?(?:[eE]([+-]?\d{1,3}))?(%?)$/;
const DATE =
  /^(\d{4})(?:([-/])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** A field as Excel types it on opening a CSV. */
export function typed(raw: string): CellValue {
  if (raw === "") return null;
  const s = raw.trim();
  if (s === "") return raw;
  const upper = s.toUpperCase();
  if (ERROR_LITERALS.has(upper)) return { error: upper };
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  const num = number(s);
  if (num !== undefined) return num;
  const date = DATE.exec(s);
  if (date) {
    const y = Number(date[1]);
    const m = Number(date[3] ?? date[5]);
    const d = Number(date[4] ?? date[6]);
    const serial = dateSerial(y, m, d);
    if (serial !== undefined) {
      const time = date[7] === undefined ? 0 : timeFraction(date[7], date[8], date[9]);
      if (time !== undefined) return serial + time;
    }
    return raw;
  }
  const time = TIME.exec(s);
  if (time) return timeFraction(time[1], time[2], time[3]) ?? raw;
  return raw;
}

/** The number format Excel gives a date or time it recognised in a CSV. */
function dateFormat(raw: string): string | undefined {
  const s = raw.trim();
  const d = DATE.exec(s);
  if (d) return d[7] === undefined ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm";
  return TIME.test(s) ? "hh:mm" : undefined;
}

function number(s: string): number | undefined {
  // (1,234) is -1234 to Excel.
  const paren = s.length > 2 && s.startsWith("(") && s.endsWith(")");
  const body = paren ? s.slice(1, -1) : s;
  const m = NUMBER.exec(body);
  if (!m) return undefined;
  const int = (m[2] ?? "").replace(/,/g, "");
  const frac = m[3] ?? "";
  if (int === "" && frac.length < 2) return undefined;
  if (paren && m[1] !== "") return undefined;
  // More than 15 significant digits: Excel would round it (an ID card number); it stays text.
  if ((int + frac.slice(1)).replace(/^0+/, "").length > 15 && m[4] === undefined) return undefined;
  let v = Number(`${m[1]}${int}${frac}${m[4] === undefined ? "" : `e${m[4]}`}`);
  if (!Number.isFinite(v)) return undefined;
  if (m[5] === "%") v /= 100;
  return paren ? -v : v;
}

/** Serial of a date in the 1900 date system (Excel's 29 February 1900 counted), undefined for no such day. */
function dateSerial(y: number, m: number, d: number): number | undefined {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return undefined;
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCDate() !== d) return undefined;
  const serial = Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
  return serial < 61 ? serial - 1 : serial;
}

function timeFraction(h?: string, mi?: string, s?: string): number | undefined {
  const hh = Number(h);
  const mm = Number(mi);
  const ss = s === undefined ? 0 : Number(s);
  if (hh > 23 || mm > 59 || ss > 59) return undefined;
  return (hh * 3600 + mm * 60 + ss) / 86_400;
}

const HEADER_ROWS = 40;

/**
 * The merged cells a CSV lost, in its header only: a label with empty cells to its right over a row of sub-labels
 * (`补助资金,,` over `中央,省级,合计`) spans them, and the other labels of that row, with nothing under them, span
 * down into it (`序号` over an empty cell) — what the sheet had as merged cells before it was saved as CSV, so
 * that a two-row header is found in a CSV as in the workbook. Only rows of text are looked at, never data rows.
 */
export function headerMerges(rows: ReadonlyArray<readonly CellValue[] | undefined>): CellRange[] {
  const merges: CellRange[] = [];
  const text = (v: CellValue | undefined) => typeof v === "string" && v.trim() !== "";
  const onlyText = (row: readonly CellValue[]) => row.every((v) => v === null || typeof v === "string");
  for (let r = 0; r + 1 < Math.min(rows.length, HEADER_ROWS); r++) {
    const row = rows[r];
    const below = rows[r + 1];
    if (!row || !below || !onlyText(row) || !onlyText(below)) continue;
    const spans: CellRange[] = [];
    for (let c = 0; c < row.length; c++) {
      if (!text(row[c]) || !text(below[c])) continue;
      let e = c;
      while (e + 1 < Math.max(row.length, below.length) && !text(row[e + 1]) && text(below[e + 1])) e++;
      if (e > c) spans.push({ top: r, left: c, bottom: r, right: e });
      c = e;
    }
    if (spans.length === 0) continue;
    merges.push(...spans);
    for (let c = 0; c < row.length; c++) {
      if (text(row[c]) && !text(below[c]) && !spans.some((m) => m.left <= c && c <= m.right))
        merges.push({ top: r, left: c, bottom: r + 1, right: c });
    }
  }
  return merges;
}
