import { basename } from "node:path";
import { checkWorkbook } from "../engine/check";
import type { Config } from "../engine/config";
import type { HeaderMapping } from "../engine/header/names";
import { kindLabel, renderMessage, severityLabel, t } from "../engine/messages";
import { TABLE_KINDS, type Finding, type TableKind } from "../engine/model/types";
import type { YMD } from "../engine/parse/date";
import { checkFiles, type InputFile } from "../engine/cross/files";
import { relatedText, toCheckReport, toCsv, toFilesReport } from "../engine/report";
import { WorkbookReadError } from "../workbook/errors";
import { annotateWorkbook } from "../workbook/annotate";
import { NODE_CODEC } from "../workbook/node-codec";
import { readWorkbookFile } from "../workbook/file";
import type { WorkbookRead } from "../workbook/input";
import type { ReadInfo } from "../workbook/read";
import { samePath, writeFileAtomic } from "./atomic";
import { CliError } from "./errors";
import { annotateLimits } from "./limits";
import { assertMappingsUsed } from "./map";

export interface CheckArgs {
  /** The input files as given on the command line (at least one). */
  readonly files: readonly string[];
  /** `--roster`: the 民政 roster, checked as kind `roster` and listed last (SPEC §5, §11). */
  readonly roster?: string | undefined;
  readonly kind: TableKind | "auto";
  readonly today: YMD;
  readonly format: "text" | "json" | "csv";
  readonly out: string | undefined;
  readonly config: Config;
  /** `--map 字段=表头`: each must name a column of some table checked. */
  readonly map?: readonly HeaderMapping[];
}

export const KIND_CHOICES: readonly (TableKind | "auto")[] = ["auto", ...TABLE_KINDS];

/** `anju check`: returns the exit status (0 no errors, 1 error findings). */
export async function runCheck(args: CheckArgs, write: (s: string) => void): Promise<number> {
  const paths = [...args.files, ...(args.roster !== undefined ? [args.roster] : [])];
  const [file] = args.files;
  if (file === undefined) throw new CliError("cliCheckNoInput");
  if (args.out !== undefined && args.files.length !== 1) {
    throw new CliError("cliOutOneFile");
  }
  if (args.out !== undefined && paths.some((p) => samePath(p, args.out as string))) {
    throw new CliError("cliOutIsInput");
  }
  if (paths.length > 1) return runFiles(args, paths, write);
  const info = newInfo();
  const read = await readWorkbookFile(file, args.config.limits, info);
  assertOutName(read, args);
  const { workbook } = read;
  const map = args.map ?? [];
  const result = checkWorkbook(workbook, { kind: args.kind, today: args.today, config: args.config, map });
  assertMappingsUsed(map, result.tables);
  const report = toCheckReport(basename(file), result);
  if (args.out !== undefined) await writeAnnotated(read, info, result.findings, args);
  if (args.format === "json") write(`${JSON.stringify(report)}\n`);
  else if (args.format === "csv") write(toCsv(report, csvHeader()));
  else {
    write(
      textReport(
        report.file,
        result.tables.map((x) => x.info),
        result.findings,
      ),
    );
    write(`${t("cliCounts", result.counts)}\n`);
    if (args.out !== undefined) write(`${t("cliWrote", { path: args.out })}\n`);
  }
  return result.counts.error > 0 ? 1 : 0;
}

/**
 * Several files (or a roster): each checked as alone, then the XT rules across all of them (SPEC §5, §11). Files
 * are named as given on the command line, the roster last.
 */
async function runFiles(
  args: CheckArgs,
  paths: readonly string[],
  write: (s: string) => void,
): Promise<number> {
  const inputs: InputFile[] = [];
  let first: (WorkbookRead & { bytes: Uint8Array }) | undefined;
  const info = newInfo();
  for (const [i, path] of paths.entries()) {
    let workbook;
    try {
      const read = await readWorkbookFile(path, args.config.limits, i === 0 ? info : undefined);
      if (i === 0) {
        first = read;
        assertOutName(read, args);
      }
      workbook = read.workbook;
    } catch (e) {
      // Which of the files could not be read (the reason alone does not say).
      if (e instanceof WorkbookReadError && !e.zh.includes(path))
        throw new CliError("cliFileReason", { path }, { reason: e });
      throw e;
    }
    inputs.push({
      file: path,
      workbook,
      ...(args.roster !== undefined && i === paths.length - 1 ? { roster: true } : {}),
    });
  }
  const map = args.map ?? [];
  const result = checkFiles(inputs, { kind: args.kind, today: args.today, config: args.config, map });
  assertMappingsUsed(
    map,
    result.files.flatMap((f) => f.result.tables),
  );
  const report = toFilesReport(result);
  const own = result.files[0];
  if (args.out !== undefined && first && own) await writeAnnotated(first, info, own.findings, args);
  if (args.format === "json") write(`${JSON.stringify(report)}\n`);
  else if (args.format === "csv") {
    write(toCsv(report, csvHeader(), { file: t("colFile"), related: t("colRelated") }));
  } else {
    for (const f of result.files) {
      write(
        textReport(
          f.file,
          f.result.tables.map((x) => x.info),
          f.findings,
        ),
      );
    }
    write(`${t("cliCounts", result.counts)}\n`);
    if (args.out !== undefined) write(`${t("cliWrote", { path: args.out })}\n`);
  }
  return result.counts.error > 0 ? 1 : 0;
}

function newInfo(): ReadInfo {
  return { rawMergedCells: 0, bytesRead: 0, cells: 0 };
}

/** The copy of an .xls, .et, .ods or .csv is an .xlsx (SPEC §8): its name must say so. */
function assertOutName(read: WorkbookRead, args: CheckArgs): void {
  if (args.out !== undefined && read.format !== "xlsx" && !/\.xlsx$/i.test(args.out)) {
    throw new CliError("cliOutAnnotatedXlsx", { path: args.out });
  }
}

/**
 * The annotated copy, written before any report, so a failure there never leaves a report claiming a copy exists.
 * It patches the input's zip (only changed parts are inflated, each within the byte limit), so it needs no guard
 * against ExcelJS's memory — except for an .xls/.et/.ods/.csv input, which is first written as .xlsx by ExcelJS
 * (src/workbook/convert.ts) and is refused beyond what this process can afford.
 */
async function writeAnnotated(
  read: WorkbookRead & { bytes: Uint8Array },
  info: ReadInfo,
  findings: readonly Finding[],
  args: CheckArgs,
): Promise<void> {
  let input = read.bytes;
  if (read.format !== "xlsx") {
    const max = annotateLimits(args.config.limits).maxCells;
    if (info.cells > max) {
      throw new WorkbookReadError("unsupported", { cells: info.cells, max }, "readWhyCells");
    }
    // Loaded on demand: ExcelJS costs start-up time that a check without --out does not pay.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { workbookToXlsx } = require("../workbook/convert") as typeof import("../workbook/convert");
    input = await workbookToXlsx(read.workbook, read.numberFormats);
  }
  const annotated = await annotateWorkbook(input, findings, "zh-CN", {
    maxBytes: args.config.limits.maxUncompressedBytes,
    codec: NODE_CODEC,
  });
  await writeFileAtomic(args.out as string, annotated);
}

function csvHeader(): string[] {
  return [
    t("colSheet"),
    t("colRow"),
    t("colCells"),
    t("colRule"),
    t("colSeverity"),
    t("colMessage"),
    t("colClause"),
  ];
}

/** Findings grouped by sheet, one line each, as a clerk would read them. */
export function textReport(
  file: string,
  tables: ReadonlyArray<{
    sheet: string;
    kind: string;
    headerRows: readonly number[];
    firstDataRow: number;
    lastDataRow: number;
  }>,
  findings: readonly Finding[],
): string {
  const lines: string[] = [file];
  const sheets = [...new Set([...tables.map((x) => x.sheet), ...findings.map((f) => f.sheet)])];
  for (const sheet of sheets) {
    const info = tables.find((x) => x.sheet === sheet);
    lines.push("");
    lines.push(
      info
        ? t("cliTable", {
            sheet,
            kind: kindLabel(info.kind),
            headerRows:
              info.headerRows.length > 1
                ? `${info.headerRows[0]}–${info.headerRows[info.headerRows.length - 1]}`
                : String(info.headerRows[0]),
            first: info.firstDataRow,
            last: info.lastDataRow,
          })
        : `工作表“${sheet}”`,
    );
    const own = findings.filter((f) => f.sheet === sheet);
    if (own.length === 0) lines.push(`  ${t("cliNoFindings")}`);
    for (const f of own) {
      const where = f.cells.length > 0 ? f.cells.join(",") : `第 ${f.row} 行`;
      lines.push(
        `  ${where.padEnd(10)} [${severityLabel(f.severity)}] ${f.ruleId}  ${renderMessage(f)}（${f.clause}）`,
      );
      for (const p of f.related ?? [])
        lines.push(`  ${"".padEnd(10)} ${t("cliRelated", { place: relatedText(p) })}`);
    }
  }
  return `${lines.join("\n")}\n\n`;
}
