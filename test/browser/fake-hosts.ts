import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import webpack from "webpack";
import type { SheetData } from "../../src/engine/model/types";
import { readXlsx } from "../../src/workbook/read";
import type { SeedOptions } from "../hosts/wps/fake-et";
import { ROOT } from "../helpers/cli";
import type { Browser } from "./helpers";

/**
 * The built panes inside a fake host, for the browser tests: Excel (office-fake-entry.ts, the Office host's
 * in-memory fake standing in for office.js) and WPS 表格 (wps-fake-entry.ts, the ET fake as `Application`).
 *
 *   const page = await excelPage(browser, { api: 1, errors });      // Office 2016's ExcelApi 1.1
 *   await page.goto(`${server.origin}/taskpane.html`);
 *   expect(await officeFills(page, "张庄村")).toEqual(...);
 *
 * Each holds the sample township workbook unless told otherwise.
 */
export const FIXTURE = join(ROOT, "test", "fixtures", "sample-township.xlsx");
/** The mark fills as both fakes report them (`#RRGGBB`), by severity. */
export const FILL = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;
export type Severity = keyof typeof FILL;
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export type FakeSheet = Pick<SheetData, "name" | "rows" | "merges">;

/** A workbook's sheets as the fakes take them. */
export function fixtureSheets(file = FIXTURE): FakeSheet[] {
  return readXlsx(new Uint8Array(readFileSync(file))).sheets.map((s) => ({
    name: s.name,
    rows: s.rows,
    merges: s.merges,
  }));
}

/** Today on this machine (YYYY-MM-DD): a pane checks with the local date, so the CLI must be run with it too. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Each finding cell's worst severity, by sheet: the colour a marked workbook gives it. */
export function worstSeverity(
  findings: ReadonlyArray<{ sheet: string; cells: readonly string[]; severity: Severity }>,
): Map<string, Map<string, Severity>> {
  const want = new Map<string, Map<string, Severity>>();
  for (const f of findings) {
    let sheet = want.get(f.sheet);
    if (!sheet) want.set(f.sheet, (sheet = new Map()));
    for (const c of f.cells) {
      const had = sheet.get(c);
      if (!had || RANK[f.severity] > RANK[had]) sheet.set(c, f.severity);
    }
  }
  return want;
}

const bundles = new Map<string, Promise<string>>();

/** A fake host's entry bundled for the browser (once per test file), into test/tmp/<entry>/. */
function fakeBundle(entry: "office-fake-entry" | "wps-fake-entry"): Promise<string> {
  const out = join(ROOT, "test", "tmp", entry);
  const made =
    bundles.get(entry) ??
    new Promise<string>((resolve, reject) => {
      webpack(
        {
          mode: "development",
          devtool: false,
          target: "web",
          entry: join(__dirname, `${entry}.ts`),
          output: { path: out, filename: `${entry}.js` },
          resolve: { extensions: [".ts", ".js"] },
          module: {
            rules: [
              {
                test: /\.ts$/,
                exclude: /node_modules/,
                use: {
                  loader: "ts-loader",
                  options: { transpileOnly: true, configFile: join(ROOT, "tsconfig.json") },
                },
              },
            ],
          },
        },
        (err, stats) => {
          if (err || !stats || stats.hasErrors()) reject(err ?? new Error(stats?.toString("errors-only")));
          else resolve(readFileSync(join(out, `${entry}.js`), "utf8"));
        },
      );
    });
  bundles.set(entry, made);
  return made;
}

function newPage(browser: Browser, errors: string[] | undefined): Promise<Page> {
  return browser.context.newPage().then((page) => {
    if (errors) page.on("pageerror", (e) => errors.push(e.message));
    return page;
  });
}

export interface ExcelPageOptions {
  /** The ExcelApi 1.x the fake answers to: 1 = Office 2016, 8 = Office 2019; 18 (current Excel) by default. */
  readonly api?: number;
  /** The sheets the fake holds; the sample township's by default. */
  readonly sheets?: readonly FakeSheet[];
  /** Page errors are added here. */
  readonly errors?: string[];
}

/**
 * A new page inside Excel, not yet navigated: before any script of the page, `Office` and `Excel` are the Office
 * fake, and office.js is answered with an empty script. Like the real office.js (ES5, bringing its own), the fake
 * keeps the built-ins it was loaded with in a closure, out of reach of init scripts added after it (the IE11
 * environment) and of the page's polyfills.
 */
export async function excelPage(browser: Browser, options: ExcelPageOptions = {}): Promise<Page> {
  const fakeJs = await fakeBundle("office-fake-entry");
  const sheets = JSON.stringify(options.sheets ?? fixtureSheets());
  const page = await newPage(browser, options.errors);
  const natives = "Symbol, Map, Set, WeakMap, Promise, Reflect, Proxy";
  await page.addInitScript(`window.__ANJU_SHEETS__ = ${sheets}; window.__ANJU_API__ = ${options.api ?? 18};`);
  await page.addInitScript(`(function (${natives}) {\n${fakeJs}\n})(${natives});`);
  await page.route("**/office.js", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "/* the Office fake is in place */" }),
  );
  return page;
}

/** The Office fake's fills of a sheet: A1 address → `#RRGGBB`. */
export function officeFills(page: Page, sheet: string): Promise<Record<string, string>> {
  return page.evaluate(
    (name) =>
      (window as unknown as { __anju: { fills(n: string): Record<string, string> } }).__anju.fills(name),
    sheet,
  );
}

export interface WpsPageOptions {
  /** The sheets the ET fake holds; the sample township's by default. */
  readonly sheets?: readonly FakeSheet[];
  /** The clerk's own fills and comments, by sheet. */
  readonly seeds?: Readonly<Record<string, SeedOptions>>;
  /** Page errors are added here. */
  readonly errors?: string[];
}

/**
 * A new page inside WPS 表格, not yet navigated: before any script of the page, `window.Application` and
 * `wps.EtApplication()` are the ET fake (read it back through `window.__anjuEt`).
 */
export async function wpsPage(browser: Browser, options: WpsPageOptions = {}): Promise<Page> {
  const fakeJs = await fakeBundle("wps-fake-entry");
  const setup = JSON.stringify({ sheets: options.sheets ?? fixtureSheets(), seeds: options.seeds ?? {} });
  const page = await newPage(browser, options.errors);
  await page.addInitScript(`window.__ANJU_ET__ = ${setup};`);
  await page.addInitScript({ content: fakeJs });
  return page;
}

/** The task pane's buttons, the Excel and the WPS pane alike. */
export const PANE_BUTTONS = [
  "校验当前工作表",
  "校验全部工作表",
  "清除标记",
  "生成乡镇汇总",
  "生成市级汇总",
  "抽查样本",
] as const;

/** Waits for each of the pane's buttons to show; returns the names of those disabled (none when it is ready). */
export async function disabledPaneButtons(page: Page, timeout = 60_000): Promise<string[]> {
  const disabled: string[] = [];
  for (const name of PANE_BUTTONS) {
    const button = page.getByRole("button", { name, exact: true });
    await button.waitFor({ timeout });
    if (await button.isDisabled()) disabled.push(name);
  }
  return disabled;
}
