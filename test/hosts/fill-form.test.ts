import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { CITY_TODAY, writeCityTownships } from "../../scripts/samples/city";
import { formSamples, writeFormSamples } from "../../scripts/samples/forms";
import { FillReportSchema, type FillReport } from "../../src/engine/forms";
import { a1 } from "../../src/engine/model/address";
import type { WorkbookData } from "../../src/engine/model/types";
import type { AnjuController, FillOutcome } from "../../src/hosts/controller";
import { createOfficeController } from "../../src/hosts/office";
import { createWpsController } from "../../src/hosts/wps";
import { formulaCells } from "../../src/workbook/fill";
import { readXlsx } from "../../src/workbook/read";
import { runCli } from "../helpers/cli";
import { FakeExcel } from "./office/fake-excel";
import { valuesOf } from "./office/helpers";
import { FakeEt } from "./wps/fake-et";

/**
 * 填写汇总表 in the task panes (SPEC §13, issue 21): the county's form open in Excel (Office.js fake) or WPS (ET
 * fake), its form sheet active, filled from the same township workbooks as `anju fill` gets: the pane fills
 * exactly the cells the CLI fills (its JSON `filled` list), with the same numbers; formula cells stay formulas;
 * every other cell and every other sheet is unchanged; unmatched rows and labels are the CLI's.
 */
const dir = mkdtempSync(join(tmpdir(), "anju-pane-fill-"));
const samples = formSamples();
const [y, m, d] = CITY_TODAY.split("-").map(Number) as [number, number, number];
const today = () => ({ y, m, d });
let inputs: string[];
let forms: string[];
const cli: FillReport[] = [];

beforeAll(async () => {
  ({ paths: inputs } = await writeCityTownships(join(dir, "in")));
  forms = await writeFormSamples(join(dir, "forms"));
  samples.forEach((sample, i) => {
    const out = join(dir, `filled-${i}.xlsx`);
    const run = runCli([
      "fill",
      forms[i] as string,
      ...filesOf(sample.level),
      "--out",
      out,
      "--format",
      "json",
      "--today",
      CITY_TODAY,
    ]);
    expect(run.stderr).toBe("");
    cli.push(FillReportSchema.parse(JSON.parse(run.stdout)));
  });
}, 120_000);

function filesOf(level: "township" | "city"): string[] {
  return level === "township" ? inputs.filter((p) => p.endsWith("戴窑镇.xlsx")) : inputs;
}

function picked(paths: readonly string[]): File[] {
  return paths.map((p) => new File([readFileSync(p)], basename(p)));
}

interface OpenForm {
  readonly workbook: WorkbookData;
  /** Sheet → A1 → formula text. */
  readonly formulas: Map<string, Map<string, string>>;
}

async function openForm(path: string): Promise<OpenForm> {
  const bytes = new Uint8Array(readFileSync(path));
  const workbook = readXlsx(bytes);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path));
  const formulas = new Map<string, Map<string, string>>();
  for (const [sheet, cells] of formulaCells(bytes)) {
    const ws = book.getWorksheet(sheet);
    const texts = new Map<string, string>();
    for (const cell of cells) {
      const f = ws?.getCell(cell).formula;
      texts.set(cell, `=${f ?? `SUM(${cell})`}`);
    }
    formulas.set(sheet, texts);
  }
  return { workbook, formulas };
}

/** The form sheet of each sample: the one sheet the CLI filled. */
function formSheet(report: FillReport): string {
  const sheets = [...new Set(report.filled.map((f) => f.sheet))];
  expect(sheets).toHaveLength(1);
  return sheets[0] as string;
}

function expectSameAsCli(outcome: FillOutcome, report: FillReport, sheet: string): void {
  expect(outcome.sheet).toBe(sheet);
  expect(outcome.report.filled).toEqual(report.filled.filter((f) => f.sheet === sheet));
  expect(outcome.report.unmatched.rows).toEqual(report.unmatched.rows.filter((r) => r.sheet === sheet));
  expect(outcome.report.unmatched.labels).toEqual(report.unmatched.labels.filter((l) => l.sheet === sheet));
  expect(outcome.report.filled.length).toBeGreaterThan(0);
  expect(outcome.rows).toBe(new Set(report.filled.map((f) => f.cell.replace(/^[A-Z]+/, ""))).size);
}

/** The form open in a fake Excel of ExcelApi 1.`api`, its form sheet active, filled from the CLI's files. */
async function fillInExcel(index: number, api: number) {
  const report = cli[index] as FillReport;
  const sheet = formSheet(report);
  const form = await openForm(forms[index] as string);
  const fake = new FakeExcel({ api });
  for (const s of form.workbook.sheets) {
    const model = fake.addSheet(s.name, s, { visibility: s.hidden ? "Hidden" : "Visible" });
    for (const [cell, f] of form.formulas.get(s.name) ?? []) {
      const p = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
      const col = [...(p[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const c = model.at(Number(p[2]) - 1, col);
      c.formula = f;
      c.value = f;
      c.type = "String";
    }
  }
  fake.activate(sheet);
  const before = new Map(fake.sheets.map((s) => [s.name, valuesOf(s)]));
  const notices: string[] = [];
  const controller = createOfficeController({
    env: fake.env(),
    today,
    debounceMs: 5,
    onNotice: (n) => notices.push(n.key),
  });
  const outcome = await (controller.fillForm as NonNullable<AnjuController["fillForm"]>)(
    picked(filesOf(samples[index]?.level ?? "city")),
  );
  return { report, sheet, form, fake, before, controller, outcome, notices };
}

describe.each(samples.map((s, i) => [s.file, i] as const))("填写汇总表 %s", (_file, index) => {
  test("ExcelApi 1.1: only cells anju fill fills, with its numbers (merged headers unread: maybe fewer)", async () => {
    const { report, sheet, fake, before, outcome, notices } = await fillInExcel(index, 1);
    expect(notices).toEqual(["officeFillNoMerges"]);
    const cli = new Map(report.filled.map((f) => [`${f.sheet}!${f.cell}`, f.value]));
    expect(outcome.report.filled.length).toBeGreaterThan(0);
    for (const f of outcome.report.filled) expect(cli.get(`${f.sheet}!${f.cell}`)).toBe(f.value);
    for (const s of fake.sheets) {
      const after = valuesOf(s);
      const was = before.get(s.name) ?? {};
      const expected: Record<string, unknown> = { ...was };
      if (s.name === sheet)
        for (const f of outcome.report.filled) expected[f.cell] = [f.value, "Double", null];
      expect(after).toEqual(expected);
    }
  });

  test.each([13, 18])(
    "Excel (ExcelApi 1.%i): the same cells and numbers as anju fill; formulas and everything else unchanged",
    async (api) => {
      const { report, sheet, form, fake, before, controller, outcome, notices } = await fillInExcel(
        index,
        api,
      );
      expect(notices).toEqual([]);
      expectSameAsCli(outcome, report, sheet);
      expect(controller.lastSyncs).toBeLessThanOrEqual(6);

      const written = new Map(outcome.report.filled.map((f) => [f.cell, f.value]));
      for (const s of fake.sheets) {
        const after = valuesOf(s);
        const was = before.get(s.name) ?? {};
        if (s.name !== sheet) {
          expect(after).toEqual(was);
          continue;
        }
        const expected: Record<string, unknown> = { ...was };
        for (const [cell, value] of written) expected[cell] = [value, "Double", null];
        expect(after).toEqual(expected);
        for (const cell of form.formulas.get(sheet)?.keys() ?? []) expect(after[cell]).toEqual(was[cell]);
      }
      for (const f of outcome.formulaCells) expect(form.formulas.get(sheet)?.has(f)).toBe(true);
    },
  );

  test("WPS: the same cells and numbers as anju fill; formulas and everything else unchanged", async () => {
    const report = cli[index] as FillReport;
    const sheet = formSheet(report);
    const form = await openForm(forms[index] as string);
    const fake = new FakeEt();
    for (const s of form.workbook.sheets) {
      fake.addSheet(s.name, s, {
        visible: s.hidden ? 0 : -1,
        formulas: Object.fromEntries(form.formulas.get(s.name) ?? []),
      });
    }
    fake.activeIndex = fake.sheets.findIndex((s) => s.name === sheet);
    const snapshot = () =>
      new Map(
        fake.sheets.map((s) => {
          const cells: Record<string, unknown> = {};
          for (const [k, c] of s.cells) {
            const addr = a1(Math.floor(k / 16384), k % 16384);
            if (c.value !== undefined || c.formula !== undefined || c.error !== undefined)
              cells[addr] = [c.value ?? null, c.formula ?? null, c.error ?? null];
          }
          return [s.name, cells];
        }),
      );
    const before = snapshot();
    const controller = createWpsController({ app: fake.app, today, debounceMs: 5 });
    const outcome = await (controller.fillForm as NonNullable<AnjuController["fillForm"]>)(
      picked(filesOf(samples[index]?.level ?? "city")),
    );
    expectSameAsCli(outcome, report, sheet);
    expect([...fake.unemulated]).toEqual([]);
    expect(fake.writesWhileUpdating).toBe(0);

    const after = snapshot();
    const written = new Map(outcome.report.filled.map((f) => [f.cell, f.value]));
    for (const [name, cells] of after) {
      const was = before.get(name) ?? {};
      if (name !== sheet) {
        expect(cells).toEqual(was);
        continue;
      }
      const expected: Record<string, unknown> = { ...was };
      for (const [cell, value] of written) expected[cell] = [value, null, null];
      expect(cells).toEqual(expected);
      for (const cell of form.formulas.get(sheet)?.keys() ?? []) expect(cells[cell]).toEqual(was[cell]);
    }
  });
});

test("no form header on the active sheet: fillNoForm, as anju fill; no township files: summaryNoTables", async () => {
  const fake = new FakeExcel();
  fake.addSheet("说明", { rows: [["本表为说明"], ["无统计项"]], merges: [] });
  const controller = createOfficeController({ env: fake.env(), today, debounceMs: 5 });
  const fill = controller.fillForm as NonNullable<AnjuController["fillForm"]>;
  await expect(fill(picked(inputs.slice(0, 1)))).rejects.toMatchObject({
    key: "fillNoForm",
    params: { file: "说明" },
  });
  await expect(fill([])).rejects.toMatchObject({ key: "paneFillNoFiles" });

  const formFake = new FakeExcel();
  const form = await openForm(forms[0] as string);
  for (const s of form.workbook.sheets) formFake.addSheet(s.name, s);
  formFake.activate(formSheet(cli[0] as FillReport));
  const c2 = createOfficeController({ env: formFake.env(), today, debounceMs: 5 });
  // A workbook with no 回访表 or 台账 picked as the township file.
  const notes = new ExcelJS.Workbook();
  notes.addWorksheet("说明").addRow(["本工作簿只有说明"]);
  const path = join(dir, "说明.xlsx");
  await notes.xlsx.writeFile(path);
  await expect(
    (c2.fillForm as NonNullable<AnjuController["fillForm"]>)(picked([path])),
  ).rejects.toMatchObject({ key: "summaryNoTables" });
  expect(valuesOf(formFake.sheet(formSheet(cli[0] as FillReport)))).toEqual(
    valuesOf(
      new FakeExcel().addSheet(
        "x",
        form.workbook.sheets.find((s) => s.name === formSheet(cli[0] as FillReport)),
      ),
    ),
  );
});
