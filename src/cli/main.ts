import { parseArgs } from "node:util";
import type { TableKind } from "../engine/model/types";
import { WorkbookReadError } from "../hosts/xlsx/errors";
import { KIND_CHOICES, runCheck } from "./check";
import { CliError } from "./errors";
import { loadConfig, oneOf, resolveToday } from "./options";

const USAGE = `用法 / usage:
  anju check <file.xlsx> [--kind auto|revisit|relocation|renovation] [--today YYYY-MM-DD]
                         [--format text|json|csv] [--out <annotated.xlsx>] [--config <county.json>]
  anju summarize <file.xlsx>... --out <summary.xlsx> [--level township|city] [--today YYYY-MM-DD]
                         [--format text|json] [--sample <percent> --seed <n>] [--config <county.json>]`;

const OPTIONS = {
  kind: { type: "string" },
  today: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  config: { type: "string" },
  level: { type: "string" },
  sample: { type: "string" },
  seed: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export async function main(argv: readonly string[], out: (s: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(
      `参数有误：${e instanceof Error ? e.message : String(e)}`,
      "bad arguments (see anju --help)",
    );
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === undefined) {
    out(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  const config = await loadConfig(values.config);
  const today = resolveToday(values.today);
  if (command === "check") {
    const [file, ...extra] = files;
    if (file === undefined || extra.length > 0)
      throw new CliError("check 需要且只需要一个 .xlsx 文件", "check takes exactly one .xlsx file");
    return runCheck(
      {
        file,
        kind: oneOf<TableKind | "auto">("kind", values.kind, KIND_CHOICES, "auto"),
        today,
        format: oneOf("format", values.format, ["text", "json", "csv"] as const, "text"),
        out: values.out,
        config,
      },
      out,
    );
  }
  if (command === "summarize") {
    const { runSummarize } = await import("./summarize");
    return runSummarize({ files, values, today, config }, out);
  }
  throw new CliError(`未知命令：${command}`, `unknown command: ${command}`);
}

function fail(zh: string, en: string): void {
  process.stderr.write(`anju: ${zh} / ${en}\n`.replace(/\n(?!$)/g, " "));
}

/** Exit status: 0 no error findings, 1 error findings, 2 bad usage or unreadable input (SPEC §5). */
export async function run(): Promise<void> {
  try {
    const status = await main(process.argv.slice(2), (s) => process.stdout.write(s));
    process.exitCode = status;
  } catch (e) {
    if (e instanceof CliError || e instanceof WorkbookReadError) fail(e.zh, e.en);
    else
      fail(
        "内部错误，未能完成检查（输入文件未被修改）",
        `internal error: ${e instanceof Error ? e.message : String(e)}`,
      );
    process.exitCode = 2;
  }
}

if (require.main === module) void run();
