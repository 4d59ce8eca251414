import { basename } from "node:path";
import type { Config } from "../engine/config";
import { fillText, planFill, summariesByLevel, toFillReport } from "../engine/forms";
import type { HeaderMapping } from "../engine/header/names";
import { t, type UiKey } from "../engine/messages";
import type { YMD } from "../engine/parse/date";
import { checkForSummary, type SummaryInput, type SummaryLevel } from "../engine/summary";
import { fillWorkbook, formulaCells } from "../workbook/fill";
import { readInputFile, readWorkbookFile } from "../workbook/file";
import { NODE_CODEC } from "../workbook/node-codec";
import { readXlsx } from "../workbook/read";
import { samePath, writeFileAtomic } from "./atomic";
import { CliError } from "./errors";
import { assertMappingsUsed } from "./map";

export interface FillArgs {
  readonly form: string | undefined;
  readonly files: readonly string[];
  readonly out: string | undefined;
  readonly level: SummaryLevel | undefined;
  readonly format: "text" | "json";
  readonly today: YMD;
  readonly config: Config;
  readonly map: readonly HeaderMapping[];
}

const fail = (key: UiKey, params: Record<string, string> = {}) => new CliError(key, params);

/**
 * `anju fill <form.xlsx> <file>... --out <filled.xlsx> [--level township|city] [--format text|json]` (SPEC §13):
 * the county's own summary form with the statistics of the given workbooks written into its cells. The form and
 * the inputs are only read; `--out` is written atomically and is never one of them. Exit 0 when the form was
 * filled (rows or labels that matched nothing are listed, not an error); 2 for bad usage or unreadable input.
 */
export async function runFill(args: FillArgs, write: (s: string) => void): Promise<number> {
  const { form, out } = args;
  if (form === undefined || args.files.length === 0) throw fail("fillNeedsFiles");
  if (out === undefined) throw fail("fillNeedsOut");
  for (const file of [form, ...args.files]) if (samePath(file, out)) throw fail("fillOutIsInput", { file });
  const limits = args.config.limits;
  const formBytes = await readInputFile(form, limits);
  // The form is patched in place as a zip (an .xlsx or .xlsm): anything else cannot keep its bytes.
  if (formBytes[0] !== 0x50 || formBytes[1] !== 0x4b) throw fail("fillFormNotXlsx", { file: form });
  const formBook = readXlsx(formBytes, limits);
  const formulas = formulaCells(formBytes, { maxBytes: limits.maxUncompressedBytes, codec: NODE_CODEC });

  const inputs: SummaryInput[] = [];
  const tables = [];
  for (const file of args.files) {
    const { workbook } = await readWorkbookFile(file, limits);
    const { result, fromSummary } = checkForSummary(workbook, {
      today: args.today,
      config: args.config,
      map: args.map,
    });
    tables.push(...result.tables);
    inputs.push({ file: basename(file), result, ...(fromSummary ? { fromSummary } : {}) });
  }
  assertMappingsUsed(args.map, tables);
  if (inputs.every((i) => i.result.tables.length === 0)) throw fail("summaryNoTables");
  const summaryAt = summariesByLevel(inputs, { today: args.today, config: args.config });
  const plan = planFill(formBook, formulas, summaryAt, args.level ? { level: args.level } : {});
  if (plan.forms.length === 0) throw fail("fillNoForm", { file: basename(form) });

  const filled = fillWorkbook(
    formBytes,
    plan.filled.map((f) => ({ sheet: f.sheet, row: f.row, col: f.col, value: f.value })),
    { maxBytes: limits.maxUncompressedBytes, codec: NODE_CODEC },
  );
  await writeFileAtomic(out, filled);
  if (args.format === "json") write(`${JSON.stringify(toFillReport(plan))}\n`);
  else write(`${fillText(plan)}\n${t("fillWrote", { path: out })}\n`);
  return 0;
}
