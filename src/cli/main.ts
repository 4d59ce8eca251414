import { parseArgs } from "node:util";
import type { TableKind } from "../engine/model/types";
import type { SummaryLevel } from "../engine/summary";
import { AnjuError } from "../engine/errors";
import { KIND_CHOICES, runCheck } from "./check";
import { runDiff } from "./diff";
import { CliError } from "./errors";
import { runFill } from "./fill";
import { parseMapArgs } from "./map";
import { loadConfig, oneOf, resolveToday } from "./options";

const USAGE = `用法 / usage:
  anju check <file>... [--roster <roster file>] [--kind auto|revisit|relocation|renovation|roster]
                         [--today YYYY-MM-DD] [--format text|json|csv] [--out <annotated.xlsx>]
                         [--config <county.json>] [--map 字段=表头]...
  anju summarize <file>... --out <summary.xlsx> [--level township|city] [--today YYYY-MM-DD]
                         [--format text|json] [--sample <percent> --seed <n>] [--config <county.json>]
                         [--map 字段=表头]...
  anju diff <previous> <current> [--today YYYY-MM-DD] [--format text|json|csv]
                         [--out <annotated.xlsx>] [--config <county.json>] [--map 字段=表头]...
  anju fill <form.xlsx> <file>... --out <filled.xlsx> [--level township|city] [--today YYYY-MM-DD]
                         [--format text|json] [--config <county.json>] [--map 字段=表头]...
  anju template --kind revisit|relocation|renovation --out <blank.xlsx> [--township 名] [--village 名] [--rows N]
  <file>: .xlsx .xlsm .xls .et .ods .csv`;

const OPTIONS = {
  kind: { type: "string" },
  roster: { type: "string" },
  today: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  config: { type: "string" },
  level: { type: "string" },
  sample: { type: "string" },
  seed: { type: "string" },
  map: { type: "string", multiple: true },
  township: { type: "string" },
  village: { type: "string" },
  rows: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export async function main(argv: readonly string[], out: (s: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError("cliBadArgs", { message: e instanceof Error ? e.message : String(e) });
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === undefined) {
    out(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  const config = await loadConfig(values.config);
  const today = resolveToday(values.today);
  const map = parseMapArgs(values.map);
  if (command === "check") {
    if (files.length === 0) throw new CliError("cliCheckNoInput");
    return runCheck(
      {
        files,
        roster: values.roster,
        kind: oneOf<TableKind | "auto">("kind", values.kind, KIND_CHOICES, "auto"),
        today,
        format: oneOf("format", values.format, ["text", "json", "csv"] as const, "text"),
        out: values.out,
        config,
        map,
      },
      out,
    );
  }
  if (command === "diff") {
    const [previous, current, ...extra] = files;
    if (previous === undefined || current === undefined || extra.length > 0)
      throw new CliError("cliDiffTwoFiles");
    if (values.kind !== undefined) throw new CliError("cliDiffNoKind");
    return runDiff(
      {
        previous,
        current,
        today,
        format: oneOf("format", values.format, ["text", "json", "csv"] as const, "text"),
        out: values.out,
        config,
        map,
      },
      out,
    );
  }
  if (command === "summarize") {
    // Loaded on demand (ExcelJS costs `check` 0.6 s of start-up), with require: a dynamic import() goes through
    // Node's ESM loader, which tsx/cjs (the installed bin) does not hook — `anju summarize` failed there.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runSummarize } = require("./summarize") as typeof import("./summarize");
    return runSummarize({ files, values, today, config, map }, out);
  }
  if (command === "template") {
    // Loaded on demand, like summarize (ExcelJS).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runTemplate } = require("./template") as typeof import("./template");
    return runTemplate({ positionals: files, values }, out);
  }
  if (command === "fill") {
    const [form, ...inputs] = files;
    return runFill(
      {
        form,
        files: inputs,
        out: values.out,
        level:
          values.level === undefined
            ? undefined
            : oneOf<SummaryLevel>("level", values.level, LEVELS, "township"),
        format: oneOf("format", values.format, ["text", "json"] as const, "text"),
        today,
        config,
        map,
      },
      out,
    );
  }
  throw new CliError("cliUnknownCommand", { command });
}

const LEVELS: readonly SummaryLevel[] = ["township", "city"];

/**
 * Runs one command and returns its exit status, never throwing: 0 no error findings, 1 error findings, 2 bad
 * usage or unreadable input (SPEC §5) with one line in Chinese and English on `err` — never a stack trace.
 * Used by `run()` and, in-process, by the fuzz test.
 */
export async function runMain(
  argv: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  try {
    return await main(argv, out);
  } catch (e) {
    err(`${failureLine(e)}\n`);
    return 2;
  }
}

/** `anju: 中文 / English`, on one line whatever the reason holds (a path or a parser message with newlines). */
export function failureLine(e: unknown): string {
  let zh: string;
  let en: string;
  if (e instanceof AnjuError) [zh, en] = [e.text("zh-CN"), e.text("en-US")];
  else if (hasReason(e)) ({ zh, en } = e);
  else {
    zh = "内部错误，未能完成（输入文件未被修改）";
    en = `internal error: ${e instanceof Error ? e.message : String(e)}`;
  }
  return `anju: ${zh} / ${en}`.replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(/\s+$/, "");
}

/** Any error that carries its reason in both languages (CliError, WorkbookReadError, a host's own errors). */
function hasReason(e: unknown): e is { zh: string; en: string } {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as { zh?: unknown }).zh === "string" &&
    typeof (e as { en?: unknown }).en === "string"
  );
}

export async function run(): Promise<void> {
  // A reader that goes away (`anju check a.xlsx | head`) is not a failure worth a stack trace: output stops,
  // the check (and any --out) completes, and the exit status is still the check's.
  let stdoutGone = false;
  process.stdout.on("error", () => {
    stdoutGone = true;
  });
  process.exitCode = await runMain(
    process.argv.slice(2),
    (s) => {
      if (!stdoutGone) process.stdout.write(s);
    },
    (s) => process.stderr.write(s),
  );
}

if (require.main === module) void run();
