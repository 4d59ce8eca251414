import { readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { rulesTable } from "../../scripts/rules-doc";
import { ALL_RULES } from "../../src/engine/rules/registry";

const root = join(__dirname, "..", "..");

test("the README's rule catalogue is generated from the rules and up to date", () => {
  // In a child process: prettier 3 loads its plugins by dynamic import, which jest's VM does not allow.
  const run = spawnSync(
    process.execPath,
    [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/rules-doc.ts", "--check"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  for (const r of ALL_RULES) expect(rulesTable()).toContain(`\`${r.id}\``);
});

test("every rule ID of SPEC §2 is defined exactly once, with the spec's severity and clause", () => {
  const spec = readFileSync(join(root, "vendor", "spec", "SPEC.md"), "utf8");
  const rows = [
    ...spec.matchAll(/^\| ((?:GEN|RV|RL|RN)-[A-Z0-9-]+) \| (error|warning|info) \|.*\| ([^|]+) \|$/gm),
  ];
  expect(rows.length).toBe(41);
  const ids = ALL_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const [, id, severity, clause] of rows) {
    const rule = ALL_RULES.find((r) => r.id === id);
    expect(rule).toBeDefined();
    if (!rule) continue;
    expect(rule.severity).toBe(severity);
    expect(rule.clause).toBe(clause?.trim());
  }
});
