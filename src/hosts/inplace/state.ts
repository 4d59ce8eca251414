/**
 * What Anju remembers about its marks, kept with the workbook in the very hidden sheet `_anju_fills` so that
 * 清除标记 works after the workbook was closed and reopened, on another computer too, and in the other program
 * (a workbook marked in Excel is cleared in WPS and the other way round): for every marked cell its original fill,
 * the colour written, and whether a note or a comment was added (with the comment's id, Excel's threaded ones).
 * The encoding is shared by the Office and WPS hosts (src/hosts/office, src/hosts/wps), which only read and write
 * the sheet's column A through their own API.
 *
 * One entry per row, as JSON text in column A: Excel never turns a cell starting with `{` into a number, date or
 * formula, so no number format has to be set first, and the sheet stays readable for whoever opens it.
 */

export const STATE_SHEET = "_anju_fills";
const MAGIC = "anju-fills";
const VERSION = 1;

/**
 * A cell's original fill: `#RRGGBB` colour, Excel's pattern name (`Solid`, `Gray50` …) and pattern colour;
 * `color: null` means no fill (pattern None).
 */
export interface SavedFill {
  readonly color: string | null;
  /** Fill pattern (`Solid`, `Gray50` …) when known (ExcelApi 1.9); null on the plain path. */
  readonly pattern: string | null;
  readonly patternColor: string | null;
}

export const NO_FILL: SavedFill = { color: null, pattern: null, patternColor: null };

/** What Anju added to the cell: a note (WPS's comments are Excel's notes), a threaded comment, or nothing. */
export type NoteKind = "note" | "comment" | "";

export interface MarkEntry {
  readonly sheet: string;
  /** Single cell, A1. */
  readonly address: string;
  readonly fill: SavedFill;
  /** Colour Anju painted (`FFC7CE`). */
  readonly mark: string;
  readonly note: NoteKind;
  /** Id of the comment Anju added, to delete exactly that one. */
  readonly commentId: string;
  /** Hash of the note text, so that a re-run leaves an unchanged note (and fill) alone. */
  readonly noteHash: string;
}

export function entryKey(sheet: string, address: string): string {
  return `${sheet}\u0000${address}`;
}

/** The state sheet's column A: a header row (with a word for whoever finds the sheet), then one entry per row. */
export function encodeState(entries: readonly MarkEntry[], notice: string): string[][] {
  const rows: string[][] = [
    [JSON.stringify({ magic: MAGIC, version: VERSION, count: entries.length, notice })],
  ];
  for (const e of entries) {
    rows.push([
      JSON.stringify({
        s: e.sheet,
        a: e.address,
        c: e.fill.color,
        p: e.fill.pattern,
        pc: e.fill.patternColor,
        m: e.mark,
        n: e.note,
        id: e.commentId,
        h: e.noteHash,
      }),
    ]);
  }
  return rows;
}

export interface DecodedState {
  readonly entries: MarkEntry[];
  /** Rows that could not be read (edited by hand): those cells' fills cannot be restored. */
  readonly damaged: number;
}

/** The state sheet's column A (one value per row) as entries. */
export function decodeState(column: ReadonlyArray<unknown>): DecodedState {
  const entries: MarkEntry[] = [];
  let damaged = 0;
  const first = parse(column[0]);
  if (!first || first.magic !== MAGIC) {
    return { entries, damaged: column.filter((v) => v !== null && v !== undefined && v !== "").length };
  }
  for (let i = 1; i < column.length; i++) {
    const raw = column[i];
    if (raw === undefined || raw === null || raw === "") continue;
    const o = parse(raw);
    if (!o || typeof o.s !== "string" || typeof o.a !== "string" || typeof o.m !== "string") {
      damaged++;
      continue;
    }
    entries.push({
      sheet: o.s,
      address: o.a,
      fill: { color: str(o.c), pattern: str(o.p), patternColor: str(o.pc) },
      mark: o.m,
      note: o.n === "note" || o.n === "comment" ? o.n : "",
      commentId: typeof o.id === "string" ? o.id : "",
      noteHash: typeof o.h === "string" ? o.h : "",
    });
  }
  return { entries, damaged };
}

function parse(raw: unknown): Record<string, unknown> | undefined {
  if (typeof raw !== "string" || raw.charAt(0) !== "{") return undefined;
  try {
    const o: unknown = JSON.parse(raw);
    return o && typeof o === "object" && !Array.isArray(o) ? (o as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function str(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}

/** FNV-1a of a note's text, base 36: short, and enough to tell whether a note changed (both hosts agree). */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
