import { parseA1 } from "../../engine/model/address";
import type { Locale } from "../../engine/messages";
import type { CellRange, Finding } from "../../engine/model/types";
import { resultFormats, resultRows } from "../inplace/results";
import { bgrOf, SHEET_VERY_HIDDEN, XL_NONE, type EtApp, type EtWorksheet } from "./et";
import { dimsOf, grid, rectAddress, sheetOf, workbookOf, type Discovery } from "./read";
import {
  decodeState,
  encodeState,
  restorePattern,
  STATE_SHEET,
  type DecodedState,
  type MarkEntry,
  type SavedFill,
} from "./state";

export { RESULTS_SHEET } from "../../engine/marks";
import { RESULTS_SHEET } from "../../engine/marks";

/** The state sheet's entries (none when it does not exist). */
export function readState(app: EtApp, d: Discovery): DecodedState {
  if (!d.sheets.some((s) => s.name === STATE_SHEET)) return { entries: [], damaged: 0 };
  const ws = sheetOf(app, STATE_SHEET);
  const dims = dimsOf(ws);
  if (!dims) return { entries: [], damaged: 0 };
  const rows = dims.top + dims.rows;
  const v = ws.Range(`A1:A${rows}`).Value2;
  return decodeState(grid(v, rows, 1).map((r) => r[0]));
}

/** Adds a sheet at the end of the workbook, named `name`. */
export function addSheet(app: EtApp, name: string): EtWorksheet {
  const list = workbookOf(app).Worksheets;
  const ws = list.Add(null, list.Item(list.Count));
  ws.Name = name;
  return ws;
}

/** Writes the state sheet (created very hidden the first time; deleted when no marks remain). */
export class StateWriter {
  constructor(
    private readonly app: EtApp,
    public exists: boolean,
    private readonly notice: string,
  ) {}

  write(entries: readonly MarkEntry[]): void {
    if (entries.length === 0) {
      if (!this.exists) return;
      sheetOf(this.app, STATE_SHEET).Delete();
      this.exists = false;
      return;
    }
    const rows = encodeState(entries, this.notice);
    let ws: EtWorksheet;
    if (this.exists) {
      ws = sheetOf(this.app, STATE_SHEET);
      const dims = dimsOf(ws);
      // Rows of a longer previous state are emptied; one column, so one Value2 write.
      if (dims && dims.top + dims.rows > rows.length) {
        ws.Range(`A${rows.length + 1}:A${dims.top + dims.rows}`).Value2 = null;
      }
    } else {
      ws = addSheet(this.app, STATE_SHEET);
      this.exists = true;
    }
    ws.Range("B1").Value2 = this.notice;
    // Text format, so that ET never reads an entry as a number or date (JSON starting with `{` would not be).
    const column = ws.Range(`A1:A${rows.length}`);
    column.NumberFormat = "@";
    column.Value2 = rows;
    if (ws.Visible !== SHEET_VERY_HIDDEN) ws.Visible = SHEET_VERY_HIDDEN;
  }
}

/** Cells (0-based) as rectangles: runs along each row, merged with the same run on the rows below. */
export function toRects(cells: ReadonlyArray<{ row: number; col: number }>): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c.col);
    else byRow.set(c.row, [c.col]);
  }
  const open = new Map<string, CellRange>();
  const done: CellRange[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const next = new Map<string, CellRange>();
    for (const [l, r] of runs) {
      const k = `${l}:${r}`;
      const prev = open.get(k);
      if (prev && prev.bottom === row - 1) {
        next.set(k, { ...prev, bottom: row });
        open.delete(k);
      } else next.set(k, { top: row, left: l, bottom: row, right: r });
    }
    for (const r of open.values()) done.push(r);
    open.clear();
    for (const [k, r] of next) open.set(k, r);
  }
  return [...done, ...open.values()];
}

export function cellsOf(addresses: readonly string[]): Array<{ row: number; col: number }> {
  return addresses.map((a) => parseA1(a)).filter((c): c is { row: number; col: number } => c !== undefined);
}

/** Paints cells one colour, one Interior write per rectangle. */
export function paintRects(ws: EtWorksheet, addresses: readonly string[], hex: string): void {
  const color = bgrOf(hex);
  for (const r of toRects(cellsOf(addresses))) ws.Range(rectAddress(r)).Interior.Color = color;
}

/** Puts original fills back: no fill as xlNone (never white), otherwise pattern, colour and pattern colour. */
export function restoreRects(ws: EtWorksheet, addresses: readonly string[], fill: SavedFill): void {
  for (const r of toRects(cellsOf(addresses))) {
    const interior = ws.Range(rectAddress(r)).Interior;
    if (fill.color === null) {
      interior.Pattern = XL_NONE;
      continue;
    }
    interior.Pattern = restorePattern(fill);
    interior.Color = bgrOf(fill.color);
    if (fill.patternColor !== null && fill.pattern !== "Solid")
      interior.PatternColor = bgrOf(fill.patternColor);
  }
}

/**
 * The 校验结果 sheet: one row per finding on a cell whose own comment the clerk had (Anju did not add one there),
 * with the same columns as the annotated copy of the .xlsx host. Text cells are formatted as text first, so a
 * message or sheet name starting with = is never taken for a formula.
 */
export function writeResultsSheet(
  app: EtApp,
  d: Discovery,
  findings: readonly Finding[],
  locale: Locale,
): void {
  if (d.sheets.some((s) => s.name === RESULTS_SHEET)) sheetOf(app, RESULTS_SHEET).Delete();
  const ws = addSheet(app, RESULTS_SHEET);
  const rows = resultRows(findings, locale);
  const all = ws.Range(`A1:G${rows.length}`);
  all.NumberFormat = resultFormats(rows);
  all.Value2 = rows;
  ws.Range("A1:G1").Font.Bold = true;
}
