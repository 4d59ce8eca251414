import type { CellRange, CellValue, SheetData } from "../engine/model/types";
import { WorkbookReadError } from "./errors";
import { XmlScanner } from "./sheet-scan";
import { unescapeOoxml } from "./xml";

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1 << 20;
export const MAX_COLS = 1 << 14;

/** Cells read so far against limits.maxCells, shared by every sheet of one workbook. */
export interface CellBudget {
  cells: number;
  readonly max: number;
  /** Merged area as written in the file (before clipping), for hosts that expand merges cell by cell. */
  rawMergedCells: number;
  /**
   * Characters of text in cells so far, against limits.maxUncompressedBytes: a shared string is stored once but
   * read once per cell, so 20,000 cells quoting one 32,767-character string are 650 million characters for every
   * rule that looks at them, from a file of a few kilobytes.
   */
  chars: number;
  readonly maxChars: number;
}

/**
 * A streaming worksheet parser: feed it the part's bytes, then `finish()`. Rows and cells without `r` follow
 * the previous one; cells are counted against the budget as they arrive, so a huge sheet stops at the limit.
 */
export class SheetParser {
  private readonly rows: Array<CellValue[] | undefined> = [];
  private readonly merges: CellRange[] = [];
  private readonly xml: XmlScanner;
  private r = -1;
  private c = -1;
  private type = "";
  private value = "";
  private inline = "";
  private hasV = false;
  private inV = false;
  private inIs = false;
  private inT = false;
  private phonetic = 0;
  private inData = false;
  /** Non-empty cells of this sheet (already in the budget). */
  private count = 0;

  constructor(
    part: string,
    private readonly sst: readonly string[],
    private readonly date1904: boolean,
    private readonly budget: CellBudget,
  ) {
    this.xml = new XmlScanner(part, {
      open: (name, a) => this.open(name, a),
      close: (name) => this.close(name),
      text: (t) => {
        if (this.inV) this.value += t;
        else if (this.inT) this.inline += t;
      },
    });
  }

  write(chunk: Uint8Array): void {
    this.xml.writeBytes(chunk);
  }

  finish(): Omit<SheetData, "name"> {
    this.xml.close();
    const rows = this.rows;
    // Dense rows (holes become null so that rules can index freely); the dense area counts against the limit,
    // so a few cells far apart (A1 and XFD1048576 on many rows) cannot blow up memory here.
    let width = 0;
    let dense = 0;
    for (const row of rows) {
      if (!row) continue;
      dense += row.length;
      if (row.length > width) width = row.length;
    }
    const merges = clipMerges(this.merges, rows.length, width);
    let merged = 0;
    for (const m of merges) merged += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (this.budget.cells - this.count + dense + merged > this.budget.max) throw tooManyCells(this.budget);
    this.budget.cells += dense - this.count + merged;
    for (const row of rows)
      if (row) for (let j = 0; j < row.length; j++) if (row[j] === undefined) row[j] = null;
    return { rows, merges };
  }

  private open(name: string, a: Record<string, string>): void {
    if (!this.inData) {
      if (name === "sheetData") this.inData = true;
      else if (name === "mergeCell") this.addMerge(a.ref ?? "");
      return;
    }
    switch (name) {
      case "row": {
        const n = a.r === undefined ? NaN : Number(a.r);
        this.r = Number.isInteger(n) && n >= 1 ? n - 1 : this.r + 1;
        if (this.r >= MAX_ROWS) throw outsideGrid(`row ${this.r + 1}`);
        this.c = -1;
        break;
      }
      case "c": {
        const ref = a.r === undefined ? undefined : parseRef(a.r);
        if (ref) {
          this.r = ref[0];
          this.c = ref[1];
        } else {
          this.c++;
          if (this.r < 0) this.r = 0;
        }
        if (this.c >= MAX_COLS || this.r >= MAX_ROWS) throw outsideGrid(a.r ?? `column ${this.c + 1}`);
        this.type = a.t ?? "n";
        this.value = "";
        this.inline = "";
        this.hasV = false;
        break;
      }
      case "v":
        this.inV = true;
        this.hasV = true;
        break;
      case "is":
        this.inIs = true;
        break;
      case "rPh":
        this.phonetic++;
        break;
      case "t":
        if (this.inIs && this.phonetic === 0) this.inT = true;
        break;
    }
  }

  private close(name: string): void {
    switch (name) {
      case "v":
        this.inV = false;
        break;
      case "t":
        this.inT = false;
        break;
      case "rPh":
        this.phonetic--;
        break;
      case "is":
        this.inIs = false;
        break;
      case "sheetData":
        this.inData = false;
        break;
      case "c": {
        if (!this.inData) break;
        const v = cellValue(this.type, this.value, this.inline, this.hasV, this.sst, this.date1904);
        if (v === null) break;
        if (++this.budget.cells > this.budget.max) throw tooManyCells(this.budget);
        if (typeof v === "string" && (this.budget.chars += v.length) > this.budget.maxChars) {
          throw new WorkbookReadError("too-large", { mb: Math.round(this.budget.maxChars / 1024 / 1024) });
        }
        this.count++;
        (this.rows[this.r] ??= [])[this.c] = v;
        break;
      }
    }
  }

  private addMerge(ref: string): void {
    const colon = ref.indexOf(":");
    if (colon < 0) return;
    const a = parseRef(ref.slice(0, colon));
    const b = parseRef(ref.slice(colon + 1));
    if (!a || !b) return;
    const m = {
      top: Math.min(a[0], b[0]),
      left: Math.min(a[1], b[1]),
      bottom: Math.min(Math.max(a[0], b[0]), MAX_ROWS - 1),
      right: Math.min(Math.max(a[1], b[1]), MAX_COLS - 1),
    };
    this.budget.rawMergedCells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    this.merges.push(m);
  }
}

/** `B7` → [6, 1] (0-based row, column); `$` signs allowed; undefined for anything else. */
export function parseRef(ref: string): [number, number] | undefined {
  let i = 0;
  let col = 0;
  let row = 0;
  if (ref.charCodeAt(i) === 36) i++;
  const colStart = i;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 32;
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === colStart || i - colStart > 3) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  const rowStart = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  if (i === rowStart || i - rowStart > 7 || row < 1) return undefined;
  return [row - 1, col - 1];
}

/**
 * Merges clipped to the cells the sheet really has: a merge over the whole sheet (A1:XFD1048576) or whole
 * columns covers only the used area, which is all the engine looks at. Exact duplicates are dropped.
 */
export function clipMerges(merges: readonly CellRange[], rowCount: number, width: number): CellRange[] {
  const out: CellRange[] = [];
  const seen = new Set<string>();
  for (const m of merges) {
    const c = {
      top: m.top,
      left: m.left,
      bottom: Math.min(m.bottom, rowCount - 1),
      right: Math.min(m.right, width - 1),
    };
    if (c.top > c.bottom || c.left > c.right || (c.top === c.bottom && c.left === c.right)) continue;
    const key = `${c.top},${c.left},${c.bottom},${c.right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

const DAY_MS = 86_400_000;

function cellValue(
  type: string,
  v: string,
  inline: string,
  hasV: boolean,
  sst: readonly string[],
  date1904: boolean,
): CellValue {
  switch (type) {
    case "s": {
      const s = v === "" ? undefined : sst[Number(v)];
      return s === undefined || s === "" ? null : s;
    }
    case "inlineStr": {
      const s = inline !== "" ? inline : hasV ? v : "";
      return s === "" ? null : unescapeOoxml(s);
    }
    case "str":
      return v === "" ? null : unescapeOoxml(v);
    case "b":
      return hasV && v !== "" ? v === "1" || v.trim().toLowerCase() === "true" : null;
    case "e":
      return v === "" ? null : { error: v.trim() };
    case "d":
      return v === "" ? null : (isoSerial(v.trim(), date1904) ?? v);
    default: {
      if (!hasV || v === "") return inline === "" ? null : unescapeOoxml(inline);
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
  }
}

/** An ISO 8601 date-time (`t="d"` cells) as an Excel serial, taken as wall-clock time (any offset ignored). */
export function isoSerial(text: string, date1904: boolean): number | undefined {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(
      text,
    );
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((x) => (x === undefined ? 0 : Number(x)));
  if (y === undefined || mo === undefined || d === undefined || mo < 1 || mo > 12 || d < 1 || d > 31)
    return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) + Number(m[7] ?? 0) * 1000;
  if (date1904) return (ms - Date.UTC(1904, 0, 1)) / DAY_MS;
  const serial = (ms - Date.UTC(1899, 11, 30)) / DAY_MS;
  // Excel counts a 29 February 1900 that never was: days before 1 March 1900 are one lower.
  return serial < 61 ? serial - 1 : serial;
}

function tooManyCells(budget: CellBudget): WorkbookReadError {
  return new WorkbookReadError("too-many-cells", { max: budget.max });
}

function outsideGrid(where: string): WorkbookReadError {
  return new WorkbookReadError("corrupt", { detail: `${where} is outside Excel's grid` });
}
