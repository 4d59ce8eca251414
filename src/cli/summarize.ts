import type { Config } from "../engine/config";
import type { YMD } from "../engine/parse/date";
import { CliError } from "./errors";

export interface SummarizeArgs {
  readonly files: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly today: YMD;
  readonly config: Config;
}

/** `anju summarize` (issue 5). */
export async function runSummarize(_args: SummarizeArgs, _out: (s: string) => void): Promise<number> {
  throw new CliError("summarize 尚未实现", "summarize is not implemented yet");
}
