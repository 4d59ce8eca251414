import type { NumberWrite } from "./port";

/**
 * The cells as runs of adjacent columns in one row, in row then column order, so that a host writes each run in
 * one call (a cell named twice is written once). Shared by the Excel and WPS hosts' writeNumbers.
 */
export function rowRuns(
  cells: readonly NumberWrite[],
): Array<{ row: number; col: number; values: number[] }> {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Array<{ row: number; col: number; values: number[] }> = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.col + last.values.length === c.col) last.values.push(c.value);
    else if (!(last && last.row === c.row && last.col + last.values.length > c.col))
      runs.push({ row: c.row, col: c.col, values: [c.value] });
  }
  return runs;
}
