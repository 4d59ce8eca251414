import type { CellRange, CellValue, SheetData } from "./types";

/**
 * Read access to a sheet with merged cells resolved: inside a merged area every cell reads the top-left value.
 * Only the header area needs this, so the merge index is built once per sheet from the merge list.
 */
export class Grid {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeOf = new Map<number, CellRange>();

  constructor(readonly sheet: SheetData) {
    this.rowCount = sheet.rows.length;
    let cols = 0;
    for (const row of sheet.rows) if (row && row.length > cols) cols = row.length;
    for (const m of sheet.merges) if (m.right + 1 > cols) cols = m.right + 1;
    this.colCount = cols;
    for (const m of sheet.merges) {
      // Merges far larger than a header (a whole-column merge) are indexed only over the cells that exist.
      const bottom = Math.min(m.bottom, this.rowCount + 1);
      for (let r = m.top; r <= bottom; r++)
        for (let c = m.left; c <= m.right; c++) this.mergeOf.set(key(r, c), m);
    }
  }

  /** The raw value stored at the cell (merged cells other than the top-left read empty). */
  raw(r: number, c: number): CellValue {
    return this.sheet.rows[r]?.[c] ?? null;
  }

  /** The value the clerk sees at the cell: a merged area shows its top-left value everywhere. */
  value(r: number, c: number): CellValue {
    const m = this.mergeOf.get(key(r, c));
    return m ? this.raw(m.top, m.left) : this.raw(r, c);
  }

  merge(r: number, c: number): CellRange | undefined {
    return this.mergeOf.get(key(r, c));
  }
}

function key(r: number, c: number): number {
  return r * 20_000 + c;
}
