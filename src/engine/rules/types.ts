import type { Config } from "../config";
import type { RuleKey } from "../messages";
import type { CellValue, Finding, ParamValue, Severity, TableKind } from "../model/types";
import type { YMD } from "../parse/date";
import type { Table } from "../table/table";

/** What every rule declares about itself, next to its code (HyperFormula's plugin metadata). */
/** A rule's ID: a key of the rule catalogue (src/engine/messages), not one of its `ID.problem` refinements. */
export type RuleId = Exclude<RuleKey, `${string}.${string}`>;

export interface RuleMeta {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly clause: string;
  /** The table kinds it applies to: a per-table rule runs on tables of these kinds (rules/registry.ts). */
  readonly kinds: readonly TableKind[];
  /** Field keys it reads; the rule is skipped on a table that lacks any of them (GEN-MISSING-COLUMN says why). */
  readonly needs: readonly string[];
}

/** A data row as every rule sees it. Kind-specific rows add parsed values. */
export interface BaseRow {
  /** 0-based sheet row. */
  readonly r: number;
  readonly values: ReadonlyArray<CellValue>;
  /** 户主姓名 as written, for messages. */
  readonly name: string;
}

export interface ReportInput {
  /** 0-based sheet row. */
  readonly r: number;
  /** Field keys of the cells involved (missing columns are left out) … */
  readonly fields?: readonly string[];
  /** … or A1 addresses, for cells that are not data fields (header, meta). */
  readonly cells?: readonly string[];
  readonly params?: Readonly<Record<string, ParamValue>>;
  /** Overrides the rule's severity (GEN-DUPLICATE across tables is a warning). */
  readonly severity?: Severity;
  /**
   * Reports under another rule's ID, severity and clause: a column that only some rows make required is found by
   * the rule that reads those rows, and reported as GEN-MISSING-COLUMN (RN-FUND-EVIDENCE's evidence columns).
   */
  readonly as?: RuleMeta;
}

/** What a rule can see and do while checking one table. */
export interface RuleContext {
  readonly table: Table;
  readonly config: Config;
  readonly today: YMD;
  /** 填报日期 when it is a valid date. */
  readonly fillDate: YMD | undefined;
  /** The fill date's year, or today's when the fill date is missing (year plausibility checks). */
  readonly referenceYear: number;
  has(key: string): boolean;
  value(r: number, key: string): CellValue;
  address(r: number, key: string): string | undefined;
  /** The column header as the sheet writes it (its lowest header text), for messages. */
  header(key: string): string;
  report(input: ReportInput): void;
}

export interface Rule<R extends BaseRow = BaseRow> extends RuleMeta {
  /** Called once per data row, in sheet order (one pass over the rows for all rules). */
  row?(row: R, ctx: RuleContext): void;
  /** Called once after the last row: table-level checks that kept state (duplicates, sequence). */
  end?(ctx: RuleContext): void;
  /** Called once before the rows: header and meta checks. */
  start?(ctx: RuleContext): void;
  /** Rules with row state get a fresh instance per table. */
  readonly fresh?: () => Rule<R>;
}

export type AnyRule = Rule<BaseRow>;

export function defineRule<R extends BaseRow>(rule: Rule<R>): Rule<R> {
  return rule;
}

export type FindingSink = (f: Finding) => void;

/** Turns a base row into the kind's parsed row, once, before the rules see it. */
export type RowParser = (base: BaseRow, ctx: RuleContext) => BaseRow;
