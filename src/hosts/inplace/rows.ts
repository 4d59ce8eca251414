import type { CellValue } from "../../engine/model/types";

/**
 * One row read from a sheet (its values from column `left`, 0-based) as the engine's CellValue[]: each value
 * turned by the host's `toCell` (its `j` is the offset in `values`), empty cells null, the row cut after its last
 * value; undefined when the row holds nothing.
 */
export function compactRow(
  values: readonly unknown[],
  left: number,
  toCell: (value: unknown, j: number) => CellValue,
): CellValue[] | undefined {
  let last = -1;
  const out: CellValue[] = [];
  for (let j = 0; j < values.length; j++) {
    const v = toCell(values[j], j);
    if (v === null) continue;
    out[left + j] = v;
    last = left + j;
  }
  if (last < 0) return undefined;
  for (let c = 0; c <= last; c++) if (out[c] === undefined) out[c] = null;
  return out;
}
