import { z } from "zod";
import type { CheckResult } from "./check";
import type { FilesResult } from "./cross/files";
import type { Finding } from "./model/types";
import { placeText, renderMessage, type Locale } from "./messages";

const A1 = z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/);

/** Another place a cross-table finding is about (SPEC §11): a row of a table in one of the input files. */
export const RelatedJsonSchema = z
  .object({ file: z.string(), sheet: z.string(), row: z.number().int().positive(), cells: z.array(A1) })
  .strict();

/**
 * The `anju check --format json` contract (SPEC §5). Tests parse the CLI's real output with it. `file` and
 * `related` appear only in the report of several files (or a roster): one file gives exactly the original shape.
 */
export const FindingJsonSchema = z
  .object({
    file: z.string().optional(),
    ruleId: z.string().regex(/^(GEN|RV|RL|RN|DF|XT)-[A-Z0-9-]+$/),
    severity: z.enum(["error", "warning", "info"]),
    sheet: z.string(),
    row: z.number().int().positive(),
    cells: z.array(A1),
    message: z.string().min(1),
    clause: z.string(),
    related: z.array(RelatedJsonSchema).optional(),
  })
  .strict();

export const TableJsonSchema = z
  .object({
    file: z.string().optional(),
    sheet: z.string(),
    kind: z.enum(["revisit", "relocation", "renovation", "roster"]),
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
    /** With several input files (or a roster): the inputs in the order given, the roster last. */
    files: z.array(z.string()).optional(),
    tables: z.array(TableJsonSchema),
    findings: z.array(FindingJsonSchema),
    counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }).strict(),
  })
  .strict();

export type CheckReport = z.infer<typeof CheckReportSchema>;
export type FindingJson = z.infer<typeof FindingJsonSchema>;
export type TableJson = z.infer<typeof TableJsonSchema>;

export function toCheckReport(file: string, result: CheckResult, locale: Locale = "zh-CN"): CheckReport {
  return {
    schemaVersion: 1,
    file,
    tables: result.tables.map((t) => tableJson(t.info)),
    findings: result.findings.map((f) => findingJson(f, locale)),
    counts: { ...result.counts },
  };
}

/**
 * The report of several files (SPEC §5, §11): the single-file shape plus `files`, and `file` on every table and
 * finding (first, so that a reader sees where before what); `related` on the cross-table findings. `file` at the
 * top is the first input.
 */
export function toFilesReport(result: FilesResult, locale: Locale = "zh-CN"): CheckReport {
  return {
    schemaVersion: 1,
    file: result.files[0]?.file ?? "",
    files: result.files.map((f) => f.file),
    tables: result.files.flatMap((f) => f.result.tables.map((t) => ({ file: f.file, ...tableJson(t.info) }))),
    findings: result.findings.map((f) => {
      const json: FindingJson = { file: f.file ?? "", ...findingJson(f, locale) };
      if (f.related) json.related = f.related.map((p) => ({ ...p, cells: [...p.cells] }));
      return json;
    }),
    counts: { ...result.counts },
  };
}

function tableJson(info: CheckResult["tables"][number]["info"]): TableJson {
  return {
    sheet: info.sheet,
    kind: info.kind,
    headerRows: [...info.headerRows],
    firstDataRow: info.firstDataRow,
    lastDataRow: info.lastDataRow,
    meta: { ...info.meta },
  };
}

function findingJson(f: Finding, locale: Locale): FindingJson {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    sheet: f.sheet,
    row: f.row,
    cells: [...f.cells],
    message: renderMessage(f, locale),
    clause: f.clause,
  };
}

/** A CSV cell that Excel will not run as a formula: `= + - @`, tab and CR at the start are quoted away. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s.startsWith("'") ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The findings as CSV with a UTF-8 BOM (so Excel opens the Chinese correctly). A report of several files starts
 * each line with the file and ends it with the related places (`file sheet!row cells`, `；` between them).
 */
export function toCsv(
  report: CheckReport,
  header: readonly string[],
  multi?: { readonly file: string; readonly related: string },
): string {
  return csvTable(
    multi ? [multi.file, ...header, multi.related] : header,
    report.findings.map((f) => {
      const cells = [f.sheet, f.row, f.cells.join(" "), f.ruleId, f.severity, f.message, f.clause];
      return multi ? [f.file ?? "", ...cells, (f.related ?? []).map(relatedText).join("；")] : cells;
    }),
  );
}

/** Rows as CSV with a UTF-8 BOM and CRLF line ends, every cell escaped by `csvCell`. */
export function csvTable(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): string {
  const lines = [header.map(csvCell).join(","), ...rows.map((r) => r.map(csvCell).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** A related place as one line of text: `file sheet!row cells` (the same words as cell notes). */
export const relatedText = placeText;

const count = z.number().int().nonnegative();

/** The figures of one summary row (SPEC §5), in the order they are printed. */
export const SummaryFiguresJsonSchema = z
  .object({
    households: count,
    grades: z.object({ A: count, B: count, C: count, D: count, unrated: count }).strict(),
    history: z.object({ none: count, reinforced: count, rebuilt: count }).strict(),
    planned: z.object({ reinforce: count, rebuild: count }).strict(),
    revisitOverdue: count,
    errors: count,
    warnings: count,
    subsidyYuan: z.number().nonnegative(),
    appraisalYuan: z.number().nonnegative(),
  })
  .strict();

/** A village (township level), a township with its 市（区） (city level), a 市（区） subtotal, or the total. */
export const SummaryGroupJsonSchema = z
  .object({ name: z.string(), city: z.string().optional() })
  .merge(SummaryFiguresJsonSchema)
  .strict();

/** County safe-housing rate (SX 二.2), an addition to the SPEC §5 shape. */
export const SafeHousingJsonSchema = z
  .object({
    households: count,
    safe: count,
    /** safe ÷ households; null when there are no households. */
    rate: z.number().min(0).max(1).nullable(),
    target: z.number().min(0).max(1),
    met: z.boolean(),
    byKind: z
      .object({
        revisit: z.object({ households: count, safe: count }).strict(),
        relocation: z.object({ households: count, safe: count }).strict(),
        renovation: z.object({ households: count, safe: count }).strict(),
      })
      .strict(),
    unsafe: z.array(
      z
        .object({
          kind: z.enum(["revisit", "relocation", "renovation"]),
          township: z.string(),
          village: z.string(),
          name: z.string(),
          file: z.string(),
          sheet: z.string(),
          row: z.number().int().positive(),
          grade: z.enum(["C", "D", "unrated"]).optional(),
          ruleIds: z.array(z.string()),
          reason: z.string(),
        })
        .strict(),
    ),
  })
  .strict();

/** The spot-check sample (SX 四, TZ 12.5), present only when one was asked for (`--sample`). */
export const SampleJsonSchema = z
  .object({
    percent: z.number().positive().max(100),
    seed: z.number().int().nonnegative(),
    strata: z.array(
      z.object({ township: z.string(), city: z.string(), households: count, drawn: count }).strict(),
    ),
    households: z.array(
      z
        .object({
          city: z.string(),
          township: z.string(),
          village: z.string(),
          name: z.string(),
          address: z.string(),
          file: z.string(),
          sheet: z.string(),
          row: z.number().int().positive(),
        })
        .strict(),
    ),
  })
  .strict();

/** The `anju summarize --format json` contract (SPEC §5); `safeHousing` and `sample` are additions. */
export const SummaryReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    level: z.enum(["township", "city"]),
    groups: z.array(SummaryGroupJsonSchema),
    total: SummaryGroupJsonSchema,
    cities: z.array(SummaryGroupJsonSchema).optional(),
    safeHousing: SafeHousingJsonSchema.optional(),
    sample: SampleJsonSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const city = r.level === "city";
    if (city !== (r.cities !== undefined)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["cities"],
        message: "cities is given at city level only",
      });
    }
    r.groups.forEach((g, i) => {
      if (city !== (g.city !== undefined)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["groups", i, "city"],
          message: "a township's city is given at city level only",
        });
      }
    });
  });

export type SummaryReport = z.infer<typeof SummaryReportSchema>;
export type SummaryGroupJson = z.infer<typeof SummaryGroupJsonSchema>;

/** A village's figures in `anju diff --format json` (SPEC §10), and the same for 合计. */
export const DiffVillageJsonSchema = z
  .object({
    name: z.string(),
    previous: count,
    current: count,
    new: count,
    gone: count,
    moved: count,
    improved: count,
    worsened: count,
    stale: count,
  })
  .strict();

/** The `anju diff --format json` contract (SPEC §5, §10). Tests parse the CLI's real output with it. */
export const DiffReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    previous: z.string(),
    current: z.string(),
    findings: z.array(FindingJsonSchema.extend({ file: z.string() }).strict()),
    villages: z.array(DiffVillageJsonSchema),
    total: DiffVillageJsonSchema,
  })
  .strict();

export type DiffReport = z.infer<typeof DiffReportSchema>;
