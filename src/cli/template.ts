import { basename } from "node:path";
import { t } from "../engine/messages";
import {
  TEMPLATE_DEFAULT_ROWS,
  TEMPLATE_KIND_KEYS,
  TEMPLATE_KINDS,
  TEMPLATE_MAX_ROWS,
  templateSheet,
  type TemplateKind,
} from "../engine/template";
import { writeSheetsWorkbook } from "../workbook/summary";
import { writeFileAtomic } from "./atomic";
import { CliError } from "./errors";

export interface TemplateArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | readonly string[] | boolean | undefined>>;
}

/**
 * `anju template --kind revisit|relocation|renovation --out <blank.xlsx> [--township 名] [--village 名] [--rows N]`
 * (SPEC §12): writes a blank table with validation, input messages, conditional formats and print setup, atomically.
 * Exit 0 when written; 2 for bad usage (one line in Chinese and English on stderr).
 */
export async function runTemplate(args: TemplateArgs, write: (s: string) => void): Promise<number> {
  const v = args.values;
  if (args.positionals.length > 0)
    throw new CliError("cliTemplateNoInputs", { files: args.positionals.join(" ") });
  const kind = str(v.kind);
  if (kind === undefined) throw new CliError("cliTemplateNeedsKind");
  if (!(TEMPLATE_KINDS as readonly string[]).includes(kind))
    throw new CliError("cliOneOf", { name: "kind", value: kind }, { lists: { allowed: TEMPLATE_KINDS } });
  const out = str(v.out);
  if (out === undefined) throw new CliError("cliTemplateNeedsOut");
  if (!/\.xlsx$/i.test(out)) throw new CliError("cliOutXlsx", { path: out });
  const rows = rowCount(str(v.rows));
  const township = str(v.township);
  const village = str(v.village);
  const sheet = templateSheet(kind as TemplateKind, {
    rows,
    ...(township !== undefined ? { township } : {}),
    ...(village !== undefined ? { village } : {}),
  });
  await writeFileAtomic(out, await writeSheetsWorkbook([sheet.spec]));
  const header =
    sheet.headerTop === sheet.headerBottom
      ? String(sheet.headerTop + 1)
      : `${sheet.headerTop + 1}–${sheet.headerBottom + 1}`;
  write(
    `${t("tplWritten", {
      kind: t(TEMPLATE_KIND_KEYS[kind as TemplateKind]),
      file: basename(out),
      sheet: sheet.spec.name,
      header,
      first: sheet.firstDataRow + 1,
      last: sheet.lastDataRow + 1,
      rows,
    })}\n`,
  );
  return 0;
}

function rowCount(text: string | undefined): number {
  if (text === undefined) return TEMPLATE_DEFAULT_ROWS;
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > TEMPLATE_MAX_ROWS)
    throw new CliError("cliTemplateBadRows", { max: TEMPLATE_MAX_ROWS, value: text });
  return n;
}

function str(v: string | readonly string[] | boolean | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}
