import { basename } from "node:path";
import { checkWorkbook } from "../engine/check";
import type { Config } from "../engine/config";
import type { HeaderMapping } from "../engine/header/names";
import { kindLabel, renderMessage, severityLabel, t } from "../engine/messages";
import { TABLE_KINDS, type Finding, type TableKind } from "../engine/model/types";
import type { YMD } from "../engine/parse/date";
import { toCheckReport, toCsv } from "../engine/report";
import { annotateWorkbook } from "../workbook/annotate";
import { NODE_CODEC } from "../workbook/node-codec";
import { readInputFile } from "../workbook/file";
import { readXlsx } from "../workbook/read";
import { samePath, writeFileAtomic } from "./atomic";
import { CliError } from "./errors";
import { assertMappingsUsed } from "./map";

export interface CheckArgs {
  readonly file: string;
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
  if (args.out !== undefined && samePath(args.file, args.out)) {
    throw new CliError(
      "--out 不能与输入文件相同（不会覆盖原表）",
      "--out must not be the input file (it is never overwritten)",
    );
  }
  const input = await readInputFile(args.file, args.config.limits);
  const workbook = readXlsx(input, args.config.limits);
  const map = args.map ?? [];
  const result = checkWorkbook(workbook, { kind: args.kind, today: args.today, config: args.config, map });
  assertMappingsUsed(map, result.tables);
  const report = toCheckReport(basename(args.file), result);
  if (args.out !== undefined) {
    // The annotated copy is written first, so a failure there never leaves a report claiming a copy exists. It
    // patches the input's zip (only changed parts are inflated, each within the byte limit), so it needs no
    // guard against ExcelJS's memory.
    const annotated = await annotateWorkbook(input, result.findings, "zh-CN", {
      maxBytes: args.config.limits.maxUncompressedBytes,
      codec: NODE_CODEC,
    });
    await writeFileAtomic(args.out, annotated);
  }
  if (args.format === "json") write(`${JSON.stringify(report)}\n`);
  else if (args.format === "csv") {
    write(
      toCsv(report, [
        t("colSheet"),
        t("colRow"),
        t("colCells"),
        t("colRule"),
        t("colSeverity"),
        t("colMessage"),
        t("colClause"),
      ]),
    );
  } else {
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
    }
  }
  return `${lines.join("\n")}\n\n`;
}
