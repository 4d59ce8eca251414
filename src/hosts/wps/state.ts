/**
 * What Anju remembers about its marks, kept in the workbook in the very hidden sheet `_anju_fills` (Visible = 2),
 * in the same format as the Office host's state sheet: 清除标记 then works after the workbook was saved, closed and
 * reopened — in WPS on another computer, or in Excel, and the other way round. PluginStorage would not do: it is
 * the add-in's, not the document's, and is gone with the WPS session.
 *
 * Column A: a header row, then one JSON entry per marked cell: its original fill (`#RRGGBB`, Excel's pattern
 * name, pattern colour; null colour = no fill), the colour painted, whether Anju added the cell's comment (`note`:
 * ET's comments are Excel's notes) and a hash of that text so that an unchanged mark is left alone on a re-run.
 */
import { PATTERN_NAMES, hexOf, patternNumber, XL_NONE, type EtInterior } from "./et";

export const STATE_SHEET = "_anju_fills";
const MAGIC = "anju-fills";
const VERSION = 1;

export interface SavedFill {
  readonly color: string | null;
  readonly pattern: string | null;
  readonly patternColor: string | null;
}

export const NO_FILL: SavedFill = { color: null, pattern: null, patternColor: null };

export interface MarkEntry {
  readonly sheet: string;
  readonly address: string;
  readonly fill: SavedFill;
  /** Colour painted (`FFC7CE`); "" while a run is writing it. */
  readonly mark: string;
  /** `note`: Anju added the cell's comment; "": it did not (none, or the clerk's own was there). */
  readonly note: "note" | "";
  readonly noteHash: string;
}

export function entryKey(sheet: string, address: string): string {
  return `${sheet}\u0000${address}`;
}

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
        id: "",
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

export function decodeState(values: ReadonlyArray<unknown>): DecodedState {
  const entries: MarkEntry[] = [];
  let damaged = 0;
  const first = parse(values[0]);
  if (!first || first.magic !== MAGIC) {
    return { entries, damaged: values.filter((v) => v !== null && v !== undefined && v !== "").length };
  }
  for (let i = 1; i < values.length; i++) {
    const raw = values[i];
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
      // The Office host may have added a comment (threaded) instead of a note; either way Anju's text is there.
      note: o.n === "note" || o.n === "comment" ? "note" : "",
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

/** A fill as ET reports it, in the state's terms; null when the cells of the range differ. */
export function savedFillOf(i: EtInterior): SavedFill | null {
  const pattern = i.Pattern;
  const colorIndex = i.ColorIndex;
  const color = i.Color;
  if (pattern === null || colorIndex === null || color === null) return null;
  if (pattern === XL_NONE || colorIndex === XL_NONE) return NO_FILL;
  const name = PATTERN_NAMES[pattern] ?? "Solid";
  const pc = name === "Solid" ? null : i.PatternColor;
  return { color: hexOf(color), pattern: name, patternColor: pc === null ? null : hexOf(pc) };
}

/** The pattern number to restore (xlSolid when the state came from an Excel that only saw the colour). */
export function restorePattern(fill: SavedFill): number {
  return patternNumber(fill.pattern === "None" ? "Solid" : fill.pattern) ?? 1;
}

/** FNV-1a of a note's text, base 36 (the same hash as the Office host's, so states agree). */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
