import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { checkWorkbook } from "../../src/engine/check";
import { templateSheet } from "../../src/engine/template";
import { readXlsx } from "../../src/workbook/read";
import { writeSheetsWorkbook } from "../../src/workbook/summary";
import { DIST, ensureDist, launch, serveDist, tmpDir, type Browser, type StaticServer } from "./helpers";

/**
 * 空白表 on the browser page and the offline page (SPEC §12): a clerk opens the section, picks a kind, types the
 * township, village and rows, and downloads — the same blank table `anju template` writes, found by the checker
 * as that kind, with its validations, conditional formats and print titles. No request leaves the page.
 */
const dir = tmpDir("anju-template-page-");
let server: StaticServer;
let web: Browser;
let offline: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  ensureDist();
  server = await serveDist();
  web = await launch(server.origin);
  offline = await launch("file://");
}, 600_000);

afterAll(async () => {
  await web?.close();
  await offline?.close();
  await server?.close();
});

async function download(page: Page, kindName: string, rows: string, name: string): Promise<Uint8Array> {
  await page.getByText("空白表", { exact: true }).first().click();
  await page.locator('[data-testid="template-kind"]').click();
  await page.getByRole("option", { name: kindName }).click();
  await page.getByLabel("乡镇（街道）").fill("兴东镇");
  await page.getByLabel("村（社区）").fill("张庄村");
  await page.getByLabel("行数").fill(rows);
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator('[data-testid="template-download"]').click(),
  ]);
  const path = join(dir, name);
  await file.saveAs(path);
  expect(file.suggestedFilename()).toBe(`张庄村${kindName}空白表.xlsx`);
  return new Uint8Array(readFileSync(path));
}

const sheetXml = (bytes: Uint8Array) =>
  strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"] ?? new Uint8Array());

test.each([
  ["web.html", "revisit", "表A.1 回访表", [3, 4, 5]],
  ["anju-offline.html", "renovation", "危房改造台账", [3]],
] as const)(
  "%s offers the %s blank table as `anju template` writes it",
  async (where, kind, kindName, headerRows) => {
    const browser = where === "web.html" ? web : offline;
    const page = await browser.context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    if (where === "web.html") await page.goto(`${server.origin}/web.html`);
    else {
      const stick = tmpDir("anju-usb-");
      copyFileSync(join(DIST, "anju-offline.html"), join(stick, "anju-offline.html"));
      await page.goto(pathToFileURL(join(stick, "anju-offline.html")).href);
    }
    await page.getByRole("button", { name: "选择工作簿文件" }).waitFor({ timeout: 60_000 });
    const bytes = await download(page, kindName, "12", `${kind}.xlsx`);
    const result = checkWorkbook(readXlsx(bytes), { today: { y: 2024, m: 7, d: 15 } });
    expect(result.tables.map((t) => [t.info.kind, t.info.headerRows])).toEqual([[kind, headerRows]]);
    // The very sheet the command line writes for the same choices.
    const cli = await writeSheetsWorkbook([
      templateSheet(kind, { township: "兴东镇", village: "张庄村", rows: 12 }).spec,
    ]);
    expect(sheetXml(bytes)).toBe(sheetXml(cli));
    expect(sheetXml(bytes)).toContain("<dataValidations");
    expect(strFromU8(unzipSync(bytes)["xl/workbook.xml"] ?? new Uint8Array())).toContain(
      "_xlnm.Print_Titles",
    );
    await page.close();
  },
  180_000,
);

test("no request left the page and no page error occurred", () => {
  expect(web.outside).toEqual([]);
  expect(offline.outside).toEqual([]);
  expect(pageErrors).toEqual([]);
});
