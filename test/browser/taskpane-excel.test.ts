import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import webpack from "webpack";
import { CheckReportSchema, type CheckReport } from "../../src/engine/report";
import { readXlsx } from "../../src/workbook/read";
import { ROOT, runCli } from "../helpers/cli";
import { ensureDist, launch, screenshotPath, serveDist, type Browser, type StaticServer } from "./helpers";

/**
 * The built task pane (dist/taskpane.html) as if inside Excel: office.js is answered with a bundle of the Office
 * host's in-memory Excel fake (office-fake-entry.ts) holding the sample township's sheets. The pane must load the
 * Office controller, check, mark the fake's cells, select a finding's sheet, and clear the marks again.
 */
const FIXTURE = join(ROOT, "test", "fixtures", "sample-township.xlsx");
const OUT = join(ROOT, "test", "tmp", "office-fake");
const FILL = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;
const RANK = { error: 3, warning: 2, info: 1 } as const;

let server: StaticServer;
let browser: Browser;
let page: Page;
let cli: CheckReport;
const errors: string[] = [];

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function bundleFake(): Promise<string> {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry: join(__dirname, "office-fake-entry.ts"),
        output: { path: OUT, filename: "office-fake.js" },
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
        else resolve(readFileSync(join(OUT, "office-fake.js"), "utf8"));
      },
    );
  });
}

const fills = (p: Page, sheet: string) =>
  p.evaluate(
    (name) =>
      (window as unknown as { __anju: { fills(n: string): Record<string, string> } }).__anju.fills(name),
    sheet,
  );

beforeAll(async () => {
  ensureDist();
  const fakeJs = await bundleFake();
  const sheets = readXlsx(new Uint8Array(readFileSync(FIXTURE))).sheets.map((s) => ({
    name: s.name,
    rows: s.rows,
    merges: s.merges,
  }));
  cli = CheckReportSchema.parse(
    JSON.parse(runCli(["check", FIXTURE, "--format", "json", "--today", localToday()]).stdout),
  );
  server = await serveDist();
  browser = await launch(server.origin, { width: 400, height: 860 });
  page = await browser.context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript((json) => {
    (window as unknown as { __ANJU_SHEETS__: unknown }).__ANJU_SHEETS__ = JSON.parse(json);
  }, JSON.stringify(sheets));
  await page.route("**/office.js", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: fakeJs }),
  );
  await page.goto(`${server.origin}/taskpane.html`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("inside Excel the pane loads the Office controller: the six buttons are enabled", async () => {
  for (const name of [
    "校验当前工作表",
    "校验全部工作表",
    "清除标记",
    "生成乡镇汇总",
    "生成市级汇总",
    "抽查样本",
  ]) {
    const button = page.getByRole("button", { name, exact: true });
    await button.waitFor();
    expect([name, await button.isDisabled()]).toEqual([name, false]);
  }
  expect(await page.locator('[data-testid="outside-excel"]').count()).toBe(0);
});

test("校验全部工作表 lists the CLI's findings and marks the cells in Excel by worst severity", async () => {
  await page.getByRole("button", { name: "校验全部工作表" }).click();
  const counts = page.locator('[data-testid="finding-counts"]');
  await counts.waitFor({ timeout: 60_000 });
  expect(Number(await counts.getAttribute("data-total"))).toBe(cli.findings.length);
  const want = new Map<string, Map<string, keyof typeof FILL>>();
  for (const f of cli.findings) {
    let sheet = want.get(f.sheet);
    if (!sheet) want.set(f.sheet, (sheet = new Map()));
    for (const c of f.cells) {
      const had = sheet.get(c);
      if (!had || RANK[f.severity] > RANK[had]) sheet.set(c, f.severity);
    }
  }
  for (const [sheet, cells] of want) {
    const got = await fills(page, sheet);
    expect(Object.fromEntries([...cells].map(([c]) => [c, got[c]]))).toEqual(
      Object.fromEntries([...cells].map(([c, s]) => [c, FILL[s]])),
    );
  }
  await page.waitForTimeout(600);
  await page.screenshot({ path: screenshotPath("taskpane-in-excel.png") });
});

test("clicking a finding on another sheet activates that sheet in Excel", async () => {
  await page.getByRole("searchbox").fill("RV-REVISIT-DATE 李家村");
  await page.locator('[data-finding="李家村!H13|RV-REVISIT-DATE"]').click();
  await page.waitForFunction(
    () => (window as unknown as { __anju: { activeSheet(): string } }).__anju.activeSheet() === "李家村",
  );
});

test("清除标记 restores every fill", async () => {
  await page.getByRole("button", { name: "清除标记" }).click();
  await page.getByText("已清除标记。").waitFor();
  for (const sheet of ["张庄村", "李家村", "王庄社区"]) expect(await fills(page, sheet)).toEqual({});
  expect(errors).toEqual([]);
  expect(browser.outside).toEqual([]);
});
