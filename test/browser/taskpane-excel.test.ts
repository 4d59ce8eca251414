import type { Page } from "playwright-core";
import { CheckReportSchema, type CheckReport } from "../../src/engine/report";
import { runCli } from "../helpers/cli";
import {
  disabledPaneButtons,
  excelPage,
  FILL,
  FIXTURE,
  localToday,
  officeFills,
  worstSeverity,
} from "./fake-hosts";
import { ensureDist, launch, screenshotPath, serveDist, type Browser, type StaticServer } from "./helpers";

/**
 * The built task pane (dist/taskpane.html) as if inside Excel: office.js is the Office host's in-memory Excel fake
 * (fake-hosts.ts) holding the sample township's sheets. The pane must load the Office controller, check, mark the
 * fake's cells, select a finding's sheet, and clear the marks again.
 */
let server: StaticServer;
let browser: Browser;
let page: Page;
let cli: CheckReport;
const errors: string[] = [];

beforeAll(async () => {
  ensureDist();
  cli = CheckReportSchema.parse(
    JSON.parse(runCli(["check", FIXTURE, "--format", "json", "--today", localToday()]).stdout),
  );
  server = await serveDist();
  browser = await launch(server.origin, { width: 400, height: 860 });
  page = await excelPage(browser, { errors });
  await page.goto(`${server.origin}/taskpane.html`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("inside Excel the pane loads the Office controller: the six buttons are enabled", async () => {
  expect(await disabledPaneButtons(page)).toEqual([]);
  expect(await page.locator('[data-testid="outside-excel"]').count()).toBe(0);
});

test("校验全部工作表 lists the CLI's findings and marks the cells in Excel by worst severity", async () => {
  await page.getByRole("button", { name: "校验全部工作表" }).click();
  const counts = page.locator('[data-testid="finding-counts"]');
  await counts.waitFor({ timeout: 60_000 });
  expect(Number(await counts.getAttribute("data-total"))).toBe(cli.findings.length);
  for (const [sheet, cells] of worstSeverity(cli.findings)) {
    const got = await officeFills(page, sheet);
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
  for (const sheet of ["张庄村", "李家村", "王庄社区"]) expect(await officeFills(page, sheet)).toEqual({});
  expect(errors).toEqual([]);
  expect(browser.outside).toEqual([]);
});
