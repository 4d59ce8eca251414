/**
 * Stands in for office.js in test/browser/taskpane-excel.test.ts: the `Office` and `Excel` globals of a task pane
 * inside Excel, backed by the Office host's in-memory fake (test/hosts/office/fake-excel.ts) holding the sheets
 * the test put in `window.__ANJU_SHEETS__`. Bundled for the browser by the test; never part of dist/.
 */
import type { SheetData } from "../../src/engine/model/types";
import { FakeExcel } from "../hosts/office/fake-excel";

interface FakeWindow {
  __ANJU_SHEETS__?: Array<Pick<SheetData, "name" | "rows" | "merges">>;
  /** The ExcelApi minor version the fake answers to (1 = Office 2016, 8 = Office 2019); 18 when absent. */
  __ANJU_API__?: number;
  __anju?: {
    fake: FakeExcel;
    activeSheet(): string | undefined;
    fills(sheet: string): Record<string, string>;
  };
  Office?: unknown;
  Excel?: unknown;
}

const w = window as unknown as FakeWindow;
const fake = new FakeExcel({
  api: w.__ANJU_API__ ?? 18,
  url: "https://example.test/乡镇/sample-township.xlsx",
});
for (const sheet of w.__ANJU_SHEETS__ ?? []) fake.addSheet(sheet.name, sheet);
const env = fake.env();
const columnLetter = (c: number): string =>
  (c >= 26 ? columnLetter(Math.floor(c / 26) - 1) : "") + String.fromCharCode(65 + (c % 26));

w.Excel = { run: env.run };
w.Office = {
  HostType: { Excel: "Excel" },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "PC" };
    setTimeout(() => callback?.(info), 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: "zh-CN",
    requirements: { isSetSupported: env.isSetSupported },
    // Office.Settings: loaded from the document when the add-in starts, saved into it by saveAsync.
    document: { url: fake.url, mode: "readWrite", settings: fake.documentSettings?.load() },
  },
};
w.__anju = {
  fake,
  activeSheet: () => fake.find(fake.activeId)?.name,
  fills(name) {
    const out: Record<string, string> = {};
    const sheet = fake.sheet(name);
    for (const [k, c] of sheet.cells) {
      if (!c.fill) continue;
      const row = Math.floor(k / 16_384);
      out[`${columnLetter(k % 16_384)}${row + 1}`] = c.fill.color.toUpperCase();
    }
    return out;
  },
};
