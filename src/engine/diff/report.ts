import { renderMessage, type Locale } from "../messages";
import type { DiffReport } from "../report";
import type { DiffResult } from "./diff";

/** The `anju diff --format json` object (SPEC §5, §10); `previous`/`current` are the file names given. */
export function toDiffReport(result: DiffResult, locale: Locale = "zh-CN"): DiffReport {
  return {
    schemaVersion: 1,
    previous: result.previous.file,
    current: result.current.file,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      sheet: f.sheet,
      row: f.row,
      cells: [...f.cells],
      message: renderMessage(f, locale),
      clause: f.clause,
      file: f.file,
    })),
    villages: result.villages.map((v) => ({ ...v })),
    total: { ...result.total },
  };
}
