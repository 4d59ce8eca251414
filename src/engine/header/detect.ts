import { Grid } from "../model/grid";
import type { CellValue, SheetData, TableKind } from "../model/types";
import { TABLE_KINDS } from "../model/types";
import { cellText, fold } from "../parse/text";
import { DISTINCT_FIELDS, FIELDS, GROUP_WORDS, HEADER_TAIL_WORDS, type FieldDef } from "./fields";
import { namesColumn, type HeaderSynonyms } from "./names";

/** How far down a header may start (title, 填报单位 and meta rows come first). */
const HEADER_SEARCH_ROWS = 40;
const MAX_BAND = 4;
/** Kinds tried only when no other kind is found (see detectHeader). */
const FALLBACK_KINDS: ReadonlySet<TableKind> = new Set<TableKind>(["roster"]);

export interface DetectedHeader {
  readonly kind: TableKind;
  /** 0-based rows of the header band, top to bottom. */
  readonly bandTop: number;
  readonly bandBottom: number;
  /** field key → 0-based column. */
  readonly columns: ReadonlyMap<string, number>;
  /** field key → folded header path, for units such as 万元. */
  readonly headerText: ReadonlyMap<string, string>;
  readonly missing: readonly FieldDef[];
  /** share of the kind's required columns found. */
  readonly score: number;
  /** field key → folded lowest cell and path of its column, for columns named by the county's words. */
  readonly mapped: ReadonlyMap<string, { readonly leaf: string; readonly path: string }>;
  /** Header texts of the band (lowest cell, as written) that name no field: candidates for a missing column. */
  readonly unmatched: readonly string[];
}

/**
 * Finds the table on a sheet: the header band (title and meta rows above it, 1–3 header rows with merged
 * cells, group rows such as 以往危房改造情况), the kind it belongs to, and the column of each field. A kind is
 * accepted when at least half of its required columns are found in one band (SPEC §1).
 */
export function detectHeader(
  sheet: SheetData,
  forced?: TableKind,
  synonyms: HeaderSynonyms = {},
): DetectedHeader | undefined {
  const grid = new Grid(sheet);
  const kinds = forced ? [forced] : TABLE_KINDS;
  let best: DetectedHeader | undefined;
  for (const kind of kinds) {
    // A roster's few columns (户主姓名, 身份证号, 村) are in every ledger and many revisit tables: it is the kind
    // of a sheet that no richer kind claims (TABLE_KINDS lists it last), never of one that another kind does.
    if (!forced && FALLBACK_KINDS.has(kind) && best && best.score >= 0.5) continue;
    const found = detectKind(grid, kind, synonyms[kind]);
    if (!found) continue;
    // Ledgers share many columns (户主姓名, 家庭人口, 建房面积, 竣工验收, 入住情况): a kind is only claimed when a
    // column that only it has is found, so that an ambiguous sheet is reported rather than guessed at.
    const own = DISTINCT_FIELDS[kind];
    if (!forced && own && !own.some((key) => found.columns.has(key))) continue;
    if (
      !best ||
      found.score > best.score ||
      (found.score === best.score && found.columns.size > best.columns.size)
    ) {
      best = found;
    }
  }
  if (!best) return undefined;
  return forced || best.score >= 0.5 ? best : undefined;
}

/** The kind's fields, each also matching the county's own words for it (which take its column first). */
function withSynonyms(
  fields: readonly FieldDef[],
  own: ReadonlyMap<string, readonly string[]> | undefined,
): readonly FieldDef[] {
  if (!own || own.size === 0) return fields;
  return fields.map((f) => {
    const texts = own.get(f.key);
    return texts ? { ...f, match: (p: string, l: string) => namesColumn(texts, p, l) || f.match(p, l) } : f;
  });
}

function detectKind(
  grid: Grid,
  kind: TableKind,
  own: ReadonlyMap<string, readonly string[]> | undefined,
): DetectedHeader | undefined {
  const fields = withSynonyms(FIELDS[kind], own);
  const limit = Math.min(grid.rowCount, HEADER_SEARCH_ROWS);
  let anchor = -1;
  let anchorScore = 1;
  for (let r = 0; r < limit; r++) {
    const s = rowFieldCount(grid, r, fields);
    if (s > anchorScore) {
      anchorScore = s;
      anchor = r;
    }
  }
  if (anchor < 0) return undefined;
  let top = anchor;
  while (top > 0 && anchor - top + 1 < MAX_BAND && isGroupRow(grid, top - 1)) top--;
  let bottom = anchor;
  while (bottom + 1 < grid.rowCount && bottom - top + 1 < MAX_BAND && isHeaderTail(grid, top, bottom, fields))
    bottom++;
  const paths = columnPaths(grid, top, bottom);
  const { columns, headerText, mapped } = assignColumns(paths, fields, own);
  const required = fields.filter((f) => f.required);
  const missing = required.filter((f) => !columns.has(f.key));
  const score = (required.length - missing.length) / required.length;
  const unmatched = unmatchedTexts(grid, top, bottom, paths, new Set(columns.values()));
  return { kind, bandTop: top, bandBottom: bottom, columns, headerText, missing, score, mapped, unmatched };
}

/** The lowest header cell of every column that names no field, as written (line breaks and spaces removed). */
function unmatchedTexts(
  grid: Grid,
  top: number,
  bottom: number,
  paths: readonly string[][],
  taken: ReadonlySet<number>,
): string[] {
  const out: string[] = [];
  for (let c = 0; c < paths.length; c++) {
    if (taken.has(c) || (paths[c] ?? []).length === 0) continue;
    for (let r = bottom; r >= top; r--) {
      const text = cellText(grid.value(r, c)).replace(/\s+/g, "");
      if (text === "") continue;
      if (!out.includes(text)) out.push(text);
      break;
    }
  }
  return out;
}

function rowFieldCount(grid: Grid, r: number, fields: readonly FieldDef[]): number {
  const matched = new Set<string>();
  for (let c = 0; c < grid.colCount; c++) {
    const t = fold(cellText(grid.value(r, c)));
    if (t === "" || t.length > 40) continue;
    for (const f of fields) if (!matched.has(f.key) && f.match(t, t)) matched.add(f.key);
  }
  return matched.size;
}

/**
 * A row above the anchor that belongs to the header: group headers (基本资料 · 以往危房改造情况 · 回访情况 ·
 * 处理意见), or header cells merged down into the row below. Meta rows (with a colon or a date) never are.
 */
function isGroupRow(grid: Grid, r: number): boolean {
  let header = false;
  let areas = 0;
  for (let c = 0; c < grid.colCount; c++) {
    const v = grid.value(r, c);
    const t = fold(cellText(v));
    if (t === "") continue;
    if (typeof v === "number" || /[:：]/.test(t)) return false;
    const m = grid.merge(r, c);
    if (!m || m.left === c) areas++;
    if (GROUP_WORDS.test(t) || (m !== undefined && m.bottom > r)) header = true;
  }
  // One text across the row is the table's title (`XX县易地扶贫搬迁安置情况台账`), not a group row.
  return header && areas > 1;
}

/**
 * A row below the band that finishes the header: merged down from it, only words like 年份 or （万元）, or the
 * sub-columns of a group cell.
 */
function isHeaderTail(grid: Grid, top: number, bottom: number, fields: readonly FieldDef[]): boolean {
  const r = bottom + 1;
  let mergedFromBand = false;
  let texts = 0;
  for (let c = 0; c < grid.colCount; c++) {
    const m = grid.merge(r, c);
    if (m && m.top >= top && m.top <= bottom) {
      mergedFromBand = true;
      continue;
    }
    const v = grid.raw(r, c);
    const t = fold(cellText(v));
    if (t === "") continue;
    if (typeof v !== "string") return false;
    // Sub-columns under a group cell of the band (`补助资金（万元）` over `中央` · `省级` · `合计`).
    const group = grid.merge(bottom, c);
    const underGroup = group !== undefined && group.right > group.left && group.bottom === bottom;
    if (!(
      underGroup ||
      HEADER_TAIL_WORDS.test(t) ||
      GROUP_WORDS.test(t) ||
      fields.some((f) => f.match(t, t))
    ))
      return false;
    texts++;
  }
  return mergedFromBand || texts > 0;
}

/** Folded texts of the band, top to bottom, per column, with repeats from merged cells collapsed. */
function columnPaths(grid: Grid, top: number, bottom: number): string[][] {
  const out: string[][] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = fold(cellText(grid.value(r, c)));
      if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
    }
    out.push(parts);
  }
  return out;
}

function assignColumns(
  paths: string[][],
  fields: readonly FieldDef[],
  own: ReadonlyMap<string, readonly string[]> | undefined,
) {
  const columns = new Map<string, number>();
  const headerText = new Map<string, string>();
  const mapped = new Map<string, { leaf: string; path: string }>();
  const taken = new Set<number>();
  const matches = (f: FieldDef, c: number) => {
    const parts = paths[c] ?? [];
    if (parts.length === 0) return false;
    return f.match(parts.join(""), parts[parts.length - 1] ?? "");
  };
  // The county's own words first: a column they name is that field's, whatever else its words resemble.
  for (const [key, texts] of own ?? []) {
    if (!fields.some((f) => f.key === key)) continue;
    for (let c = 0; c < paths.length; c++) {
      const parts = paths[c] ?? [];
      const path = parts.join("");
      const leaf = parts[parts.length - 1] ?? "";
      if (taken.has(c) || parts.length === 0 || !namesColumn(texts, path, leaf)) continue;
      columns.set(key, c);
      headerText.set(key, path);
      mapped.set(key, { leaf, path });
      taken.add(c);
      break;
    }
  }
  for (const f of fields) {
    if (columns.has(f.key)) continue;
    for (let c = 0; c < paths.length; c++) {
      if (taken.has(c) || !matches(f, c)) continue;
      columns.set(f.key, c);
      headerText.set(f.key, (paths[c] ?? []).join(""));
      taken.add(c);
      break;
    }
  }
  // 表A.1 without a 年份 line or group row: the first of two 维修加固 (重建安置) columns is the history year.
  for (const [yearKey, actKey] of [
    ["reinforcedYear", "actReinforce"],
    ["rebuiltYear", "actRebuild"],
  ] as const) {
    const act = fields.find((f) => f.key === actKey);
    const actCol = columns.get(actKey);
    if (
      !act ||
      actCol === undefined ||
      mapped.has(actKey) ||
      columns.has(yearKey) ||
      !fields.some((f) => f.key === yearKey)
    )
      continue;
    for (let c = actCol + 1; c < paths.length; c++) {
      if (taken.has(c) || !matches(act, c)) continue;
      columns.set(yearKey, actCol);
      headerText.set(yearKey, headerText.get(actKey) ?? "");
      columns.set(actKey, c);
      headerText.set(actKey, (paths[c] ?? []).join(""));
      taken.add(c);
      break;
    }
  }
  return { columns, headerText, mapped };
}

/** Exposed for data-row classification: the folded text of a value. */
export function foldedText(v: CellValue): string {
  return fold(cellText(v));
}
