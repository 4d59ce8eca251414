import { checkWorkbook } from "../engine/check";
import type { Config } from "../engine/config";
import type { HeaderMapping } from "../engine/header/names";
import { diffChecked, toDiffReport, type DiffResult } from "../engine/diff";
import { t, type UiKey } from "../engine/messages";
import type { YMD } from "../engine/parse/date";
import { csvTable } from "../engine/report";
import { annotateWorkbook, DIFF_RESULTS_SHEET } from "../workbook/annotate";
import { readWorkbookFile } from "../workbook/file";
import { NODE_CODEC } from "../workbook/node-codec";
import { samePath, writeFileAtomic } from "./atomic";
import { textReport } from "./check";
import { CliError } from "./errors";
import { assertMappingsUsed } from "./map";

export interface DiffArgs {
  readonly previous: string;
  readonly current: string;
  readonly today: YMD;
  readonly format: "text" | "json" | "csv";
  readonly out: string | undefined;
  readonly config: Config;
  /** `--map 字段=表头`, applied to both workbooks; each must name a column of some table. */
  readonly map?: readonly HeaderMapping[];
}

/**
 * `anju diff <previous> <current>` (SPEC §5, §10): both workbooks are read and checked as `check` does (the same
 * reader, limits and errors), their own findings are not repeated, and the DF findings are printed; `--out`
 * writes an annotated copy of the current workbook with a 比对结果 sheet. Files are named as given on the command
 * line. Returns the exit status (0 no error finding, 1 error findings).
 */
export async function runDiff(args: DiffArgs, write: (s: string) => void): Promise<number> {
  if (args.out !== undefined) {
    if (samePath(args.previous, args.out) || samePath(args.current, args.out)) {
      throw new CliError("cliOutIsInput");
    }
    if (!/\.(xlsx|xlsm)$/i.test(args.out)) {
      throw new CliError("cliOutAnnotatedXlsx", { path: args.out });
    }
  }
  const limits = args.config.limits;
  const map = args.map ?? [];
  // Neither workbook's own findings are reported: tables are found and rows parsed, no rule runs.
  const options = { today: args.today, config: args.config, map, rules: "none" as const };
  const before = await readWorkbookFile(args.previous, limits);
  const previous = { file: args.previous, result: checkWorkbook(before.workbook, options) };
  const now = await readWorkbookFile(args.current, limits);
  const current = { file: args.current, result: checkWorkbook(now.workbook, options) };
  assertMappingsUsed(map, [...previous.result.tables, ...current.result.tables]);
  const result = diffChecked(previous, current);
  if (args.out !== undefined) {
    // Written first, so a failure there never leaves a report claiming a copy exists.
    // An .xls/.et/.ods/.csv current workbook is written as .xlsx first (SPEC §8).
    const { xlsxBytesOf } = require("../workbook/convert") as typeof import("../workbook/convert"); // eslint-disable-line @typescript-eslint/no-require-imports
    const annotated = await annotateWorkbook(await xlsxBytesOf(now), result.findings, "zh-CN", {
      maxBytes: limits.maxUncompressedBytes,
      codec: NODE_CODEC,
      results: { name: DIFF_RESULTS_SHEET, file: args.current },
    });
    await writeFileAtomic(args.out, annotated);
  }
  const report = toDiffReport(result);
  if (args.format === "json") write(`${JSON.stringify(report)}\n`);
  else if (args.format === "csv") {
    write(
      csvTable(
        (
          [
            "colFile",
            "colSheet",
            "colRow",
            "colCells",
            "colRule",
            "colSeverity",
            "colMessage",
            "colClause",
          ] as const
        ).map((k) => t(k)),
        report.findings.map((f) => [
          f.file,
          f.sheet,
          f.row,
          f.cells.join(" "),
          f.ruleId,
          f.severity,
          f.message,
          f.clause,
        ]),
      ),
    );
  } else {
    write(diffText(result));
    if (args.out !== undefined) write(`${t("cliWrote", { path: args.out })}\n`);
  }
  return result.counts.error > 0 ? 1 : 0;
}

/** The diff as a clerk reads it: the current workbook's findings by sheet, the gone households, the villages. */
export function diffText(result: DiffResult): string {
  const previousFile = result.previous.file;
  const currentFile = result.current.file;
  const here = result.findings.filter((f) => f.file === currentFile);
  const gone = result.findings.filter((f) => f.file !== currentFile);
  let out = `${t("diffPrevious", { file: previousFile })}\n${t("diffCurrent", { file: currentFile })}\n\n`;
  out += textReport(
    currentFile,
    result.current.result.tables.filter((x) => x.info.kind === "revisit").map((x) => x.info),
    here,
  );
  if (gone.length > 0) {
    out += `${t("diffGoneHeading", { file: previousFile })}\n`;
    out += textReport(previousFile, [], gone).replace(/^[^\n]*\n/, "");
  }
  const keys = ["previous", "current", "new", "gone", "moved", "improved", "worsened", "stale"] as const;
  const head: UiKey[] = [
    "diffColVillage",
    "diffColPrevious",
    "diffColCurrent",
    "diffColNew",
    "diffColGone",
    "diffColMoved",
  ];
  const header = [
    ...head,
    "diffColImproved" as const,
    "diffColWorsened" as const,
    "diffColStale" as const,
  ].map((k) => t(k));
  const rows = [...result.villages, { ...result.total, name: t("diffTotal") }].map((v) => [
    v.name,
    ...keys.map((k) => String(v[k])),
  ]);
  out += `${t("diffVillagesHeading")}\n`;
  for (const r of [header, ...rows]) out += `  ${r.join("\t")}\n`;
  return `${out}\n${t("cliCounts", result.counts)}\n`;
}
