/**
 * The table model shared by every host. A host turns a workbook into `WorkbookData`; the engine turns that into
 * findings. Everything here is plain data so that hosts, workers and tests can build it without the engine.
 */

/** A formula error value such as `#N/A`, kept as a value (never thrown). */
export interface CellError {
  readonly error: string;
}

/** A cell as the engine sees it: dates are Excel serial numbers (see `WorkbookData.date1904`). */
export type CellValue = string | number | boolean | CellError | null;

/** 0-based, inclusive rectangle. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetData {
  readonly name: string;
  /** rows[r][c], 0-based; missing rows or cells are empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue> | undefined>;
  readonly merges: readonly CellRange[];
  /** Hidden sheets are still read (a clerk may hide a finished village), but the host may report it. */
  readonly hidden?: boolean;
}

export interface WorkbookData {
  readonly sheets: readonly SheetData[];
  /** Mac/1904 date system: serial 0 is 1904-01-01 instead of 1899-12-30. */
  readonly date1904: boolean;
}

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type TableKind = "revisit" | "relocation" | "renovation" | "roster";
/**
 * Detection order. `roster` (a 民政 roster of low-income households, SPEC §11) has few columns that every other
 * kind also has (户主姓名, 身份证号, 村), so it comes last and is claimed only when no other kind is (detect.ts).
 */
export const TABLE_KINDS: readonly TableKind[] = ["revisit", "relocation", "renovation", "roster"];

export type ParamValue = string | number;

/**
 * A finding is data, not text (zod's issues, frictionless' errors): the message is rendered from the catalogue
 * with `params` at the edge, in the user's language.
 */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** 1-based sheet row the finding belongs to. */
  readonly row: number;
  /** A1 addresses of exactly the cells involved, in the sheet's own coordinates. */
  readonly cells: readonly string[];
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly clause: string;
  /** The input file the finding is in, when several files are checked together (SPEC §5, §11). */
  readonly file?: string;
  /** The other places a cross-table finding (XT-*) is about (SPEC §11). */
  readonly related?: readonly RelatedPlace[];
}

/** A place in another table (or file) that a finding is about: its cells, in that sheet's own coordinates. */
export interface RelatedPlace {
  readonly file: string;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface TableMeta {
  township?: string;
  village?: string;
  /** YYYY-MM-DD when parseable, else the raw text. */
  fillDate?: string;
}

export interface TableInfo {
  readonly sheet: string;
  readonly kind: TableKind;
  /** 1-based header row numbers. */
  readonly headerRows: readonly number[];
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly meta: TableMeta;
}
