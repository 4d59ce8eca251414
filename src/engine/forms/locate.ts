import { a1 } from "../model/address";
import { Grid } from "../model/grid";
import type { SheetData } from "../model/types";
import { cellText } from "../parse/text";
import {
  classifyLabel,
  isCountWord,
  isIgnoredLabel,
  nameKind,
  type NameKind,
  type Statistic,
} from "./labels";

/** How far down a form's header may start (title, 填报单位 and date rows come first). */
const SEARCH_ROWS = 40;
const MAX_BAND = 4;

/** A statistic column of a form: where it is, what it counts, its label as written. */
export interface StatisticColumn {
  readonly col: number;
  readonly stat: Statistic;
  readonly label: string;
}

/** A header cell that names no statistic (and is no name, 序号, 备注 or 说明 column). */
export interface UnknownLabel {
  readonly cell: string;
  readonly text: string;
}

/** The summary table found on a form sheet (SPEC §13). */
export interface FormTable {
  readonly sheet: string;
  readonly bandTop: number;
  readonly bandBottom: number;
  readonly columns: readonly StatisticColumn[];
  /** Name columns by what they list; the finest one names the rows. */
  readonly names: ReadonlyMap<NameKind, number>;
  readonly unknown: readonly UnknownLabel[];
}

/** The lowest header text of each column (as written, spaces removed), with the texts above it. */
interface ColumnHeader {
  readonly parts: readonly string[];
  /** 0-based row of the lowest text's cell (its merge's top-left). */
  readonly cell: string;
}

/**
 * Finds the header of a county's summary form on a sheet: the row naming the most statistics, with group rows
 * above (`房屋安全状况` merged over A级 … D级) and finishing rows below it (two-row merged headers), and a name
 * column (村（社区）, 乡镇（街道）, 单位 …). Undefined when the sheet has no such header (fewer than two statistics
 * or no name column).
 */
export function locateForm(sheet: SheetData): FormTable | undefined {
  const grid = new Grid(sheet);
  let anchor = -1;
  let best = 0;
  for (let r = 0; r < Math.min(grid.rowCount, SEARCH_ROWS); r++) {
    let n = 0;
    for (let c = 0; c < grid.colCount; c++) {
      const t = cellText(grid.raw(r, c));
      if (t !== "" && t.length <= 30 && (classifyLabel(t, "") || nameKind(t))) n++;
    }
    if (n > best) {
      best = n;
      anchor = r;
    }
  }
  if (anchor < 0) return undefined;
  let top = anchor;
  while (top > 0 && anchor - top + 1 < MAX_BAND && isGroupRow(grid, top - 1)) top--;
  let bottom = anchor;
  while (bottom + 1 < grid.rowCount && bottom - top + 1 < MAX_BAND && isTailRow(grid, top, bottom)) bottom++;
  const headers = columnHeaders(grid, top, bottom);
  const columns: StatisticColumn[] = [];
  const names = new Map<NameKind, number>();
  const unknown: UnknownLabel[] = [];
  headers.forEach((h, c) => {
    if (!h) return;
    const leaf = h.parts[h.parts.length - 1] ?? "";
    const kind = nameKind(leaf);
    if (kind) {
      if (!names.has(kind)) names.set(kind, c);
      return;
    }
    if (isIgnoredLabel(leaf)) return;
    // A count word (户数, 万元, 合计) counts what the text above it names.
    const own = isCountWord(leaf) && h.parts.length > 1 ? h.parts.length - 2 : h.parts.length - 1;
    const label = h.parts[own] ?? leaf;
    const context = h.parts.slice(0, own).join("");
    const stat =
      classifyLabel(label, context) ?? (own !== h.parts.length - 1 ? classifyLabel(leaf, "") : undefined);
    if (stat) {
      columns.push({ col: c, stat, label: h.parts.slice(own).join(" ") });
    } else if (!unknown.some((u) => u.cell === h.cell)) {
      unknown.push({ cell: h.cell, text: leaf });
    }
  });
  if (columns.length < 2 || names.size === 0 || [...names.keys()].every((k) => k === "city"))
    return undefined;
  return { sheet: sheet.name, bandTop: top, bandBottom: bottom, columns, names, unknown };
}

/** A row above the header that belongs to it: several header texts, merged across or down, no numbers or colons. */
function isGroupRow(grid: Grid, r: number): boolean {
  let areas = 0;
  let merged = false;
  for (let c = 0; c < grid.colCount; c++) {
    const v = grid.value(r, c);
    const t = cellText(v);
    if (t === "") continue;
    if (typeof v === "number" || /[:：]/.test(t)) return false;
    const m = grid.merge(r, c);
    if (m && m.left !== c) continue;
    areas++;
    if (m && (m.right > m.left || m.bottom > r)) merged = true;
  }
  return areas > 1 && merged;
}

/** A row below the band that finishes it: only texts under a group cell of the band, or cells merged from it. */
function isTailRow(grid: Grid, top: number, bottom: number): boolean {
  const r = bottom + 1;
  let any = false;
  for (let c = 0; c < grid.colCount; c++) {
    const m = grid.merge(r, c);
    if (m && m.top >= top && m.top <= bottom) {
      any = true;
      continue;
    }
    const v = grid.raw(r, c);
    const t = cellText(v);
    if (t === "") continue;
    if (typeof v !== "string") return false;
    let underGroup = false;
    for (let b = top; b <= bottom && !underGroup; b++) {
      const g = grid.merge(b, c);
      underGroup = g !== undefined && g.right > g.left && g.bottom === b;
    }
    if (!underGroup && !isCountWord(t)) return false;
    any = true;
  }
  return any;
}

/** Per column: its header texts top to bottom (merged repeats collapsed) and the cell of the lowest one. */
function columnHeaders(grid: Grid, top: number, bottom: number): Array<ColumnHeader | undefined> {
  const out: Array<ColumnHeader | undefined> = [];
  for (let c = 0; c < grid.colCount; c++) {
    const parts: string[] = [];
    let cell = "";
    for (let r = top; r <= bottom; r++) {
      const t = cellText(grid.value(r, c)).replace(/\s+/g, "");
      if (t === "") continue;
      const m = grid.merge(r, c);
      const at = m ? a1(m.top, m.left) : a1(r, c);
      if (at === cell) continue;
      parts.push(t);
      cell = at;
    }
    out.push(parts.length > 0 ? { parts, cell } : undefined);
  }
  return out;
}
