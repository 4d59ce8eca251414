import type { Finding, Severity } from "./model/types";

/** Fill colours of SPEC §3, by worst severity on the cell (RGB hex, no #). Every host and the UI use these. */
export const MARK_COLORS = { error: "FFC7CE", warning: "FFEB9C", info: "DDEBF7" } as const;

/** The sheet listing every finding with a link to its cells (where a host has no notes, and in the annotated copy). */
export const RESULTS_SHEET = "校验结果";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface CellMark {
  readonly sheet: string;
  readonly address: string;
  /** Worst severity on the cell: decides its fill (SPEC §3). */
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

/**
 * Groups findings by the cells they mark: one mark per cell, coloured by its worst severity, carrying every
 * finding that touches it (for the note). Both hosts mark from this plan, so they mark the same cells.
 */
export function planMarks(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<
    string,
    { sheet: string; address: string; severity: Severity; findings: Finding[] }
  >();
  for (const f of findings) {
    for (const address of f.cells) {
      const key = `${f.sheet}\u0000${address}`;
      const m = byCell.get(key);
      if (!m) byCell.set(key, { sheet: f.sheet, address, severity: f.severity, findings: [f] });
      else {
        m.findings.push(f);
        if (RANK[f.severity] > RANK[m.severity]) m.severity = f.severity;
      }
    }
  }
  return [...byCell.values()];
}

export function worse(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}
