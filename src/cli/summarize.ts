import { randomInt } from "node:crypto";
import { existsSync } from "node:fs";
import { basename, dirname, relative, resolve, sep } from "node:path";
import type { Config } from "../engine/config";
import type { HeaderMapping } from "../engine/header/names";
import { t } from "../engine/messages";
import type { YMD } from "../engine/parse/date";
import {
  buildSummary,
  checkForSummary,
  isValidPercent,
  isValidSeed,
  type SummaryInput,
  type SummaryLevel,
} from "../engine/summary";
import { WorkbookReadError } from "../workbook/errors";
import { readInputFile, readWorkbookFile } from "../workbook/file";
import { assertAnnotatable } from "../workbook/guard";
import { readXlsx, type ReadInfo } from "../workbook/read";
import { writeSummaryWorkbook } from "../workbook/summary";
import { samePath, writeFileAtomic } from "./atomic";
import { CliError } from "./errors";
import { assertMappingsUsed } from "./map";
import { annotateLimits } from "./limits";
import { oneOf } from "./options";

export interface SummarizeArgs {
  readonly files: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly today: YMD;
  readonly config: Config;
  /** `--map 字段=表头`, as for check: each must name a column of some table read. */
  readonly map?: readonly HeaderMapping[];
}

/**
 * `anju summarize <file.xlsx>... --out <summary.xlsx> [--level township|city] [--today YYYY-MM-DD]
 * [--format text|json] [--sample <percent> [--seed <n>]]`.
 *
 * Exit status: 0 when the summary was made (error findings in the inputs are counted in it, not an exit status);
 * 2 for bad usage or an unreadable input (one line in Chinese and English on stderr). The inputs are only read;
 * `--out` is written atomically, and an existing `--out` keeps every sheet but the summary's own. Without
 * `--out` the figures are only printed.
 */
export async function runSummarize(args: SummarizeArgs, write: (s: string) => void): Promise<number> {
  const v = args.values;
  const level = oneOf<SummaryLevel>("level", str(v.level), ["township", "city"], "township");
  const format = oneOf("format", str(v.format), ["text", "json"] as const, "text");
  const out = str(v.out);
  if (args.files.length === 0) {
    throw new CliError("cliSummarizeNoInput");
  }
  const sampleOptions = sampleArgs(str(v.sample), str(v.seed));
  if (out !== undefined) {
    for (const file of args.files) {
      if (samePath(file, out)) {
        throw new CliError("cliOutNotInput", { path: file });
      }
    }
  }
  const inputs: SummaryInput[] = [];
  for (const file of args.files) {
    const { workbook } = await readWorkbookFile(file, args.config.limits);
    const { result, fromSummary } = checkForSummary(workbook, {
      today: args.today,
      config: args.config,
      map: args.map ?? [],
    });
    inputs.push({
      file: basename(file),
      ...(out !== undefined ? { href: linkTo(file, out) } : {}),
      result,
      ...(fromSummary ? { fromSummary } : {}),
    });
  }
  assertMappingsUsed(
    args.map ?? [],
    inputs.flatMap((i) => i.result.tables),
  );
  const built = buildSummary(inputs, {
    level,
    today: args.today,
    config: args.config,
    ...(sampleOptions ? { sample: sampleOptions } : {}),
  });
  let written: string[] = [];
  if (out !== undefined) {
    const { sheets } = built;
    const existing = existsSync(out) ? await existingOutput(out, args.config) : undefined;
    // An existing --out that cannot be opened is a SummaryOutputError; a write that fails, cliWriteFailed.
    const bytes = await writeSummaryWorkbook(existing, sheets, built.isOwn);
    await writeFileAtomic(out, bytes);
    written = sheets.map((s) => s.name);
  }
  if (format === "json") {
    write(`${JSON.stringify(built.report)}\n`);
  } else {
    write(built.text());
    if (out !== undefined) write(`\n${t("summaryWrote", { path: out, sheets: written.join("、") })}\n`);
  }
  return 0;
}

/**
 * An existing `--out` workbook, read to keep its other sheets: it must be a workbook ExcelJS can load within this
 * machine's means (the same guard as the annotated copy); otherwise it is left alone and the run stops.
 */
async function existingOutput(out: string, config: Config): Promise<Uint8Array> {
  try {
    const bytes = await readInputFile(out, config.limits);
    const info: ReadInfo = { rawMergedCells: 0, bytesRead: 0, cells: 0 };
    readXlsx(bytes, config.limits, info);
    assertAnnotatable(bytes, info, annotateLimits(config.limits));
    return bytes;
  } catch (e) {
    const reason = e instanceof WorkbookReadError ? e : undefined;
    throw reason
      ? new CliError("cliOutNotUpdatableReason", { path: out }, { reason })
      : new CliError("cliOutNotUpdatable", { path: out });
  }
}

function str(v: string | boolean | readonly string[] | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** `--sample 10` (or `10%`) with `--seed 20240701`; without `--seed` a seed is chosen and printed. */
function sampleArgs(
  sample: string | undefined,
  seed: string | undefined,
): { percent: number; seed: number } | undefined {
  if (sample === undefined) {
    if (seed !== undefined) {
      throw new CliError("cliSeedWithoutSample");
    }
    return undefined;
  }
  const percent = Number(sample.trim().replace(/[%％]$/, ""));
  if (sample.trim() === "" || !isValidPercent(percent)) {
    throw new CliError("cliBadSample", { value: sample });
  }
  if (seed === undefined) return { percent, seed: randomInt(1, 2 ** 31) };
  const n = /^\d+$/.test(seed.trim()) ? Number(seed.trim()) : NaN;
  if (!isValidSeed(n)) {
    throw new CliError("cliBadSeed", { value: seed });
  }
  return { percent, seed: n };
}

/** The input as seen from the output's folder, for hyperlinks that survive moving both together. */
function linkTo(file: string, out: string): string {
  const rel = relative(dirname(resolve(out)), resolve(file));
  return rel.split(sep).join("/");
}
