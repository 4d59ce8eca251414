import { DEFAULT_CONFIG, type Config } from "./config";
import { a1, parseA1 } from "./model/address";
import type {
  CellValue,
  Finding,
  Severity,
  SheetData,
  TableInfo,
  TableKind,
  WorkbookData,
} from "./model/types";
import { t } from "./messages";
import { formatYMD, parseDate, type YMD } from "./parse/date";
import { cellText } from "./parse/text";
import householdRule, { firstOthers, householdKeys } from "./rules/general/GEN-DUPLICATE";
import GEN_UNKNOWN_SHEET from "./rules/general/GEN-UNKNOWN-SHEET";
import { GENERAL_RULES, KIND_RULES } from "./rules/registry";
import type { AnyRule, BaseRow, ReportInput, RuleContext, RuleMeta } from "./rules/types";
import { headerSynonyms, type HeaderMapping } from "./header/names";
import { buildTable, type Table } from "./table/table";

export interface CheckOptions {
  /** Force a kind for every sheet; `auto` (default) detects it per sheet. */
  readonly kind?: TableKind | "auto";
  readonly today: YMD;
  readonly config?: Config;
  /** Sheets to check (by name); all when absent. */
  readonly sheets?: readonly string[];
  /** `--map 字段=表头` (and a workbook's kept 对应表头): header words naming fields, beside the config's `headers`. */
  readonly map?: readonly HeaderMapping[];
  /**
   * `none`: tables are found and their rows parsed, but no rule runs and there are no findings (the half-year
   * diff, which reports neither workbook's own findings, needs only the households). `all` by default.
   */
  readonly rules?: "all" | "none";
}

/** A checked table with its parsed rows, for summaries and hosts. */
export interface CheckedTable {
  readonly table: Table;
  readonly info: TableInfo;
  readonly rows: readonly BaseRow[];
  readonly context: RuleContext;
}

export interface CheckResult {
  readonly tables: readonly CheckedTable[];
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
}

/**
 * A check that reached `limits.maxFindings`: stopped there (memory stays bounded), with the reason in both
 * languages for the host to show (the CLI exits 2).
 */
export class FindingsLimitError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(readonly max: number) {
    const zh = t("limitFindings", { max }, "zh-CN");
    const en = t("limitFindings", { max }, "en-US");
    super(`${zh} / ${en}`);
    this.name = "FindingsLimitError";
    this.zh = zh;
    this.en = en;
  }
}

/** Names of sheets Anju writes itself; checking an annotated copy again must not report them. */
export const OWN_SHEETS: ReadonlySet<string> = new Set(["校验结果", "比对结果", "_anju_fills"]);

/**
 * Checks every sheet of a workbook in one pass over each table's rows (frictionless' model): each rule sees
 * every row once; table-level rules report at the end; duplicates across tables are warnings.
 */
export function checkWorkbook(workbook: WorkbookData, options: CheckOptions): CheckResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const findings: Finding[] = [];
  const tables: CheckedTable[] = [];
  const synonyms = headerSynonyms(config.headers, options.map);
  for (const sheet of workbook.sheets) {
    if (OWN_SHEETS.has(sheet.name)) continue;
    if (options.sheets && !options.sheets.includes(sheet.name)) continue;
    const forced = options.kind && options.kind !== "auto" ? options.kind : undefined;
    const table = buildTable(sheet, workbook.date1904, forced, synonyms);
    if (!table) {
      findings.push(unknownSheet(sheet));
      continue;
    }
    tables.push(
      checkTable(
        table,
        config,
        options.today,
        (f) => {
          if (findings.length >= config.limits.maxFindings)
            throw new FindingsLimitError(config.limits.maxFindings);
          findings.push(f);
        },
        options.rules !== "none",
      ),
    );
  }
  if (options.rules !== "none") findings.push(...crossTableDuplicates(tables));
  findings.sort(compareFindings(workbook.sheets));
  return { tables, findings, counts: countBySeverity(findings) };
}

export function checkTable(
  table: Table,
  config: Config,
  today: YMD,
  emit: (f: Finding) => void,
  runRules = true,
): CheckedTable {
  const all = runRules ? [...GENERAL_RULES, ...KIND_RULES[table.kind].rules] : [];
  const rules = all.map((r) => (r.fresh ? r.fresh() : r));
  const parseRow = KIND_RULES[table.kind].parseRow;
  const fillEntry = table.meta.fillDate;
  const fillDate = fillEntry ? parseDate(fillEntry.value, table.date1904) : undefined;
  const columns = table.header.columns;
  const rowsData = table.sheet.rows;
  let current: AnyRule = rules[0] as AnyRule;
  const context: RuleContext = {
    table,
    config,
    today,
    fillDate,
    referenceYear: (fillDate ?? today).y,
    has: (key) => columns.has(key),
    value: (r, key) => {
      const c = columns.get(key);
      return c === undefined ? null : (rowsData[r]?.[c] ?? null);
    },
    address: (r, key) => {
      const c = columns.get(key);
      return c === undefined ? undefined : a1(r, c);
    },
    header: (key) => headerLabel(table, key),
    report: (input) => emit(toFinding(input.as ?? current, table, input)),
  };
  const active = rules.filter((rule) => rule.needs.every((k) => columns.has(k)));
  for (const rule of active) {
    current = rule;
    rule.start?.(context);
  }
  const rowRules = active.filter((rule) => rule.row);
  const rows: BaseRow[] = [];
  const headCol = columns.get("head");
  for (const r of table.dataRows) {
    const values = rowsData[r] ?? [];
    const name = headCol === undefined ? "" : cellText(values[headCol] ?? null);
    const row = parseRow({ r, values, name }, context);
    rows.push(row);
    for (const rule of rowRules) {
      current = rule;
      rule.row?.(row, context);
    }
  }
  for (const rule of active) {
    current = rule;
    rule.end?.(context);
  }
  return { table, info: tableInfo(table, fillDate), rows, context };
}

function toFinding(rule: RuleMeta, table: Table, input: ReportInput): Finding {
  const columns = table.header.columns;
  const cells: string[] = [...(input.cells ?? [])];
  for (const key of input.fields ?? []) {
    const c = columns.get(key);
    if (c !== undefined) cells.push(a1(input.r, c));
  }
  cells.sort((a, b) => columnOf(a) - columnOf(b));
  const headCol = columns.get("head");
  const name = headCol === undefined ? "" : cellText(table.sheet.rows[input.r]?.[headCol] ?? null);
  return {
    ruleId: rule.id,
    severity: input.severity ?? rule.severity,
    sheet: table.sheet.name,
    row: input.r + 1,
    cells,
    params: { name, ...input.params },
    clause: rule.clause,
  };
}

/** The lowest header text of a column as the sheet writes it (`维修加固年份`, `补助资金（万元）`). */
function headerLabel(table: Table, key: string): string {
  const c = table.header.columns.get(key);
  if (c === undefined) return key;
  for (let r = table.header.bandBottom; r >= table.header.bandTop; r--) {
    const t = cellText(table.sheet.rows[r]?.[c] ?? null).replace(/\s+/g, "");
    if (t !== "") return t;
  }
  return table.header.headerText.get(key) ?? key;
}

function tableInfo(table: Table, fillDate: YMD | undefined): TableInfo {
  const meta: { township?: string; village?: string; fillDate?: string } = {};
  const text = (v: CellValue | undefined) => (v === undefined ? "" : cellText(v));
  const township = text(table.meta.township?.value);
  const village = text(table.meta.village?.value);
  const fill = text(table.meta.fillDate?.value);
  if (township !== "") meta.township = township;
  if (village !== "") meta.village = village;
  if (fill !== "") meta.fillDate = fillDate ? formatYMD(fillDate) : fill;
  const headerRows: number[] = [];
  for (let r = table.header.bandTop; r <= table.header.bandBottom; r++) headerRows.push(r + 1);
  const first = table.dataRows[0];
  const last = table.dataRows[table.dataRows.length - 1];
  return {
    sheet: table.sheet.name,
    kind: table.kind,
    headerRows,
    firstDataRow: (first ?? table.header.bandBottom + 1) + 1,
    lastDataRow: last !== undefined ? last + 1 : table.header.bandBottom + 1,
    meta,
  };
}

function unknownSheet(sheet: SheetData): Finding {
  return {
    ruleId: GEN_UNKNOWN_SHEET.id,
    severity: GEN_UNKNOWN_SHEET.severity,
    sheet: sheet.name,
    row: 1,
    cells: [],
    params: {},
    clause: GEN_UNKNOWN_SHEET.clause,
  };
}

/**
 * One household in two tables of one workbook: a warning on every copy (SPEC §2.1), copies repeated inside one
 * table included. Each copy is reported once, marking the cells of every key it shares with another table and
 * naming the copies in the other tables (those in its own table have GEN-DUPLICATE's error).
 */
function crossTableDuplicates(tables: readonly CheckedTable[]): Finding[] {
  if (tables.length < 2) return [];
  type Copy = { readonly t: number; readonly r: number; readonly fields: readonly string[] };
  const where = new Map<string, Copy[]>();
  tables.forEach((t, i) => {
    for (const row of t.rows) {
      for (const k of householdKeys(row.r, t.context)) {
        const list = where.get(k.key) ?? [];
        list.push({ t: i, r: row.r, fields: k.fields });
        where.set(k.key, list);
      }
    }
  });
  // Each copy's key groups (copies in table order, then row order); the other tables' copies are listed from
  // them, the first ten only (see LISTED_COPIES): never one list per copy of every other copy.
  const found = new Map<string, { t: number; r: number; fields: Set<string>; groups: Copy[][] }>();
  const perTable = new Map<Copy[], Map<number, number>>();
  for (const copies of where.values()) {
    if (copies.length < 2 || copies.every((c) => c.t === copies[0]?.t)) continue;
    const count = new Map<number, number>();
    for (const c of copies) count.set(c.t, (count.get(c.t) ?? 0) + 1);
    perTable.set(copies, count);
    for (const copy of copies) {
      const id = `${copy.t}!${copy.r}`;
      const entry = found.get(id) ?? { t: copy.t, r: copy.r, fields: new Set(), groups: [] };
      for (const f of copy.fields) entry.fields.add(f);
      entry.groups.push(copies);
      found.set(id, entry);
    }
  }
  const out: Finding[] = [];
  for (const entry of found.values()) {
    const table = tables[entry.t];
    if (!table) continue;
    const { listed, more } = firstOthers(
      entry.groups.map((g) => ({ items: g, others: g.length - (perTable.get(g)?.get(entry.t) ?? 0) })),
      (g, n) => otherTables(g, entry.t, n),
      (a, b) => a.t - b.t || a.r - b.r,
    );
    const others = `${listed.map((o) => `${tables[o.t]?.info.sheet ?? ""}!${o.r + 1}`).join("、")}${more ? "…" : ""}`;
    out.push(
      toFinding(householdRule, table.table, {
        r: entry.r,
        fields: [...entry.fields],
        severity: "warning",
        params: { rows: others, scope: "workbook" },
      }),
    );
  }
  return out;
}

/** The first `n` copies of a key group (ordered by table, then row) that lie in a table other than `t`. */
function otherTables<T extends { readonly t: number }>(group: readonly T[], t: number, n: number): T[] {
  // t's own copies are contiguous: [lo, hi), found by binary search, so a call costs O(n + log size).
  const bound = (above: boolean) => {
    let lo = 0;
    let hi = group.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const mt = (group[mid] as T).t;
      if (mt < t || (above && mt === t)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = bound(false);
  const end = bound(true);
  return [...group.slice(0, Math.min(start, n)), ...group.slice(end, end + Math.max(0, n - start))];
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function compareFindings(sheets: ReadonlyArray<Pick<SheetData, "name">>) {
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  return (a: Finding, b: Finding) =>
    (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
    a.row - b.row ||
    firstColumn(a) - firstColumn(b) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function firstColumn(f: Finding): number {
  const cell = f.cells[0];
  return cell ? columnOf(cell) : -1;
}

function columnOf(address: string): number {
  return parseA1(address)?.col ?? -1;
}
