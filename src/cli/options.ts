import { readFile } from "node:fs/promises";
import { parseConfig, ConfigError, type Config, DEFAULT_CONFIG } from "../engine/config";
import { parseIsoDate, type YMD } from "../engine/parse/date";
import { CliError } from "./errors";

/** `--today YYYY-MM-DD`, else the machine's local date. */
export function resolveToday(text: string | undefined): YMD {
  if (text === undefined) {
    const now = new Date();
    return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
  }
  const d = parseIsoDate(text);
  if (!d) throw new CliError("cliBadToday", { value: text });
  return d;
}

/** `--config county.json`: a county's overrides, validated; the error names the bad field. */
export async function loadConfig(path: string | undefined): Promise<Config> {
  if (path === undefined) return DEFAULT_CONFIG;
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch {
    throw new CliError("cliConfigMissing", { path });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CliError("cliConfigJson", { path }, { detail: String(e) });
  }
  try {
    return parseConfig(json);
  } catch (e) {
    if (e instanceof ConfigError) {
      throw new CliError("cliConfigInvalid", {}, { lists: { issues: e.issues } });
    }
    throw e;
  }
}

export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError("cliOneOf", { name, value }, { lists: { allowed } });
}
