import { errorText } from "../../../src/engine/errors";
import { buildSampleTownship } from "../../../scripts/samples/township";
import { checkWorkbook } from "../../../src/engine/check";
import {
  checkForSummary,
  drawSample,
  isSummarySheet,
  safeHousingRate,
  summarize,
  summarySheets,
  toSummaryReport,
  type SheetSpec,
} from "../../../src/engine/summary";
import { readXlsx } from "../../../src/workbook/read";
import { writeSummaryWorkbook } from "../../../src/workbook/summary";
import { TODAY } from "../../engine/rules/harness";
import { fakeFromXlsx } from "../contract/excel-load";
import { FakeExcel, type SheetModel } from "./fake-excel";
import { controllerOn, valuesOf } from "./helpers";

let bytes: Uint8Array;

beforeAll(async () => {
  bytes = new Uint8Array((await buildSampleTownship().workbook.xlsx.writeBuffer()) as ArrayBuffer);
});

/** The summary the CLI would write for the same workbook, from the engine alone. */
function expectedSpecs(level: "township" | "city", file: string, sample?: { percent: number; seed: number }) {
  const workbook = readXlsx(bytes);
  const names = workbook.sheets.map((s) => s.name).filter((n) => !isSummarySheet(n));
  const result = checkWorkbook(workbook, { today: TODAY, sheets: names });
  const summary = summarize([{ file, result }], level, { today: TODAY });
  const safeHousing = safeHousingRate(summary);
  const drawn = sample ? drawSample(summary.households, sample) : undefined;
  const extras = { safeHousing, ...(drawn ? { sample: drawn } : {}) };
  return { sheets: summarySheets(summary, extras), json: toSummaryReport(summary, extras) };
}

/** A sheet's cells as the spec says they are written (links show their text). */
function specValues(spec: SheetSpec): Record<string, unknown> {
  const fake = new FakeExcel();
  const sheet = fake.addSheet(spec.name);
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell && cell.value !== null && cell.value !== "") {
        sheet.at(r, c).numberFormat = "@";
        sheet.setValue(r, c, cell.value);
      }
    }),
  );
  return valuesOf(sheet);
}

/** Values with HYPERLINK formulas (ExcelApi < 1.7) shown as the text they display. */
function shown(sheet: SheetModel): Record<string, unknown> {
  const out = valuesOf(sheet);
  for (const [k, v] of Object.entries(out)) {
    const formula = (v as unknown[])[2];
    if (typeof formula === "string") {
      const text = /,"((?:[^"]|"")*)"\)$/.exec(formula)?.[1]?.replace(/""/g, '"') ?? "";
      out[k] = [text, "String", null];
    }
  }
  return out;
}

describe.each([18, 7, 1])("ExcelApi 1.%i", (api) => {
  test("生成乡镇汇总 writes the township sheets into the workbook, and a re-run replaces only them", async () => {
    const fake = await fakeFromXlsx(bytes, new FakeExcel({ api }));
    fake.addSheet("备注", { rows: [["自己的备注"]], merges: [] });
    const before = Object.fromEntries(fake.sheets.map((s) => [s.name, valuesOf(s)]));
    const controller = controllerOn(fake);
    const preview = await controller.townshipSummary();
    const expected = expectedSpecs("township", "戴窑镇.xlsx");
    expect(preview.sheets).toEqual(expected.sheets.map((s) => s.name));
    expect(preview.json).toEqual(expected.json);
    for (const spec of expected.sheets)
      expect([spec.name, shown(fake.sheet(spec.name))]).toEqual([spec.name, specValues(spec)]);
    // Links from the statistics to the consolidated table, as hyperlinks or (before 1.7) HYPERLINK formulas.
    const stats = fake.sheet("统计");
    const linked = [...stats.cells.values()].filter(
      (c) => c.hyperlink !== undefined || c.formula !== undefined,
    );
    expect(linked.length).toBeGreaterThan(0);
    expect(controller.lastSyncs).toBeLessThanOrEqual(10);

    await controller.townshipSummary();
    const names = fake.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("_anju_old"))).toEqual([]);
    for (const spec of expected.sheets) expect(names.filter((n) => n === spec.name)).toHaveLength(1);
    for (const [name, values] of Object.entries(before))
      expect([name, valuesOf(fake.sheet(name))]).toEqual([name, values]);
    expect(fake.find(fake.activeId)?.name).toBe("统计");
  });

  test("抽查样本 writes only the sample sheet, the same for the same seed", async () => {
    const fake = await fakeFromXlsx(bytes, new FakeExcel({ api }));
    const controller = controllerOn(fake);
    const preview = await controller.sample(50, 20240701);
    expect(preview.sheets).toEqual(["抽查样本"]);
    const spec = expectedSpecs("township", "戴窑镇.xlsx", { percent: 50, seed: 20240701 }).sheets.find(
      (s) => s.name === "抽查样本",
    ) as SheetSpec;
    expect(shown(fake.sheet("抽查样本"))).toEqual(specValues(spec));
    expect(fake.find("统计")).toBeUndefined();
    const first = valuesOf(fake.sheet("抽查样本"));
    await controller.sample(50, 20240701);
    expect(valuesOf(fake.sheet("抽查样本"))).toEqual(first);
    expect(errorText(await controller.sample(0, 1).catch((e: unknown) => e), "zh-CN")).toContain(
      "抽查比例应为",
    );
  });
});

test("生成市级汇总 reads the picked township workbooks in memory and writes the city summary", async () => {
  const fake = new FakeExcel({ api: 18 });
  fake.addSheet("Sheet1");
  const file = { name: "戴窑镇.xlsx", arrayBuffer: async () => bytes.slice().buffer } as unknown as File;
  const controller = controllerOn(fake);
  const preview = await controller.citySummary([file]);
  const expected = expectedSpecs("city", "戴窑镇.xlsx");
  expect(preview.sheets).toEqual(expected.sheets.map((s) => s.name));
  expect(preview.json).toEqual(expected.json);
  for (const spec of expected.sheets) expect(shown(fake.sheet(spec.name))).toEqual(specValues(spec));
  const broken = {
    name: "坏.xlsx",
    arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer,
  } as unknown as File;
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => "resolved",
      (e: unknown) => errorText(e, "zh-CN"),
    );
  expect(await failure(controller.citySummary([broken]))).toMatch(/“坏.xlsx”无法读取/);
  expect(await failure(controller.citySummary([]))).toContain("请先选择至少一个乡镇汇总工作簿");
});

test("生成市级汇总 from a township's own summary workbook reads its 乡镇汇总, as anju summarize does", async () => {
  const township = summarize(
    [{ file: "戴窑镇.xlsx", result: checkWorkbook(readXlsx(bytes), { today: TODAY }) }],
    "township",
    {
      today: TODAY,
    },
  );
  const sent = await writeSummaryWorkbook(undefined, summarySheets(township), isSummarySheet);
  const file = { name: "戴窑镇-汇总.xlsx", arrayBuffer: async () => sent.slice().buffer } as unknown as File;
  const fake = new FakeExcel({ api: 18 });
  fake.addSheet("Sheet1");
  const preview = await controllerOn(fake).citySummary([file]);
  // The same figures as the engine gives for that summary workbook (the CLI and the browser page use it too).
  const { result, fromSummary } = checkForSummary(readXlsx(sent), { today: TODAY });
  expect(fromSummary).toBe(true);
  const city = summarize([{ file: "戴窑镇-汇总.xlsx", result, fromSummary }], "city", { today: TODAY });
  expect(preview.json).toEqual(toSummaryReport(city, { safeHousing: safeHousingRate(city) }));
  expect((preview.json as { total: { households: number } }).total.households).toBe(31);
});
