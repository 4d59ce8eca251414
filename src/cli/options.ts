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
  if (!d)
    throw new CliError(
      `--today 应为 YYYY-MM-DD 格式的日期：${text}`,
      `--today must be a YYYY-MM-DD date: ${text}`,
    );
  return d;
}

/** `--config county.json`: a county's overrides, validated; the error names the bad field. */
export async function loadConfig(path: string | undefined): Promise<Config> {
  if (path === undefined) return DEFAULT_CONFIG;
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch {
    throw new CliError(`找不到配置文件：${path}`, `config file not found: ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CliError(
      `配置文件不是有效的 JSON：${path}`,
      `config is not valid JSON: ${path} (${String(e)})`,
    );
  }
  try {
    return parseConfig(json);
  } catch (e) {
    if (e instanceof ConfigError) {
      throw new CliError(`配置文件有误：${e.issues.join("；")}`, `invalid config: ${e.issues.join("; ")}`);
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
  throw new CliError(
    `--${name} 只能是 ${allowed.join("、")} 之一：${value}`,
    `--${name} must be one of ${allowed.join(", ")}: ${value}`,
  );
}
