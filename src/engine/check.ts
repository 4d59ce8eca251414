import { DEFAULT_CONFIG, type Config } from "./config";
import { RESULTS_SHEET } from "./marks";
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
import { AnjuError } from "./errors";
import { formatYMD, parseDate, type YMD } from "./parse/date";
import { cellText } from "./parse/text";
import householdRule, { firstOthers, householdKeys } from "./rules/general/GEN-DUPLICATE";
import GEN_UNKNOWN_SHEET from "./rules/general/GEN-UNKNOWN-SHEET";
import { KIND_RULES } from "./rules/registry";
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
 * A check that reached `limits.maxFindings`: stopped there (memory stays bounded), with the reason's key for the
 * host to show (the CLI exits 2).
 */
export class FindingsLimitError extends AnjuError {
  constructor(readonly max: number) {
    super("limitFindings", { max });
    this.name = "FindingsLimitError";
  }
}

/** Names of sheets Anju writes itself; checking an annotated copy again must not report them. */
export const OWN_SHEETS: ReadonlySet<string> = new Set([RESULTS_SHEET, "比对结果", "_anju_fills"]);

/**
 * Checks every sheet of a workbook in one pass over each table's rows (frictionless' model): each rule sees
 * every row once; table-level rules report at the end; duplicates across tables are warnings.
 */
export function checkWorkbook(workbook: WorkbookData, options: CheckOptions): CheckResult {
  const run = new WorkbookCheck(workbook, options);
  run.step(Infinity);
  return run.result();
}

/** Where a stepwise check is: the sheet being checked, and data rows checked of all the checked sheets' rows. */
export interface CheckProgress {
  readonly sheet: string | undefined;
  readonly rowsDone: number;
  readonly rowsTotal: number;
}

/**
 * `checkWorkbook` taken in steps of a few thousand rows, for a page that must paint and answer 取消 while it checks
 * on its own thread (the browser page where no worker can start). `checkWorkbook` is this run in one step, so the
 * findings are the same whichever way a workbook is checked.
 */
export class WorkbookCheck {
  private readonly config: Config;
  private readonly findings: Finding[] = [];
  private readonly tables: CheckedTable[] = [];
  private readonly sheets: readonly SheetData[];
  private next = 0;
  private current: TableCheck | undefined;
  private done = false;
  private rowsDone = 0;
  private rowsTotal = 0;
  private readonly synonyms: ReturnType<typeof headerSynonyms>;

  constructor(
    private readonly workbook: WorkbookData,
    private readonly options: CheckOptions,
  ) {
    this.config = options.config ?? DEFAULT_CONFIG;
    this.synonyms = headerSynonyms(this.config.headers, options.map);
    this.sheets = workbook.sheets.filter(
      (sheet) => !OWN_SHEETS.has(sheet.name) && (!options.sheets || options.sheets.includes(sheet.name)),
    );
    for (const sheet of this.sheets) this.rowsTotal += sheet.rows.length;
  }

  get progress(): CheckProgress {
    return {
      sheet: this.current?.table.sheet.name ?? this.sheets[this.next]?.name,
      rowsDone: Math.min(this.rowsDone, this.rowsTotal),
      rowsTotal: this.rowsTotal,
    };
  }

  /** Checks about `rows` more rows (whole tables' starts and ends besides); true once the workbook is done. */
  step(rows: number): boolean {
    let budget = rows;
    while (!this.done && budget > 0) {
      if (this.current) {
        const before = this.current.position;
        const finished = this.current.rows(budget);
        budget -= this.current.position - before;
        this.rowsDone += this.current.position - before;
        if (finished) {
          this.tables.push(this.current.end());
          this.current = undefined;
        }
        continue;
      }
      const sheet = this.sheets[this.next++];
      if (!sheet) {
        if (this.options.rules !== "none") this.findings.push(...crossTableDuplicates(this.tables));
        this.findings.sort(compareFindings(this.workbook.sheets));
        this.done = true;
        break;
      }
      // Rows that are not data rows (title, header, blank) count as checked with their sheet.
      const forced = this.options.kind && this.options.kind !== "auto" ? this.options.kind : undefined;
      const table = buildTable(sheet, this.workbook.date1904, forced, this.synonyms);
      if (!table) {
        this.rowsDone += sheet.rows.length;
        this.findings.push(unknownSheet(sheet));
        continue;
      }
      this.rowsDone += sheet.rows.length - table.dataRows.length;
      this.current = new TableCheck(
        table,
        this.config,
        this.options.today,
        (f) => {
          if (this.findings.length >= this.config.limits.maxFindings)
            throw new FindingsLimitError(this.config.limits.maxFindings);
          this.findings.push(f);
        },
        this.options.rules !== "none",
      );
    }
    return this.done;
  }

  result(): CheckResult {
    if (!this.done) throw new Error("WorkbookCheck.result() before the last step");
    return { tables: this.tables, findings: this.findings, counts: countBySeverity(this.findings) };
  }
}

export function checkTable(
  table: Table,
  config: Config,
  today: YMD,
  emit: (f: Finding) => void,
  runRules = true,
): CheckedTable {
  const run = new TableCheck(table, config, today, emit, runRules);
  run.rows(Infinity);
  return run.end();
}

/** One table's check: the rules' starts, its data rows in as many pieces as the caller likes, the rules' ends. */
class TableCheck {
  private readonly context: RuleContext;
  private readonly active: readonly AnyRule[];
  private readonly rowRules: readonly AnyRule[];
  private readonly parseRow: (typeof KIND_RULES)[TableKind]["parseRow"];
  private readonly headCol: number | undefined;
  private readonly checked: BaseRow[] = [];
  private readonly fillDate: YMD | undefined;
  private current: AnyRule;
  /** Data rows checked so far. */
  position = 0;

  constructor(
    readonly table: Table,
    config: Config,
    today: YMD,
    emit: (f: Finding) => void,
    runRules = true,
  ) {
    const all = runRules ? KIND_RULES[table.kind].rules : [];
    const rules = all.map((r) => (r.fresh ? r.fresh() : r));
    this.parseRow = KIND_RULES[table.kind].parseRow;
    const fillEntry = table.meta.fillDate;
    const fillDate = fillEntry ? parseDate(fillEntry.value, table.date1904) : undefined;
    this.fillDate = fillDate;
    const columns = table.header.columns;
    const rowsData = table.sheet.rows;
    this.current = rules[0] as AnyRule;
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
      report: (input) => emit(toFinding(input.as ?? this.current, table, input)),
    };
    this.context = context;
    this.active = rules.filter((rule) => rule.needs.every((k) => columns.has(k)));
    for (const rule of this.active) {
      this.current = rule;
      rule.start?.(context);
    }
    this.rowRules = this.active.filter((rule) => rule.row);
    this.headCol = columns.get("head");
  }

  /** Checks up to `limit` more data rows; true when none is left. */
  rows(limit: number): boolean {
    const { dataRows, sheet } = this.table;
    const rowsData = sheet.rows;
    const context = this.context;
    const headCol = this.headCol;
    const stop = Math.min(dataRows.length, this.position + limit);
    for (let i = this.position; i < stop; i++) {
      const r = dataRows[i] as number;
      const values = rowsData[r] ?? [];
      const name = headCol === undefined ? "" : cellText(values[headCol] ?? null);
      const row = this.parseRow({ r, values, name }, context);
      this.checked.push(row);
      for (const rule of this.rowRules) {
        this.current = rule;
        rule.row?.(row, context);
      }
    }
    this.position = stop;
    return stop >= dataRows.length;
  }

  end(): CheckedTable {
    for (const rule of this.active) {
      this.current = rule;
      rule.end?.(this.context);
    }
    return {
      table: this.table,
      info: tableInfo(this.table, this.fillDate),
      rows: this.checked,
      context: this.context,
    };
  }
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
