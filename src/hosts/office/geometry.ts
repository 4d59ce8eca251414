import { a1, columnIndex } from "../../engine/model/address";
import type { CellRange } from "../../engine/model/types";

/** A cell by 0-based row and column. */
export interface Cell {
  readonly row: number;
  readonly col: number;
}

/** `B7` for one cell, `B7:C9` for a block. */
export function rangeAddress(r: CellRange): string {
  const first = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? first : `${first}:${a1(r.bottom, r.right)}`;
}

const SHEET_PREFIX = /^(?:'(?:[^']|'')*'|[^'!]+)!/;
const PART = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * Parses an A1 address as Excel returns it (`B7`, `$B$7:$C$9`, `Sheet1!A1:B2`, `'张 庄'!A1`) into a rectangle;
 * undefined for whole rows/columns or anything else.
 */
export function parseRangeAddress(address: string): CellRange | undefined {
  const local = address.trim().replace(SHEET_PREFIX, "");
  const [from, to, extra] = local.split(":");
  if (from === undefined || extra !== undefined) return undefined;
  const p = PART.exec(from);
  const q = PART.exec(to ?? from);
  if (!p?.[1] || !p[2] || !q?.[1] || !q[2]) return undefined;
  const r1 = Number(p[2]) - 1;
  const r2 = Number(q[2]) - 1;
  const c1 = columnIndex(p[1]);
  const c2 = columnIndex(q[1]);
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/**
 * Splits an address list as Excel returns it for a RangeAreas or an onChanged event (`Sheet1!A1:B2, Sheet1!D4`,
 * sheet names quoted when they hold spaces or commas) into rectangles.
 */
export function parseAddressList(list: string): CellRange[] {
  const out: CellRange[] = [];
  const part = /(?:'(?:[^']|'')*'!|[^'!,\s][^!,]*!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/g;
  for (const m of list.matchAll(part)) {
    const r = parseRangeAddress(m[0]);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Merges cells into rectangles "where easy": runs of adjacent cells in a row, then runs with the same columns in
 * consecutive rows. Not minimal, but a column of flagged phone numbers becomes one area instead of hundreds.
 */
export function toRects(cells: Iterable<Cell>): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const cols = byRow.get(c.row);
    if (cols) cols.push(c.col);
    else byRow.set(c.row, [c.col]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  // Open rectangles by their column span, extended downwards while the next row has the same span.
  let open = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  const done: CellRange[] = [];
  for (const row of rows) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const next = new Map<string, { top: number; left: number; bottom: number; right: number }>();
    for (let i = 0; i < cols.length;) {
      let j = i;
      while (j + 1 < cols.length && (cols[j + 1] as number) === (cols[j] as number) + 1) j++;
      const left = cols[i] as number;
      const right = cols[j] as number;
      const key = `${left}:${right}`;
      const prev = open.get(key);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { top: row, left, bottom: row, right });
      i = j + 1;
    }
    for (const r of open.values()) done.push(r);
    open = next;
  }
  for (const r of open.values()) done.push(r);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Groups rectangles into address lists for `worksheet.getRanges`, each within the limits of SPEC §3 (at most
 * `maxAreas` areas and `maxChars` characters, separators included).
 */
export function addressBatches(rects: readonly CellRange[], maxAreas: number, maxChars: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const r of rects) {
    const address = rangeAddress(r);
    const added = current.length === 0 ? address.length : address.length + 2;
    if (current.length > 0 && (current.length >= maxAreas || length + added > maxChars)) {
      out.push(current.join(", "));
      current = [];
      length = 0;
    }
    length += current.length === 0 ? address.length : address.length + 2;
    current.push(address);
  }
  if (current.length > 0) out.push(current.join(", "));
  return out;
}

/** Every cell of a rectangle, row by row. */
export function* cellsOf(r: CellRange): Generator<Cell> {
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) yield { row, col };
}
