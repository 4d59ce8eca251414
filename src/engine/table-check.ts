import type { Config } from "./config";
import { a1 } from "./model/address";
import type { CellValue, Finding, TableInfo, TableKind } from "./model/types";
import { formatYMD, parseDate, type YMD } from "./parse/date";
import { cellText } from "./parse/text";
import { KIND_RULES } from "./rules/registry";
import type { AnyRule, BaseRow, ReportInput, RuleContext, RuleMeta } from "./rules/types";
import type { Table } from "./table/table";
import { columnOf } from "./findings-order";

/** A checked table with its parsed rows, for summaries and hosts. */
export interface CheckedTable {
  readonly table: Table;
  readonly info: TableInfo;
  readonly rows: readonly BaseRow[];
  readonly context: RuleContext;
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
export class TableCheck {
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

export function toFinding(rule: RuleMeta, table: Table, input: ReportInput): Finding {
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
