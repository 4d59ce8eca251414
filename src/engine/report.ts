import { z } from "zod";
import type { CheckResult } from "./check";
import { renderMessage, type Locale } from "./messages";

/** The `anju check --format json` contract (SPEC §5). Tests parse the CLI's real output with it. */
export const FindingJsonSchema = z
  .object({
    ruleId: z.string().regex(/^(GEN|RV|RL|RN)-[A-Z0-9-]+$/),
    severity: z.enum(["error", "warning", "info"]),
    sheet: z.string(),
    row: z.number().int().positive(),
    cells: z.array(z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/)),
    message: z.string().min(1),
    clause: z.string(),
  })
  .strict();

export const TableJsonSchema = z
  .object({
    sheet: z.string(),
    kind: z.enum(["revisit", "relocation", "renovation"]),
    headerRows: z.array(z.number().int().positive()).min(1),
    firstDataRow: z.number().int().positive(),
    lastDataRow: z.number().int().positive(),
    meta: z
      .object({
        township: z.string().optional(),
        village: z.string().optional(),
        fillDate: z.string().optional(),
      })
      .strict(),
  })
  .strict();

export const CheckReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    file: z.string(),
    tables: z.array(TableJsonSchema),
    findings: z.array(FindingJsonSchema),
    counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }).strict(),
  })
  .strict();

export type CheckReport = z.infer<typeof CheckReportSchema>;
export type FindingJson = z.infer<typeof FindingJsonSchema>;

export function toCheckReport(file: string, result: CheckResult, locale: Locale = "zh-CN"): CheckReport {
  return {
    schemaVersion: 1,
    file,
    tables: result.tables.map((t) => ({
      sheet: t.info.sheet,
      kind: t.info.kind,
      headerRows: [...t.info.headerRows],
      firstDataRow: t.info.firstDataRow,
      lastDataRow: t.info.lastDataRow,
      meta: { ...t.info.meta },
    })),
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      sheet: f.sheet,
      row: f.row,
      cells: [...f.cells],
      message: renderMessage(f, locale),
      clause: f.clause,
    })),
    counts: { ...result.counts },
  };
}

/** A CSV cell that Excel will not run as a formula: `= + - @`, tab and CR at the start are quoted away. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s.startsWith("'") ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The findings as CSV with a UTF-8 BOM (so Excel opens the Chinese correctly). */
export function toCsv(report: CheckReport, header: readonly string[]): string {
  const lines = [header.map(csvCell).join(",")];
  for (const f of report.findings) {
    lines.push(
      [f.sheet, f.row, f.cells.join(" "), f.ruleId, f.severity, f.message, f.clause].map(csvCell).join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
