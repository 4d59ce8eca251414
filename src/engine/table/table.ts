import { detectHeader, type DetectedHeader } from "../header/detect";
import type { HeaderSynonyms } from "../header/names";
import { FIELDS, GROUP_WORDS, HEADER_TAIL_WORDS, type FieldDef } from "../header/fields";
import { a1 } from "../model/address";
import { Grid } from "../model/grid";
import type { CellValue, SheetData, TableKind } from "../model/types";
import { cellText, fold } from "../parse/text";
import { EMPTY_BOXES } from "../parse/values";
import { readMeta, type MetaEntries } from "./meta";

/** A detected table: where its header and data rows are, which column holds which field, and its meta row. */
export interface Table {
  readonly sheet: SheetData;
  readonly kind: TableKind;
  readonly header: DetectedHeader;
  /** 0-based sheet rows that hold households, in order (blank, 注, 合计 rows left out). */
  readonly dataRows: readonly number[];
  readonly meta: MetaEntries;
  readonly date1904: boolean;
}

/** Rows whose first text starts like this are notes, totals or signatures, not households. */
const NOT_DATA =
  /^(注|说明|备注[:：]|填表说明|合计|小计|总计|共计|填表人|填报人|审核人|负责人|制表|联系人|单位负责人|签字|盖章)/;

export function buildTable(
  sheet: SheetData,
  date1904: boolean,
  forced?: TableKind,
  synonyms?: HeaderSynonyms,
): Table | undefined {
  const header = detectHeader(sheet, forced, synonyms);
  if (!header) return undefined;
  const grid = new Grid(sheet);
  const fieldCols = [...header.columns.entries()].filter(([k]) => k !== "seq").map(([, c]) => c);
  const dataRows: number[] = [];
  const headCol = header.columns.get("head");
  const fields = FIELDS[header.kind];
  for (let r = header.bandBottom + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row || !isDataRow(grid, r, row, fieldCols, headCol, fields)) continue;
    dataRows.push(r);
  }
  const above: number[] = [];
  for (let r = header.bandTop - 1; r >= 0; r--) above.push(r);
  const last = dataRows[dataRows.length - 1] ?? header.bandBottom;
  const below: number[] = [];
  for (let r = last + 1; r < sheet.rows.length && r <= last + 15; r++) below.push(r);
  // Nearest rows above the header first; the footer only when the top has no meta row.
  const meta = readMeta(grid, [...above, ...below]);
  return { sheet, kind: header.kind, header, dataRows, meta, date1904 };
}

function isDataRow(
  grid: Grid,
  r: number,
  row: ReadonlyArray<CellValue>,
  fieldCols: readonly number[],
  headCol: number | undefined,
  fields: readonly FieldDef[],
): boolean {
  let first: string | undefined;
  for (const v of row) {
    const t = cellText(v ?? null);
    if (t !== "") {
      first = fold(t);
      break;
    }
  }
  if (first === undefined) return false;
  if (NOT_DATA.test(first)) return false;
  if (isColumnNumberRow(row)) return false;
  if (isHeaderWord(first, fields) && isRepeatedHeader(row, fields)) return false;
  if (headCol !== undefined && /^(户主姓名|户主|姓名)$/.test(fold(cellText(row[headCol] ?? null))))
    return false;
  let filled = 0;
  let mergedWide = false;
  for (const c of fieldCols) {
    if (isBlank(row[c] ?? null)) continue;
    filled++;
    const m = grid.merge(r, c);
    if (m && m.right - m.left >= 3) mergedWide = true;
  }
  return filled > 0 && !mergedWide;
}

/** Empty, or the empty box `□` a printed form puts in its tick columns (template rows hold nothing else). */
function isBlank(v: CellValue): boolean {
  const t = cellText(v);
  return t === "" || EMPTY_BOXES.has(t);
}

function isHeaderWord(t: string, fields: readonly FieldDef[]): boolean {
  return GROUP_WORDS.test(t) || HEADER_TAIL_WORDS.test(t) || fields.some((f) => f.match(t, t));
}

/**
 * The header repeated inside the data (a second page, or villages pasted one under another): every cell of the
 * row is a header or group word.
 */
function isRepeatedHeader(row: ReadonlyArray<CellValue>, fields: readonly FieldDef[]): boolean {
  let words = 0;
  for (const v of row) {
    if (v === null || v === undefined) continue;
    const t = fold(cellText(v));
    if (t === "") continue;
    if (typeof v !== "string" || !isHeaderWord(t, fields)) return false;
    words++;
  }
  return words >= 2;
}

/**
 * The row of column numbers printed under the header of official forms (`1 2 3 … 12`, 栏次): at least four
 * cells, numbered 1, 2, 3 … from left to right. No household reads like that.
 */
function isColumnNumberRow(row: ReadonlyArray<CellValue>): boolean {
  let expected = 1;
  for (const v of row) {
    const t = fold(cellText(v ?? null));
    if (t === "") continue;
    if (t !== String(expected)) return false;
    expected++;
  }
  return expected > 4;
}

/** The A1 address of a field's cell in a data row, if the table has that column. */
export function fieldAddress(table: Table, r: number, key: string): string | undefined {
  const c = table.header.columns.get(key);
  return c === undefined ? undefined : a1(r, c);
}

export function missingFields(table: Table): readonly FieldDef[] {
  return table.header.missing;
}
