import type { SheetData } from "../../../src/engine/model/types";
import { revisitSheet, validId, type Household } from "../../engine/rules/harness";

/** A distinct valid ID for household `i` (unique up to 336,000 households). */
export function idFor(i: number): string {
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, "0");
  const day = String((i % 28) + 1).padStart(2, "0");
  const seq = String(Math.floor(i / 336) % 1000).padStart(3, "0");
  return validId(`3212811965${month}${day}${seq}`);
}

export interface BigSheetOptions {
  readonly name?: string;
  /** Every `badEvery`-th household gets a violation (alternating kinds); 0 for a clean table. */
  readonly badEvery?: number;
}

/**
 * A 表A.1 village sheet of `rows` households in the standard layout (test/engine/rules/harness.ts): distinct
 * names, addresses and IDs, so that findings come only from the seeded violations — a bad phone (C), a D grade
 * without 重建安置 (J, L), or a C grade without action (J, K, L) — spread over the table.
 */
export function bigRevisitSheet(rows: number, options: BigSheetOptions = {}): SheetData {
  const every = options.badEvery ?? 7;
  const households: Household[] = [];
  for (let i = 0; i < rows; i++) {
    const h: Household = { id: idFor(i), address: `张庄村${Math.floor(i / 50) + 1}组${(i % 50) + 1}号` };
    if (every > 0 && i % every === 0) {
      const kind = (i / every) % 3;
      if (kind === 0) h.phone = "123";
      else if (kind === 1) h.grade = "D";
      else h.grade = "C";
    }
    households.push(h);
  }
  return revisitSheet(households, options.name ? { name: options.name } : {});
}
