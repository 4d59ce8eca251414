import {
  checkForSummary,
  isSummarySheet,
  summarizeCity,
  summarizeTownship,
  summarySheets,
  type SummaryInput,
} from "../../../src/engine/summary";
import { readXlsx } from "../../../src/workbook/read";
import { writeSummaryWorkbook } from "../../../src/workbook/summary";
import { figuresOnly, townshipFigures } from "./intended";
import { inputsOf, loadCityTownships, today, type Loaded } from "./load";

let loaded: Loaded;
beforeAll(async () => {
  loaded = await loadCityTownships();
});

describe("a township's summary workbook sent up to the city", () => {
  test("the city summary reads its 乡镇汇总 and gets every household figure of the township", async () => {
    const inputs: SummaryInput[] = [];
    for (const t of loaded.townships) {
      const s = summarizeTownship(inputsOf(loaded, t), { today });
      const bytes = await writeSummaryWorkbook(undefined, summarySheets(s), isSummarySheet);
      const { result, fromSummary } = checkForSummary(readXlsx(bytes), { today });
      expect(fromSummary).toBe(true);
      inputs.push({ file: `${t.township}-汇总.xlsx`, result, fromSummary });
    }
    const city = summarizeCity(inputs, { today });
    for (const g of city.groups) {
      const t = loaded.townships.find((x) => x.township === g.name);
      expect(t).toBeDefined();
      if (!t) continue;
      const want = townshipFigures(t);
      // Errors and warnings are those of the consolidated sheet (a village's own meta row is not in it).
      const { errors: _e, warnings: _w, ...got } = figuresOnly(g);
      const { errors: _e2, warnings: _w2, ...expected } = want;
      expect(got).toEqual(expected);
      expect(g.city).toBe(t.city);
    }
    expect(city.groups).toHaveLength(loaded.townships.length);
  });

  test("a workbook with village tables is read from them, its summary sheets skipped", async () => {
    const t = loaded.townships[0];
    if (!t) throw new Error("no township");
    const s = summarizeTownship(inputsOf(loaded, t), { today });
    // The township's own workbook with its summary written into it: counted once, not twice.
    const source = loaded.paths.find((p) => p.endsWith(t.files[0]?.file ?? "?")) as string;
    const { readFileSync } = await import("node:fs");
    const original = new Uint8Array(readFileSync(source));
    const both = await writeSummaryWorkbook(original, summarySheets(s), isSummarySheet);
    const { result, fromSummary } = checkForSummary(readXlsx(both), { today });
    expect(fromSummary).toBe(false);
    expect(result.tables.map((x) => x.info.sheet)).toEqual(t.files[0]?.villages.map((v) => v.name));
    const again = summarizeTownship([{ file: "x.xlsx", result }], { today });
    expect(figuresOnly(again.total)).toEqual(figuresOnly(s.total));
  });
});
