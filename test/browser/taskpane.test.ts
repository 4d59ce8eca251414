import type { Page } from "playwright-core";
import { ensureDist, launch, screenshotPath, serveDist, type Browser, type StaticServer } from "./helpers";

/**
 * taskpane.html opened in a plain browser (not in Excel): with the local office.js, Office.onReady reports no host;
 * without office.js at all, the page must come to the same answer. Either way it says to open it in Excel and
 * links to the browser page.
 */
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ensureDist();
  server = await serveDist();
  browser = await launch(server.origin, { width: 420, height: 760 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectOutside(p: Page): Promise<void> {
  const outside = p.locator('[data-testid="outside-excel"]');
  await outside.waitFor({ timeout: 15_000 });
  await expect(p.getByRole("heading", { level: 1 }).innerText()).resolves.toContain("请在 Excel 中打开");
  expect(await outside.innerText()).toContain("只能在 Excel 中使用");
  const link = p.getByRole("link", { name: "打开网页版" });
  expect(await link.getAttribute("href")).toBe("web.html");
  // No task pane buttons outside Excel.
  expect(await p.getByRole("button", { name: "校验当前工作表" }).count()).toBe(0);
}

test("with the local office.js: the 'open in Excel' state and a working link to web.html", async () => {
  const p = await browser.context.newPage();
  const errors: string[] = [];
  p.on("pageerror", (e) => errors.push(e.message));
  await p.goto(`${server.origin}/taskpane.html`);
  await expectOutside(p);
  expect(server.served).toContain("/office.js");
  await p.waitForTimeout(300);
  await p.screenshot({ path: screenshotPath("taskpane-outside-excel.png") });
  await p.getByRole("link", { name: "打开网页版" }).click();
  await p.waitForURL(/\/web\.html$/);
  await p.getByRole("button", { name: "选择工作簿文件" }).waitFor();
  expect(errors).toEqual([]);
  await p.close();
});

test("without office.js (blocked): the same state, not a blank page", async () => {
  const p = await browser.context.newPage();
  await p.route("**/office.js", (route) => route.fulfill({ status: 404, body: "" }));
  const t0 = Date.now();
  await p.goto(`${server.origin}/taskpane.html`);
  await expectOutside(p);
  expect(Date.now() - t0).toBeLessThan(10_000);
  await p.close();
});

test("English outside Excel when the browser asks for English", async () => {
  const p = await browser.context.newPage();
  await p.goto(`${server.origin}/taskpane.html?lang=en-US`);
  await p.getByRole("heading", { name: /Open this in Excel/ }).waitFor({ timeout: 15_000 });
  await p.getByRole("link", { name: "Open the browser page" }).waitFor();
  await p.close();
});

// Office 2016/2019's Internet Explorer 11 webview runs the whole pane now: see ie11.test.ts.

test("office.js and the page made no request outside 127.0.0.1", () => {
  expect(browser.outside).toEqual([]);
});
