import { DEFAULT_CONFIG, type Config } from "./config";
import { RESULTS_SHEET } from "./marks";
import type { Finding, Severity, SheetData, TableKind, WorkbookData } from "./model/types";
import { AnjuError } from "./errors";
import type { YMD } from "./parse/date";
import GEN_UNKNOWN_SHEET from "./rules/general/GEN-UNKNOWN-SHEET";
import { TableCheck, type CheckedTable } from "./table-check";
import { crossTableDuplicates } from "./duplicates";
import { compareFindings, countBySeverity } from "./findings-order";
import { headerSynonyms, type HeaderMapping } from "./header/names";
import { buildTable } from "./table/table";

export { checkTable, type CheckedTable } from "./table-check";
export { compareFindings, countBySeverity } from "./findings-order";

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

/**
 * Names of sheets Anju writes itself; checking an annotated copy again must not report them. `_anju_fills` and
 * `_anju_settings` are the in-place hosts' very hidden state (saved fills, workbook settings in WPS).
 */
export const OWN_SHEETS: ReadonlySet<string> = new Set([
  RESULTS_SHEET,
  "比对结果",
  "_anju_fills",
  "_anju_settings",
]);

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
