import { a1 } from "../model/address";
import { Grid } from "../model/grid";
import type { WorkbookData } from "../model/types";
import { cellText, fold } from "../parse/text";
import type { Figures } from "../summary/figures";
import type { SummaryInput } from "../summary/households";
import { summarize, type Summary, type SummaryLevel, type SummaryOptions } from "../summary/summarize";
import { statisticValue, type NameKind } from "./labels";
import { locateForm, type FormTable } from "./locate";

/** One statistic cell written: 0-based row and column, its A1 address, the label and row name as written. */
export interface FilledCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly cell: string;
  readonly label: string;
  readonly name: string;
  readonly value: number;
}

export interface FillPlan {
  readonly forms: readonly FormTable[];
  readonly filled: readonly FilledCell[];
  readonly unmatched: {
    readonly labels: ReadonlyArray<{ readonly sheet: string; readonly cell: string; readonly text: string }>;
    /** 1-based rows whose name matches no village (township) of the inputs. */
    readonly rows: ReadonlyArray<{ readonly sheet: string; readonly row: number; readonly name: string }>;
  };
  /** Statistic cells of matched rows that hold a formula: left as they are. */
  readonly formulaCells: ReadonlyArray<{
    readonly sheet: string;
    readonly cell: string;
    readonly name: string;
  }>;
}

export interface FillOptions {
  /** Overrides what the name column says (村（社区） rows are villages, 乡镇（街道） rows townships). */
  readonly level?: SummaryLevel;
}

/** Rows that total others (合计, 小计, 海陵区小计, 全市) and note rows below the table are not rows to fill. */
const TOTAL = /^(合计|小计|总计|共计|总合计|全[市县区镇乡]|全市合计)|(合计|小计|总计|共计)$/;
const NOTE = /^(注|附注|说明|填表|填报|审核|负责人|单位负责人|制表|联系人|签字|盖章|统计人)/;
const NAME_SUFFIX = /(村民委员会|居民委员会|村委会|居委会|街道办事处|街道办|办事处|街道|社区|村|镇|乡)$/;

/** A name as matched: folded, without its suffix 村/社区/镇/乡/街道 (张庄 = 张庄村). */
export function nameKey(name: string): string {
  const f = fold(name);
  const bare = f.replace(NAME_SUFFIX, "");
  return bare === "" ? f : bare;
}

/** planFill's `summaryAt` over these inputs: each level's summary computed once, when first asked for. */
export function summariesByLevel(
  inputs: readonly SummaryInput[],
  options: SummaryOptions,
): (level: SummaryLevel) => Summary {
  const summaries = new Map<SummaryLevel, Summary>();
  return (level) => {
    let s = summaries.get(level);
    if (!s) summaries.set(level, (s = summarize(inputs, level, options)));
    return s;
  };
}

/**
 * Where each statistic of a county's own summary form goes (SPEC §13): in every sheet with a form header, each
 * row named like a village (or township) of the summary gets its figures in the statistic columns — never in a
 * formula cell; 合计/小计, note and formula rows are left alone; rows and labels that match nothing are listed.
 * `summaryAt` gives the summary of the input workbooks at a level (computed once per level by the caller).
 */
export function planFill(
  form: WorkbookData,
  formulas: ReadonlyMap<string, ReadonlySet<string>>,
  summaryAt: (level: SummaryLevel) => Summary,
  options: FillOptions = {},
): FillPlan {
  const forms: FormTable[] = [];
  const filled: FilledCell[] = [];
  const labels: Array<{ sheet: string; cell: string; text: string }> = [];
  const rows: Array<{ sheet: string; row: number; name: string }> = [];
  const formulaCells: Array<{ sheet: string; cell: string; name: string }> = [];
  for (const sheet of form.sheets) {
    const table = locateForm(sheet);
    if (!table) continue;
    forms.push(table);
    for (const u of table.unknown) labels.push({ sheet: sheet.name, cell: u.cell, text: u.text });
    const grid = new Grid(sheet);
    const own = formulas.get(sheet.name) ?? new Set<string>();
    const attempt = (level: SummaryLevel) => fillRows(grid, table, own, summaryAt(level), level);
    let result: RowsResult;
    const level = options.level ?? levelOf(table.names);
    if (level) result = attempt(level);
    else {
      const township = attempt("township");
      const city = attempt("city");
      result = city.filled.length > township.filled.length ? city : township;
    }
    filled.push(...result.filled);
    rows.push(...result.unmatched);
    formulaCells.push(...result.formulaCells);
  }
  return { forms, filled, unmatched: { labels, rows }, formulaCells };
}

function levelOf(names: ReadonlyMap<NameKind, number>): SummaryLevel | undefined {
  if (names.has("village")) return "township";
  if (names.has("township")) return "city";
  return undefined;
}

interface RowsResult {
  filled: FilledCell[];
  unmatched: Array<{ sheet: string; row: number; name: string }>;
  formulaCells: Array<{ sheet: string; cell: string; name: string }>;
}

interface Named extends Figures {
  readonly name: string;
  readonly township: string;
}

function fillRows(
  grid: Grid,
  table: FormTable,
  formulas: ReadonlySet<string>,
  summary: Summary,
  level: SummaryLevel,
): RowsResult {
  const out: RowsResult = { filled: [], unmatched: [], formulaCells: [] };
  const names = table.names;
  const nameCol =
    level === "township"
      ? (names.get("village") ?? names.get("any") ?? names.get("township"))
      : (names.get("township") ?? names.get("any") ?? names.get("village"));
  if (nameCol === undefined) return out;
  // A 乡镇（街道） column beside the village names tells apart villages of the same name in two townships.
  const townshipCol =
    level === "township" && nameCol !== names.get("township") ? names.get("township") : undefined;
  const groups: readonly Named[] = summary.groups;
  const fallback: readonly Named[] = level === "city" ? summary.cities : [];
  const firstStat = Math.min(...table.columns.map((c) => c.col));
  for (let r = table.bandBottom + 1; r < grid.rowCount; r++) {
    const m = grid.merge(r, nameCol);
    if (m && m.top !== r) continue;
    const name = cellText(grid.value(r, nameCol));
    if (name === "" || /^\d+$/.test(name) || /^[甲乙丙丁]$/.test(name)) continue;
    const texts = [name];
    for (let c = 0; c < firstStat; c++) texts.push(cellText(grid.value(r, c)));
    if (texts.some((t) => TOTAL.test(fold(t))) || NOTE.test(fold(name))) continue;
    const cells = table.columns.map((c) => a1(r, c.col));
    if (cells.every((c) => formulas.has(c))) continue;
    const township = townshipCol === undefined ? "" : cellText(grid.value(r, townshipCol));
    const group = pick(groups, name, township) ?? pick(fallback, name, "");
    if (!group) {
      out.unmatched.push({ sheet: table.sheet, row: r + 1, name });
      continue;
    }
    table.columns.forEach((c, i) => {
      const cell = cells[i] ?? a1(r, c.col);
      if (formulas.has(cell)) {
        out.formulaCells.push({ sheet: table.sheet, cell, name });
        return;
      }
      const value = statisticValue(c.stat, group);
      out.filled.push({ sheet: table.sheet, row: r, col: c.col, cell, label: c.label, name, value });
    });
  }
  return out;
}

/** The one group a row names; with several of that name, the one of the row's township, else none. */
function pick(groups: readonly Named[], name: string, township: string): Named | undefined {
  const key = nameKey(name);
  const hits = groups.filter((g) => nameKey(g.name) === key);
  if (hits.length <= 1) return hits[0];
  if (township === "") return undefined;
  const own = hits.filter((g) => nameKey(g.township) === nameKey(township));
  return own.length === 1 ? own[0] : undefined;
}
