import { spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * The import boundaries of ARCHITECTURE.md are lint rules (eslint.config.mjs): a wrong arrow, written into a file
 * of the layer it would break (a fake path; the text is linted, not the disk), fails `npm run lint`. ESLint's
 * Node API runs in a child process (its flat config is an ES module, which jest's VM cannot import).
 */
const ROOT = join(__dirname, "..", "..");
const LINT = `
import { ESLint } from "eslint";
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const [filePath, text] of cases) {
  const [r] = await eslint.lintText(text, { filePath });
  out.push(r.messages.map((m) => m.ruleId + ": " + m.message));
}
process.stdout.write(JSON.stringify(out));
`;

const queue: Array<[string, string]> = [];
let results: string[][] | undefined;

/** Lints every case of this file in one ESLint run (the first call), then answers from it. */
async function problems(filePath: string, text: string): Promise<string[]> {
  if (!results) {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", LINT, JSON.stringify(queue)], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(r.stderr);
    results = JSON.parse(r.stdout) as string[][];
  }
  const i = queue.findIndex(([f, t]) => f === join(ROOT, filePath) && t === text);
  return results[i] ?? [];
}

function lintCase(file: string, text: string): [string, string] {
  queue.push([join(ROOT, file), text]);
  return [file, text];
}

test.each([
  [
    ...lintCase("src/engine/rules/general/NEW.ts", `import { readXlsx } from "../../../workbook/read";`),
    "src/engine is pure",
  ],
  [...lintCase("src/engine/check2.ts", `import { readFileSync } from "node:fs";`), "src/engine is pure"],
  [
    ...lintCase("src/engine/x.ts", `import type { AnjuController } from "../hosts/controller";`),
    "src/engine is pure",
  ],
  [
    ...lintCase("src/workbook/x.ts", `import { OfficeWorkbookHost } from "../hosts/office/host";`),
    "imports only src/engine",
  ],
  [
    ...lintCase("src/hosts/office/x.ts", `import { WpsWorkbookHost } from "../wps/host";`),
    "never another host",
  ],
  [
    ...lintCase("src/hosts/wps/x.ts", `import { OfficeWorkbookHost } from "../office/host";`),
    "never another host",
  ],
  [
    ...lintCase("src/hosts/office/x.ts", `import { AnjuApp } from "../../ui/AnjuApp";`),
    "never another host or a front end",
  ],
  [...lintCase("src/hosts/inplace/x.ts", `import { officeEnv } from "../office/env";`), "name no host"],
  [
    ...lintCase("src/ui/x.tsx", `import { createOfficeController } from "../hosts/office";`),
    "src/ui sees the engine",
  ],
  [...lintCase("src/cli/x.ts", `import { AnjuApp } from "../ui/AnjuApp";`), "never a UI"],
  [...lintCase("src/web/x.ts", `import { loadOfficeController } from "../taskpane/office";`), "no task pane"],
])("%s: %s is refused", async (file, text, reason) => {
  const found = await problems(file, text);
  expect(found.some((p) => p.startsWith("no-restricted-imports") && p.includes(reason))).toBe(true);
});

test.each([
  [...lintCase("src/ui/x.ts", "export function f(r: Excel.Range) { return r; }")],
  [...lintCase("src/hosts/inplace/x.ts", "export const run = () => Excel.run(async () => undefined);")],
  [...lintCase("src/web/x.ts", "export const lang = () => Office.context.displayLanguage;")],
  [...lintCase("src/hosts/wps/x.ts", "export const run = () => Excel.run(async () => undefined);")],
  [...lintCase("src/hosts/office/x.ts", "export const app = () => wps.EtApplication();")],
])("%s naming another program's API is refused", async (file, text) => {
  const found = await problems(file, text);
  expect(found.some((p) => p.startsWith("no-restricted-syntax"))).toBe(true);
});

test.each([
  [
    ...lintCase(
      "src/hosts/office/x.ts",
      `import { checkWorkbook } from "../../engine/check";\nimport { readXlsx } from "../../workbook/read";\nimport type { OpenWorkbook } from "../inplace/port";\nexport const f = (r: Excel.Range, b?: OpenWorkbook) => [r, b, checkWorkbook, readXlsx];`,
    ),
  ],
  [
    ...lintCase(
      "src/ui/x.ts",
      `import type { AnjuController } from "../hosts/controller";\nexport const f = (c: AnjuController) => c;`,
    ),
  ],
  [...lintCase("src/cli/x.ts", `import { readXlsx } from "../workbook/read";\nexport const f = readXlsx;`)],
  [
    ...lintCase(
      "src/taskpane/x.ts",
      `import { createOfficeController } from "../hosts/office";\nexport const f = createOfficeController;`,
    ),
  ],
])("%s: the allowed arrows pass", async (file, text) => {
  expect(await problems(file, text)).toEqual([]);
});
