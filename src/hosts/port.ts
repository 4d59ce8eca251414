import type { Finding, WorkbookData } from "../engine/model/types";

/**
 * The one port between the engine's callers and a place where workbooks live (.xlsx file, open Excel workbook).
 * Kept small so that a third host (WPS) fits: read the workbook, write marks, clear them.
 */
export interface WorkbookHost {
  read(options?: { sheets?: readonly string[] }): Promise<WorkbookData>;
  /** Fills by worst severity, a note per marked cell, the 校验结果 sheet; clears the previous run's marks first. */
  mark(findings: readonly Finding[], scope?: { sheets?: readonly string[] }): Promise<void>;
  /** Restores every marked cell's original fill and removes Anju's notes and sheets. */
  clear(scope?: { sheets?: readonly string[] }): Promise<void>;
}

export { MARK_COLORS } from "../engine/marks";
