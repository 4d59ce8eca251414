import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { CheckReportSchema, type CheckReport } from "../../src/engine/report";
import { runCli } from "../helpers/cli";
import { DIST, ROOT, ensureDist, launch, screenshotPath, tmpDir, type Browser } from "./helpers";

/**
 * The one-file offline page as a township clerk uses it: copied to a USB stick and double-clicked, i.e. opened
 * from file:// with no server at all. It must check a workbook, show its findings, hand out the annotated copy,
 * and make no request of any kind besides the page itself.
 */
const TODAY = "2024-07-15";
const FIXTURE = join(ROOT, "test", "fixtures", "sample-township.xlsx");

let browser: Browser;
let cli: CheckReport;
let page: Page;
const pageErrors: string[] = [];
const asked: string[] = [];

beforeAll(async () => {
  ensureDist();
  cli = CheckReportSchema.parse(
    JSON.parse(runCli(["check", FIXTURE, "--format", "json", "--today", TODAY]).stdout),
  );
  // The page is copied away from dist/, as onto a USB stick: nothing beside it to load.
  const stick = tmpDir("anju-usb-");
  const file = join(stick, "anju-offline.html");
  copyFileSync(join(DIST, "anju-offline.html"), file);
  const url = pathToFileURL(file);
  browser = await launch("file://", { width: 1360, height: 860 });
  page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("request", (r) => asked.push(r.url()));
  await page.goto(`${url.href}?today=${TODAY}`);
  await page.getByRole("button", { name: "选择工作簿文件" }).waitFor({ timeout: 60_000 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

test("from file://, it checks the sample workbook and shows the CLI's findings", async () => {
  await page.locator('[data-testid="file-input"]').setInputFiles(FIXTURE);
  const counts = page.locator('[data-testid="finding-counts"]');
  await counts.waitFor({ timeout: 60_000 });
  expect(Number(await counts.getAttribute("data-total"))).toBe(cli.findings.length);
  await page.getByRole("searchbox", { name: "搜索户主、单元格或说明" }).fill("张卫东");
  const row = page.locator('[data-finding="张庄村!J5,L5|RV-D-NOT-REBUILD"]');
  await row.waitFor();
  expect(await row.innerText()).toContain("处理意见应勾选“重建安置”");
  await page.getByRole("searchbox", { name: "搜索户主、单元格或说明" }).fill("");
  await page.waitForTimeout(300);
  const shot = screenshotPath("offline-findings.png");
  await page.screenshot({ path: shot });
  // The user guide embeds this picture (docs/images/offline-findings.png) when ANJU_UPDATE_DOCS=1.
  if (process.env.ANJU_UPDATE_DOCS === "1")
    copyFileSync(shot, join(ROOT, "docs", "images", "offline-findings.png"));
});

test("the annotated copy downloads from file:// with the marks of the findings", async () => {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载标注副本" }).click();
  const file = join(tmpDir("anju-offline-dl-"), "annotated.xlsx");
  await (await download).saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file));
  const fill = wb.getWorksheet("张庄村")?.getCell("J5").fill as ExcelJS.FillPattern | undefined;
  expect(fill?.fgColor?.argb).toBe("FFFFC7CE");
  expect(wb.getWorksheet("校验结果")?.rowCount).toBe(cli.findings.length + 1);
});

/** Waits until the list shows `n` findings (a new file's list: the counts differ from the last one's). */
async function total(p: Page, n: number): Promise<void> {
  await p.waitForFunction(
    (want) =>
      document.querySelector('[data-testid="finding-counts"]')?.getAttribute("data-total") === String(want),
    n,
    { timeout: 60_000 },
  );
}

test("from file://, a GBK .csv and an .xls are read too (SheetJS inlined), with the CLI's findings", async () => {
  const csv = join(ROOT, "test", "fixtures", "formats", "sample-township", "gb18030", "张庄村.csv");
  const want = CheckReportSchema.parse(
    JSON.parse(runCli(["check", csv, "--format", "json", "--today", TODAY]).stdout),
  );
  expect(want.findings.length).toBeGreaterThan(10);
  expect(want.findings.length).not.toBe(cli.findings.length);
  await page.locator('[data-testid="file-input"]').setInputFiles(csv);
  await total(page, want.findings.length);
  const xls = join(ROOT, "test", "fixtures", "formats", "sample-township.xls");
  await page.locator('[data-testid="file-input"]').setInputFiles(xls);
  await total(page, cli.findings.length);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载标注副本" }).click();
  const copy = await download;
  expect(copy.suggestedFilename()).toBe("sample-township.annotated.xlsx");
  const file = join(tmpDir("anju-offline-xls-"), "annotated.xlsx");
  await copy.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file));
  const fill = wb.getWorksheet("张庄村")?.getCell("J5").fill as ExcelJS.FillPattern | undefined;
  expect(fill?.fgColor?.argb).toBe("FFFFC7CE");
  expect(wb.getWorksheet("校验结果")?.rowCount).toBe(cli.findings.length + 1);
});

test("no request of any kind besides the page itself, and no page error", () => {
  expect(browser.outside).toEqual([]);
  const others = asked.filter(
    (u) => !/anju-offline\.html(\?|$)/.test(u) && !u.startsWith("blob:") && !u.startsWith("data:"),
  );
  expect(others).toEqual([]);
  expect(pageErrors).toEqual([]);
});
