import { parseA1 } from "./model/address";
import type { Finding, Severity, SheetData } from "./model/types";

/** Counts and order of findings (sheet order, row, first column, rule ID), the same for every report. */
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

export function columnOf(address: string): number {
  return parseA1(address)?.col ?? -1;
}
