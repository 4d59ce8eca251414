import { checkWorkbook, type CheckResult } from "../../../src/engine/check";
import { parseConfig, type ConfigInput } from "../../../src/engine/config";
import { parseA1 } from "../../../src/engine/model/address";
import type { CellRange, CellValue, Finding, SheetData, TableKind } from "../../../src/engine/model/types";

/** Builds an in-memory sheet: rows of values (undefined = empty) and merges as `A1:C1` ranges. */
export function sheet(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>,
  merges: readonly string[] = [],
): SheetData {
  return {
    name,
    rows: rows.map((r) => (r ?? []).map((v) => (v === undefined ? null : v))),
    merges: merges.map(range),
  };
}

function range(text: string): CellRange {
  const [a, b] = text.split(":");
  const p = parseA1(a ?? "");
  const q = parseA1(b ?? a ?? "");
  if (!p || !q) throw new Error(`bad range ${text}`);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

export interface RunOptions {
  readonly kind?: TableKind | "auto";
  readonly config?: ConfigInput;
}

export function check(sheets: readonly SheetData[], options: RunOptions = {}): CheckResult {
  return checkWorkbook(
    { sheets, date1904: false },
    {
      today: { y: 2024, m: 7, d: 15 },
      kind: options.kind ?? "auto",
      config: parseConfig(options.config ?? {}),
    },
  );
}

/** The findings of one rule, as `row cells` strings (`7 F7,G7`), in sheet order. */
export function marks(findings: readonly Finding[], ruleId: string): string[] {
  return findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.row} ${f.cells.join(",")}`);
}

export interface Mark {
  readonly row: number;
  readonly cells: readonly string[];
  readonly severity: string;
}

/** The findings of one rule on the given sheets. */
export function findingsOf(
  ruleId: string,
  sheets: SheetData | readonly SheetData[],
  options: RunOptions = {},
): Finding[] {
  const list = Array.isArray(sheets) ? (sheets as readonly SheetData[]) : [sheets as SheetData];
  return check(list, options).findings.filter((f) => f.ruleId === ruleId);
}

/** What a rule marks: row, exact cells and severity of each of its findings. */
export function marksOf(
  ruleId: string,
  sheets: SheetData | readonly SheetData[],
  options: RunOptions = {},
): Mark[] {
  return findingsOf(ruleId, sheets, options).map((f) => ({
    row: f.row,
    cells: f.cells,
    severity: f.severity,
  }));
}
