import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { CheckReportSchema, type CheckReport } from "../../src/engine/report";
import { runCli } from "../helpers/cli";
import { excelPage, FILL, FIXTURE, localToday, officeFills, worstSeverity } from "./fake-hosts";
import { DIST, ensureDist, launch, serveDist, tmpDir, type Browser, type StaticServer } from "./helpers";
import { IE11_SCRIPT, IE11_UA } from "./ie11-env";

/**
 * The built pages as Internet Explorer 11 runs them (Office 2016/2019's webview, SPEC §7): Chromium with IE11's
 * user agent and, before any page script runs, the built-ins IE11 lacks removed and IE11-like Map/Set/WeakMap in
 * place (ie11-env.ts; in the browser page's worker too). The task pane checks all sheets, marks and clears on the
 * Office fake at ExcelApi 1.1 (Office 2016) and 1.8 (Office 2019) with the CLI's findings; the browser page (its
 * worker) and the offline page (checking in the page) check the sample workbook and hand out the annotated copy.
 */
const TODAY = "2024-07-15";

let server: StaticServer;
let browser: Browser;
let cliToday: CheckReport;
let cliFixed: CheckReport;

/**
 * Makes `p` IE11 to its scripts: its user agent, and IE11's gaps made before any page script (after the init
 * scripts already added, such as the Office fake). `served`: the browser page's worker starts with IE11's
 * built-ins too (file:// has no worker).
 */
async function asIe11(p: Page, served = true): Promise<Page> {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send("Network.setUserAgentOverride", { userAgent: IE11_UA });
  await p.addInitScript(IE11_SCRIPT);
  if (served)
    await p.route("**/check-worker.*.js", async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: `${IE11_SCRIPT}\n${await response.text()}` });
    });
  return p;
}

/** A page of `b` that is IE11 to its scripts, `before` run first; `errors` collects page errors. */
async function iePage(errors: string[], before: string[] = [], served = true, b = browser): Promise<Page> {
  const p = await b.context.newPage();
  p.on("pageerror", (e) => errors.push(e.message));
  for (const script of before) await p.addInitScript(script);
  return asIe11(p, served);
}

/** What the page's scripts see after loading: IE11's gaps, refilled by the page's own polyfills. */
function environment(p: Page) {
  return p.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      ie11Env: w["__ie11Env"] === true,
      ua: navigator.userAgent,
      // Replaced by the page's own polyfills (core-js), not Chromium's.
      nativePromise: w["Promise"] === (w["__ie11Natives"] as Record<string, unknown>)["Promise"],
      nativeMap: w["Map"] === (w["__ie11Natives"] as Record<string, unknown>)["Map"],
      normalize: typeof (String.prototype as unknown as Record<string, unknown>)["normalize"],
      textDecoder: typeof w["TextDecoder"],
    };
  });
}

beforeAll(async () => {
  ensureDist();
  const report = (today: string) =>
    CheckReportSchema.parse(
      JSON.parse(runCli(["check", FIXTURE, "--format", "json", "--today", today]).stdout),
    );
  cliToday = report(localToday());
  cliFixed = report(TODAY);
  server = await serveDist();
  browser = await launch(server.origin, { width: 400, height: 860 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each([
  [1, "Office 2016"],
  [8, "Office 2019"],
])("the task pane at ExcelApi 1.%i (%s)", (api) => {
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    // office.js is the Office fake (fake-hosts.ts), installed with the sheets and the API level before IE11's gaps
    // are made; like the real office.js, it keeps the built-ins it was loaded with.
    page = await asIe11(await excelPage(browser, { api, errors }));
    await page.goto(`${server.origin}/taskpane.html`);
  }, 120_000);

  afterAll(async () => {
    await page?.close();
  });

  test("runs in IE11's environment: the buttons are there and enabled, no notice that it cannot run", async () => {
    const check = page.getByRole("button", { name: "校验全部工作表", exact: true });
    await check.waitFor({ timeout: 60_000 });
    expect(await check.isDisabled()).toBe(false);
    const env = await environment(page);
    expect(env).toEqual({
      ie11Env: true,
      ua: IE11_UA,
      nativePromise: false,
      nativeMap: false,
      normalize: "undefined",
      textDecoder: "function",
    });
    expect(await page.getByText("Internet Explorer").count()).toBe(0);
  });

  test("校验全部工作表 finds what the CLI finds and marks every cell by worst severity", async () => {
    await page.getByRole("button", { name: "校验全部工作表", exact: true }).click();
    const counts = page.locator('[data-testid="finding-counts"]');
    await counts.waitFor({ timeout: 60_000 });
    expect(Number(await counts.getAttribute("data-total"))).toBe(cliToday.findings.length);
    for (const [sheet, cells] of worstSeverity(cliToday.findings)) {
      const got = await officeFills(page, sheet);
      expect([sheet, Object.fromEntries([...cells].map(([c]) => [c, got[c]]))]).toEqual([
        sheet,
        Object.fromEntries([...cells].map(([c, s]) => [c, FILL[s]])),
      ]);
    }
    // Neither Office 2016 nor 2019 has notes or comments: the findings are in the 校验结果 sheet.
    const sheets = await page.evaluate(() =>
      (window as unknown as { __anju: { fake: { sheets: Array<{ name: string }> } } }).__anju.fake.sheets.map(
        (s) => s.name,
      ),
    );
    expect(sheets).toContain("校验结果");
  });

  test(`live re-check: ${api < 7 ? "the pane says once that it needs a newer Excel" : "no such notice"}`, async () => {
    const notice = page.getByText("不支持修改后自动复查");
    if (api < 7) {
      await notice.first().waitFor();
      expect(await notice.count()).toBe(1);
    } else {
      await page.waitForTimeout(300);
      expect(await notice.count()).toBe(0);
    }
  });

  test("清除标记 restores every fill; no page error", async () => {
    await page.getByRole("button", { name: "清除标记", exact: true }).click();
    await page.getByText("已清除标记。").waitFor({ timeout: 30_000 });
    for (const sheet of new Set(cliToday.findings.map((f) => f.sheet)))
      expect(await officeFills(page, sheet)).toEqual({});
    expect(errors).toEqual([]);
  });
});

async function downloadedMarks(p: Page): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([
    p.waitForEvent("download"),
    p.locator('[data-testid="download-annotated"]').click(),
  ]);
  const file = join(tmpDir("anju-ie11-dl-"), "annotated.xlsx");
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file));
  return wb;
}

function expectAnnotated(wb: ExcelJS.Workbook): void {
  const fill = wb.getWorksheet("张庄村")?.getCell("J5").fill as ExcelJS.FillPattern | undefined;
  expect(fill?.fgColor?.argb).toBe("FFFFC7CE");
  expect(wb.getWorksheet("校验结果")?.rowCount).toBe(cliFixed.findings.length + 1);
}

test("the browser page checks the sample in its worker and offers the annotated copy", async () => {
  const errors: string[] = [];
  const p = await iePage(errors);
  const workers: string[] = [];
  p.on("worker", (w) => workers.push(w.url()));
  await p.goto(`${server.origin}/web.html?today=${TODAY}`);
  await p.getByRole("button", { name: "选择工作簿文件" }).waitFor({ timeout: 60_000 });
  await p.locator('[data-testid="file-input"]').setInputFiles(FIXTURE);
  const counts = p.locator('[data-testid="finding-counts"]');
  await counts.waitFor({ timeout: 60_000 });
  expect(Number(await counts.getAttribute("data-total"))).toBe(cliFixed.findings.length);
  expect(workers.some((u) => /check-worker\.[0-9a-f]+\.js$/.test(u))).toBe(true);
  expect((await environment(p)).normalize).toBe("undefined");
  expectAnnotated(await downloadedMarks(p));
  expect(errors).toEqual([]);
  await p.close();
});

/**
 * IE11 has no `download` attribute on links but navigator.msSaveOrOpenBlob: this stand-in keeps what it is given
 * (read back as base64 with FileReader, which IE11 has).
 */
const MS_SAVE = `(function () {
  delete HTMLAnchorElement.prototype.download;
  navigator.msSaveOrOpenBlob = function (blob, name) {
    var reader = new FileReader();
    reader.onload = function () {
      window.__msSaved = { name: name, type: blob.type, dataUrl: String(reader.result) };
    };
    reader.readAsDataURL(blob);
    return true;
  };
})();`;

test("the offline page, opened from file://, checks the sample in the page and saves the annotated copy through msSaveOrOpenBlob", async () => {
  const stick = tmpDir("anju-ie11-usb-");
  const file = join(stick, "anju-offline.html");
  copyFileSync(join(DIST, "anju-offline.html"), file);
  const errors: string[] = [];
  // A browser of its own that lets file:// through (the shared one allows only the test server).
  const fileBrowser = await launch("file://", { width: 1360, height: 860 });
  const p = await iePage(errors, [MS_SAVE], false, fileBrowser);
  await p.goto(`${pathToFileURL(file).href}?today=${TODAY}`);
  await p.getByRole("button", { name: "选择工作簿文件" }).waitFor({ timeout: 60_000 });
  await p.locator('[data-testid="file-input"]').setInputFiles(FIXTURE);
  const counts = p.locator('[data-testid="finding-counts"]');
  await counts.waitFor({ timeout: 60_000 });
  expect(Number(await counts.getAttribute("data-total"))).toBe(cliFixed.findings.length);
  expect((await environment(p)).ie11Env).toBe(true);
  await p.locator('[data-testid="download-annotated"]').click();
  // Polled with evaluate: waitForFunction builds Playwright's selector engine from the page's Map, which this
  // IE11-like page has replaced by one without iterators.
  for (let i = 0; i < 600 && !(await p.evaluate(() => "__msSaved" in window)); i++)
    await p.waitForTimeout(100);
  const saved = await p.evaluate(
    () => (window as unknown as { __msSaved: { name: string; type: string; dataUrl: string } }).__msSaved,
  );
  expect(saved.name).toBe("sample-township.annotated.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(saved.dataUrl.slice(saved.dataUrl.indexOf(",") + 1), "base64"));
  expectAnnotated(wb);
  expect(errors).toEqual([]);
  await fileBrowser.close();
});
