import { diffChecked, type DiffFinding, type DiffResult } from "../../../src/engine/diff";
import type { SheetData, Severity } from "../../../src/engine/model/types";
import { checkSheets, revisitSheet, type Household, type Meta } from "./harness";

/**
 * Two submissions of one township for the DF rules: the previous one (填报日期 2023-12-31, every household
 * revisited 2023-12-10) and the current one (填报日期 2024-06-30, revisited 2024-05-20), each one 表A.1 sheet in
 * the standard layout of ./harness (row 5 is the first household). A household left as `{}` is the clean
 * default of its index, with the same ID on both sides.
 */
export const PREVIOUS_FILE = "上半年.xlsx";
export const CURRENT_FILE = "下半年.xlsx";
export const PREVIOUS_FILL = "2023-12-31";
export const PREVIOUS_REVISIT = "2023-12-10";

export interface Side {
  households: readonly Household[];
  meta?: Meta;
  name?: string;
}

export function previousSheet(households: readonly Household[], meta: Meta = {}, name?: string): SheetData {
  return revisitSheet(
    households.map((h) => ({ revisitDate: PREVIOUS_REVISIT, ...h })),
    { meta: { fillDate: PREVIOUS_FILL, ...meta }, ...(name !== undefined ? { name } : {}) },
  );
}

export function currentSheet(households: readonly Household[], meta: Meta = {}, name?: string): SheetData {
  return revisitSheet(households, { meta, ...(name !== undefined ? { name } : {}) });
}

export function diffSheets(previous: readonly SheetData[], current: readonly SheetData[]): DiffResult {
  return diffChecked(
    { file: PREVIOUS_FILE, result: checkSheets(previous) },
    { file: CURRENT_FILE, result: checkSheets(current) },
  );
}

/** The findings of `rule` for one previous and one current sheet of the given households. */
export function diffRun(
  rule: string,
  previous: readonly Household[],
  current: readonly Household[],
): DiffFinding[] {
  return diffSheets([previousSheet(previous)], [currentSheet(current)]).findings.filter(
    (f) => f.ruleId === rule,
  );
}

export interface DiffMark {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly cells: readonly string[];
  readonly severity: Severity;
}

export function diffMarks(
  rule: string,
  previous: readonly Household[],
  current: readonly Household[],
): DiffMark[] {
  return diffRun(rule, previous, current).map((f) => ({
    file: f.file,
    sheet: f.sheet,
    row: f.row,
    cells: [...f.cells],
    severity: f.severity,
  }));
}

/** A current-file mark on the standard sheet 张庄村. */
export function cur(row: number, cells: readonly string[], severity: Severity): DiffMark {
  return { file: CURRENT_FILE, sheet: "张庄村", row, cells, severity };
}
