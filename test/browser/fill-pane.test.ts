import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { writeCityTownships } from "../../scripts/samples/city";
import { writeFormSamples } from "../../scripts/samples/forms";
import { FillReportSchema, type FillReport } from "../../src/engine/forms";
import { formulaCells } from "../../src/workbook/fill";
import { readXlsx } from "../../src/workbook/read";
import { runCli } from "../helpers/cli";
import { excelPage, localToday, wpsPage } from "./fake-hosts";
import {
  ensureDist,
  launch,
  screenshotPath,
  serveDist,
  tmpDir,
  type Browser,
  type StaticServer,
} from "./helpers";

/**
 * 填写汇总表 in the built WPS task pane at 320 px (SPEC §13, issue 21): the township's own form open (its form sheet
 * active, with its formulas), the township workbook picked: the pane fills exactly the cells `anju fill` fills
 * for the same form and file, with the same numbers, leaves the formulas and every other cell, and lists the row
 * and the label that matched nothing.
 */
let server: StaticServer;
let narrow: Browser;
const errors: string[] = [];
const dir = tmpDir("anju-fill-pane-");

beforeAll(async () => {
  ensureDist();
  server = await serveDist();
  narrow = await launch(server.origin, { width: 320, height: 900 });
}, 600_000);

afterAll(async () => {
  await narrow?.close();
  await server?.close();
});

test("the WPS pane fills the form sheet as anju fill does; formulas and other cells unchanged", async () => {
  const { paths } = await writeCityTownships(join(dir, "in"));
  const [formPath] = await writeFormSamples(join(dir, "forms"));
  const form = formPath as string;
  const township = paths.filter((p) => p.endsWith("戴窑镇.xlsx"));
  const run = runCli([
    "fill",
    form,
    ...township,
    "--out",
    join(dir, "filled.xlsx"),
    "--format",
    "json",
    "--today",
    localToday(),
  ]);
  expect(run.stderr).toBe("");
  const cli: FillReport = FillReportSchema.parse(JSON.parse(run.stdout));

  const bytes = new Uint8Array(readFileSync(form));
  const sheets = readXlsx(bytes).sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges }));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(form));
  const seeds: Record<string, { formulas: Record<string, string> }> = {};
  for (const [sheet, cells] of formulaCells(bytes)) {
    const ws = book.getWorksheet(sheet);
    seeds[sheet] = { formulas: Object.fromEntries([...cells].map((c) => [c, `=${ws?.getCell(c).formula}`])) };
  }
  const formSheet = sheets[0]?.name as string;
  expect(cli.filled.every((f) => f.sheet === formSheet)).toBe(true);
  const formulas = Object.keys(seeds[formSheet]?.formulas ?? {}).sort();
  expect(formulas.length).toBeGreaterThan(0);

  const page: Page = await wpsPage(narrow, { sheets, seeds, errors });
  await page.goto(`${server.origin}/wps/taskpane.html`);
  await page.getByRole("button", { name: "校验全部工作表", exact: true }).waitFor({ timeout: 60_000 });
  const valuesOf = (name: string) =>
    page.evaluate(
      (n) =>
        (window as unknown as { __anjuEt: { values(s: string): Record<string, unknown> } }).__anjuEt.values(
          n,
        ),
      name,
    );
  const formulasOf = (name: string) =>
    page.evaluate((n) => {
      const fake = (
        window as unknown as {
          __anjuEt: { fake: { sheet(s: string): { cells: Map<number, { formula?: string }> } } };
        }
      ).__anjuEt.fake;
      const out: Array<[number, string]> = [];
      fake.sheet(n).cells.forEach((c, k) => {
        if (c.formula !== undefined) out.push([k, c.formula]);
      });
      return out;
    }, name);
  const before = await valuesOf(formSheet);
  const formulasBefore = await formulasOf(formSheet);
  expect(formulasBefore).toHaveLength(formulas.length);
  const others = await Promise.all(sheets.slice(1).map((s) => valuesOf(s.name)));

  await page.locator('[data-testid="fill-form"] summary').click();
  await page.locator('[data-testid="fill-input"]').setInputFiles(township);
  await page.locator('[data-testid="fill-result"]').waitFor({ timeout: 60_000 });

  const rows = new Set(cli.filled.map((f) => f.cell.replace(/^[A-Z]+/, ""))).size;
  expect(await page.locator('[data-testid="fill-done"]').innerText()).toBe(
    `已在“${formSheet}”中填写 ${cli.filled.length} 个单元格（${rows} 行）。`,
  );
  const after = await valuesOf(formSheet);
  const expected: Record<string, unknown> = { ...before };
  for (const f of cli.filled) expected[f.cell] = f.value;
  expect(after).toEqual(expected);
  expect(await formulasOf(formSheet)).toEqual(formulasBefore);
  expect(await Promise.all(sheets.slice(1).map((s) => valuesOf(s.name)))).toEqual(others);

  const unmatched = await page.locator('[data-testid="fill-unmatched-rows"] li').allInnerTexts();
  expect(unmatched).toEqual(cli.unmatched.rows.map((r) => `${r.sheet} 第 ${r.row} 行 ${r.name}`));
  const labels = await page.locator('[data-testid="fill-unmatched-labels"] li').allInnerTexts();
  expect(labels.map((l) => l.replace(/\s+/g, " "))).toEqual(
    cli.unmatched.labels.map((l) => `${l.cell} ${l.text}`),
  );
  await page.screenshot({ path: screenshotPath("wps-pane-fill-320.png"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(
    await page.evaluate(() =>
      (window as unknown as { __anjuEt: { unemulated(): string[] } }).__anjuEt.unemulated(),
    ),
  ).toEqual([]);
  expect(errors).toEqual([]);
}, 180_000);

test("the Excel pane (ExcelApi 1.18) fills the form sheet as anju fill does; formulas and other cells unchanged", async () => {
  const { paths } = await writeCityTownships(join(dir, "in-excel"));
  const [formPath] = await writeFormSamples(join(dir, "forms-excel"));
  const form = formPath as string;
  const township = paths.filter((p) => p.endsWith("戴窑镇.xlsx"));
  const run = runCli([
    "fill",
    form,
    ...township,
    "--out",
    join(dir, "filled-excel.xlsx"),
    "--format",
    "json",
    "--today",
    localToday(),
  ]);
  expect(run.stderr).toBe("");
  const cli: FillReport = FillReportSchema.parse(JSON.parse(run.stdout));
  const bytes = new Uint8Array(readFileSync(form));
  const sheets = readXlsx(bytes).sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges }));
  const formSheet = sheets[0]?.name as string;
  const formulas = [...(formulaCells(bytes).get(formSheet) ?? [])];
  expect(formulas.length).toBeGreaterThan(0);

  const page: Page = await excelPage(narrow, { sheets, errors });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole("button", { name: "校验全部工作表", exact: true }).waitFor({ timeout: 60_000 });
  type Cells = Map<number, { value: unknown; formula?: string }>;
  type Win = {
    __anju: { fake: { sheet(n: string): { cells: Cells; at(r: number, c: number): { formula?: string } } } };
  };
  // The form's formula cells, as Excel holds them (the fake shows "" as their value, as before a recalculation).
  await page.evaluate(
    ([name, cells]) => {
      const sheet = (window as unknown as Win).__anju.fake.sheet(name as string);
      for (const a of cells as string[]) {
        const m = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
        let col = 0;
        for (const ch of m[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
        sheet.at(Number(m[2]) - 1, col - 1).formula = `=SUM(${a})`;
      }
    },
    [formSheet, formulas] as const,
  );
  const snapshot = () =>
    page.evaluate((name) => {
      const out: Record<string, [unknown, string | null]> = {};
      (window as unknown as Win).__anju.fake.sheet(name).cells.forEach((c, k) => {
        if (c.value !== "" || c.formula !== undefined) out[String(k)] = [c.value, c.formula ?? null];
      });
      return out;
    }, formSheet);
  const before = await snapshot();
  await page.locator('[data-testid="fill-form"] summary').click();
  await page.locator('[data-testid="fill-input"]').setInputFiles(township);
  await page.locator('[data-testid="fill-result"]').waitFor({ timeout: 60_000 });
  const after = await snapshot();
  const expected = { ...before };
  const key = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
    let col = 0;
    for (const ch of m[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
    return (Number(m[2]) - 1) * 16384 + col - 1;
  };
  for (const f of cli.filled) expected[String(key(f.cell))] = [f.value, null];
  expect(after).toEqual(expected);
  const rows = new Set(cli.filled.map((f) => f.cell.replace(/^[A-Z]+/, ""))).size;
  expect(await page.locator('[data-testid="fill-done"]').innerText()).toBe(
    `已在“${formSheet}”中填写 ${cli.filled.length} 个单元格（${rows} 行）。`,
  );
  expect(errors).toEqual([]);
}, 180_000);
