import { z } from "zod";
import { t, type Locale } from "../messages";
import type { FillPlan } from "./fill";

/** The `anju fill --format json` contract (SPEC §13). Tests parse the CLI's real output with it. */
export const FillReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    filled: z.array(
      z
        .object({
          sheet: z.string(),
          cell: z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/),
          label: z.string(),
          name: z.string(),
          value: z.number(),
        })
        .strict(),
    ),
    unmatched: z
      .object({
        labels: z.array(
          z
            .object({ sheet: z.string(), cell: z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/), text: z.string() })
            .strict(),
        ),
        rows: z.array(
          z.object({ sheet: z.string(), row: z.number().int().positive(), name: z.string() }).strict(),
        ),
      })
      .strict(),
  })
  .strict();

export type FillReport = z.infer<typeof FillReportSchema>;

export function toFillReport(plan: FillPlan): FillReport {
  return {
    schemaVersion: 1,
    filled: plan.filled.map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      label: f.label,
      name: f.name,
      value: f.value,
    })),
    unmatched: {
      labels: plan.unmatched.labels.map((l) => ({ ...l })),
      rows: plan.unmatched.rows.map((r) => ({ ...r })),
    },
  };
}

/** What was filled, row by row, and everything that matched nothing, as a clerk reads it. */
export function fillText(plan: FillPlan, locale: Locale = "zh-CN"): string {
  const lines: string[] = [];
  const cells = plan.filled.length;
  const rows = new Set(plan.filled.map((f) => `${f.sheet}\u0000${f.row}`)).size;
  lines.push(t("fillFilled", { cells, rows }, locale));
  let last = "";
  for (const f of plan.filled) {
    const key = `${f.sheet}\u0000${f.row}`;
    if (key !== last)
      lines.push(`  ${t("fillRow", { sheet: f.sheet, row: f.row + 1, name: f.name }, locale)}`);
    last = key;
    lines.push(`    ${f.cell.padEnd(6)} ${f.label} = ${f.value}`);
  }
  if (plan.unmatched.rows.length > 0) {
    lines.push("", t("fillUnmatchedRows", { count: plan.unmatched.rows.length }, locale));
    for (const r of plan.unmatched.rows)
      lines.push(`  ${t("fillRow", { sheet: r.sheet, row: r.row, name: r.name }, locale)}`);
  }
  if (plan.unmatched.labels.length > 0) {
    lines.push("", t("fillUnmatchedLabels", { count: plan.unmatched.labels.length }, locale));
    for (const l of plan.unmatched.labels) lines.push(`  ${l.sheet}!${l.cell}  ${l.text}`);
  }
  if (plan.formulaCells.length > 0) {
    lines.push(
      "",
      t(
        "fillFormulaCells",
        { cells: plan.formulaCells.map((f) => `${f.sheet}!${f.cell}`).join("、") },
        locale,
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}
