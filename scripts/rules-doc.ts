import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TABLE_KINDS } from "../src/engine/model/types";
import { ALL_RULES } from "../src/engine/rules/registry";
import { ruleTitle, severityLabel } from "../src/engine/messages";

/**
 * Writes the rule catalogue into README.md between its markers, from the rules' own metadata (id, severity,
 * clause, kinds) and the zh-CN catalogue's titles, so the README never drifts from the code. `--check` fails when
 * the README is out of date (run by the tests).
 */
export function rulesTable(): string {
  const lines = ["| 规则 ID | 级别 | 说明 | 适用表 | 依据条款 |", "|---|---|---|---|---|"];
  for (const r of ALL_RULES) {
    const kinds = r.kinds.length === 0 || r.kinds.length === TABLE_KINDS.length ? "全部" : r.kinds.join(", ");
    lines.push(
      `| \`${r.id}\` | ${severityLabel(r.severity)} | ${ruleTitle(r.id)} | ${kinds} | ${r.clause} |`,
    );
  }
  return lines.join("\n");
}

const BEGIN = "<!-- rules:begin -->";
const END = "<!-- rules:end -->";

/** The README with a fresh catalogue, formatted as `prettier --check` expects it. */
export async function updatedReadme(readme: string, path: string): Promise<string> {
  const a = readme.indexOf(BEGIN);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error("README.md lacks the rules markers");
  const next = `${readme.slice(0, a + BEGIN.length)}\n\n${rulesTable()}\n\n${readme.slice(b)}`;
  // Loaded lazily: prettier 3 cannot be required inside jest, which imports rulesTable from here.
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(next, { ...options, filepath: path });
}

async function cli(): Promise<void> {
  const path = join(__dirname, "..", "README.md");
  const readme = readFileSync(path, "utf8");
  const next = await updatedReadme(readme, path);
  if (process.argv.includes("--check")) {
    if (next !== readme) {
      process.stderr.write("README.md rule catalogue is out of date: run npm run rules-doc\n");
      process.exitCode = 1;
    }
  } else writeFileSync(path, next);
}

if (require.main === module) void cli();
