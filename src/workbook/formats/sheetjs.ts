import type { CellRange, CellValue, SheetData, WorkbookData } from "../../engine/model/types";
import { WorkbookReadError } from "../errors";
import type { ReadInfo, ReadLimits } from "../read";
import { clipMerges, MAX_COLS, MAX_ROWS } from "../sheet";

/** SheetJS's parser (`@e965/xlsx`), loaded only when a file needs it (Node: require; pages: a lazy chunk). */
export type SheetJs = typeof import("@e965/xlsx");
export type LoadSheetJs = () => Promise<SheetJs>;

/** The parts of a SheetJS cell object that are read. */
interface JsCell {
  t?: string;
  v?: unknown;
  z?: unknown;
}
interface JsSheet {
  "!data"?: Array<Array<JsCell | null | undefined> | null | undefined>;
  "!merges"?: Array<{ s: { r: number; c: number }; e: { r: number; c: number } }>;
}
interface JsBook {
  SheetNames: string[];
  Sheets: Record<string, JsSheet | undefined>;
  Workbook?: { WBProps?: { date1904?: boolean }; Sheets?: Array<{ Hidden?: number } | undefined> };
}

/**
 * SheetJS reads values and number formats only (the formats let the annotated .xlsx copy show dates as dates): no
 * formulas, styles, HTML or formatted text (they cost time and memory).
 */
export const SHEETJS_OPTIONS = {
  type: "array",
  dense: true,
  cellDates: false,
  cellFormula: false,
  cellHTML: false,
  cellNF: true,
  cellStyles: false,
  cellText: false,
  sheetStubs: false,
  bookVBA: false,
  bookDeps: false,
  bookFiles: false,
  bookProps: false,
  WTF: false,
} as const;

/** BIFF error codes (SheetJS keeps them as numbers) to the text Excel shows. */
const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/**
 * Runs SheetJS on a copy of the bytes (its XOR decryption works in place, and the caller keeps the input), with its
 * console chatter (e.g. "ODS number format may be incorrect") held back: the CLI's stderr carries one line only.
 * Whatever it throws is the format's own "cannot read" error, never a crash.
 */
export function runSheetJs(
  xlsx: SheetJs,
  bytes: Uint8Array,
  options: Record<string, unknown>,
  onError: (message: string) => WorkbookReadError,
): JsBook {
  const con = console as unknown as Record<string, unknown>;
  const saved = { error: con.error, warn: con.warn, log: con.log };
  const quiet = () => undefined;
  con.error = con.warn = con.log = quiet;
  try {
    return xlsx.read(bytes.slice(), { ...SHEETJS_OPTIONS, ...options }) as unknown as JsBook;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw onError(e instanceof Error ? e.message : String(e));
  } finally {
    con.error = saved.error;
    con.warn = saved.warn;
    con.log = saved.log;
  }
}

/**
 * SheetJS's workbook as the engine's WorkbookData: the same values the .xlsx reader gives (numbers, text, booleans,
 * error values, dates as serials in the workbook's own date system, cached results of formulas), merged areas
 * clipped to the used range, hidden sheets flagged; every cell and character counted against the limits.
 */
export function fromSheetJs(
  book: JsBook,
  limits: ReadLimits,
  info?: ReadInfo,
  formats?: Array<Map<number, string>>,
): WorkbookData {
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  let cells = 0;
  let chars = 0;
  let rawMerged = 0;
  const sheets: SheetData[] = [];
  book.SheetNames.forEach((name, i) => {
    const ws = book.Sheets[name];
    const data = ws?.["!data"] ?? [];
    if (data.length > MAX_ROWS) throw outsideGrid(`row ${data.length}`);
    const rows: Array<CellValue[] | undefined> = [];
    const own = new Map<number, string>();
    formats?.push(own);
    let width = 0;
    for (let r = 0; r < data.length; r++) {
      const src = data[r];
      if (!src) continue;
      if (src.length > MAX_COLS) throw outsideGrid(`column ${src.length}`);
      let row: CellValue[] | undefined;
      for (let c = 0; c < src.length; c++) {
        const v = cellValue(src[c], date1904);
        if (v === null) continue;
        if (typeof v === "string" && (chars += v.length) > limits.maxUncompressedBytes)
          throw tooLarge(limits);
        (row ??= [])[c] = v;
      }
      if (!row) continue;
      for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
      cells += row.length;
      if (cells > limits.maxCells) throw tooManyCells(limits);
      if (row.length > width) width = row.length;
      rows[r] = row;
    }
    const raw: CellRange[] = (ws?.["!merges"] ?? []).map((m) => ({
      top: Math.max(0, Math.min(m.s.r, m.e.r)),
      left: Math.max(0, Math.min(m.s.c, m.e.c)),
      bottom: Math.min(Math.max(m.s.r, m.e.r), MAX_ROWS - 1),
      right: Math.min(Math.max(m.s.c, m.e.c), MAX_COLS - 1),
    }));
    for (const m of raw) rawMerged += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    const merges = clipMerges(raw, rows.length, width);
    for (const m of merges) cells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (cells > limits.maxCells) throw tooManyCells(limits);
    const hidden = (book.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    sheets.push({ name, rows, merges, hidden });
  });
  if (sheets.length === 0) throw new WorkbookReadError("no-sheets");
  if (info) {
    info.rawMergedCells = rawMerged;
    info.cells = cells;
  }
  return { sheets, date1904 };
}

const DAY_MS = 86_400_000;

function cellValue(cell: JsCell | null | undefined, date1904: boolean): CellValue {
  if (!cell) return null;
  const v = cell.v;
  switch (cell.t) {
    case "s":
    case "str":
      return typeof v === "string" && v !== "" ? v : null;
    case "n":
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    case "b":
      return typeof v === "boolean" ? v : null;
    case "e":
      return { error: typeof v === "number" ? (ERRORS[v] ?? "#N/A") : String(v ?? "#N/A") };
    case "d":
      return v instanceof Date ? dateSerial(v, date1904) : null;
    default:
      return null;
  }
}

/** A Date (wall-clock time read as UTC) as a serial in the workbook's date system. */
function dateSerial(d: Date, date1904: boolean): number | null {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  if (date1904) return (ms - Date.UTC(1904, 0, 1)) / DAY_MS;
  const serial = (ms - Date.UTC(1899, 11, 30)) / DAY_MS;
  return serial < 61 ? serial - 1 : serial;
}

export function tooLarge(limits: ReadLimits): WorkbookReadError {
  return new WorkbookReadError("too-large", { mb: Math.round(limits.maxUncompressedBytes / 1024 / 1024) });
}

export function tooManyCells(limits: ReadLimits): WorkbookReadError {
  return new WorkbookReadError("too-many-cells", { max: limits.maxCells });
}

function outsideGrid(where: string): WorkbookReadError {
  return new WorkbookReadError("corrupt", { detail: `${where} is outside Excel's grid` });
}
