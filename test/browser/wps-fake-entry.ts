/**
 * Stands in for WPS 表格 in test/browser/taskpane-wps.test.ts: `window.Application` and `wps.EtApplication()` as
 * WPS defines them in an add-in's pages, backed by the ET fake (test/hosts/wps/fake-et.ts) holding the sheets,
 * fills and comments the test put in `window.__ANJU_ET__`. Bundled for the browser by the test; never in dist/.
 */
import type { SheetData } from "../../src/engine/model/types";
import { FakeEt, type SeedOptions } from "../hosts/wps/fake-et";
import type { Fill } from "../hosts/wps/fake-sheet";

interface FakeWindow {
  __ANJU_ET__?: {
    sheets: Array<Pick<SheetData, "name" | "rows" | "merges">>;
    seeds: Record<string, SeedOptions>;
    errorMode?: "scode" | "cverr" | "text";
  };
  __anjuEt?: {
    fake: FakeEt;
    fills(sheet: string): Record<string, string>;
    rawFills(sheet: string): Record<string, Fill>;
    comments(sheet: string): Record<string, string>;
    values(sheet: string): Record<string, unknown>;
    sheets(): string[];
    active(): string | undefined;
    unemulated(): string[];
    panes(): Array<{ url: string; id: number; visible: boolean }>;
    storage(key: string): unknown;
  };
  Application?: unknown;
  wps?: unknown;
}

const w = window as unknown as FakeWindow;
const setup = w.__ANJU_ET__ ?? { sheets: [], seeds: {} };
const fake = new FakeEt({ errorMode: setup.errorMode ?? "scode" });
for (const sheet of setup.sheets) fake.addSheet(sheet.name, sheet, setup.seeds[sheet.name] ?? {});
w.Application = fake.app;
w.wps = fake.wpsGlobal();
w.__anjuEt = {
  fake,
  fills: (name) => fake.sheet(name).fills(),
  rawFills: (name) => fake.sheet(name).rawFills(),
  comments: (name) => fake.sheet(name).comments(),
  values: (name) => fake.sheet(name).values(),
  sheets: () => fake.sheets.map((s) => s.name),
  active: () => fake.sheets[fake.activeIndex]?.name,
  unemulated: () => [...fake.unemulated],
  panes: () => fake.panes.map((p) => ({ url: p.url, id: p.pane.ID, visible: p.pane.Visible })),
  storage: (key) => fake.storage.get(key),
};
