import { join } from "node:path";
import type { Page } from "playwright-core";
import { SHEET, writeWorkbook } from "../../bench/generate";
import { CheckReportSchema, type CheckReport } from "../../src/engine/report";
import { runCli } from "../helpers/cli";
import { ensureDist, launch, serveDist, tmpDir, type Browser, type StaticServer } from "./helpers";

/**
 * The browser page's two ways to check (issue 14, SPEC §7): in a Web Worker where the browser can start one, and
 * where it cannot, on the page's own thread in steps of 5,000 rows, the page painting the progress and answering
 * 取消 between steps. A 30,000-household 表A.1 workbook (bench/generate.ts) takes six steps. Without a worker
 * (`Worker` removed before any script of the page runs) the progress must show the sheet and move step by step,
 * the findings must be those of the worker path and of the CLI, and 取消 in the middle must stop the check: no
 * findings list, the cancelled notice, no progress after it.
 */
const TODAY = "2024-07-15";
const ROWS = 30_000;
const dir = tmpDir("anju-inpage-");
const FILE = join(dir, `table-a1-${ROWS}.xlsx`);
const NO_WORKER = "delete window.Worker;";

/**
 * Records every state the progress line shows (its label, its description, how far the bar is) into
 * `window.__progress`, from a MutationObserver set up before the page's scripts.
 */
const RECORD_PROGRESS = `(function () {
  var log = (window.__progress = []);
  var last = "";
  new MutationObserver(function () {
    var line = document.querySelector('[data-testid="progress"]');
    var bar = line && line.querySelector('[role="progressbar"]');
    var label = line && line.querySelector(".ms-ProgressIndicator-itemName");
    var description = line && line.querySelector(".ms-ProgressIndicator-itemDescription");
    var state = {
      shown: !!line,
      label: label ? label.textContent : "",
      description: description ? description.textContent : "",
      value: bar && bar.getAttribute("aria-valuenow") !== null ? Number(bar.getAttribute("aria-valuenow")) : null,
      at: performance.now(),
    };
    var key = JSON.stringify([state.shown, state.label, state.description, state.value]);
    if (key !== last) {
      last = key;
      log.push(state);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  // When 取消 was clicked (before the page's own handler runs).
  document.addEventListener("click", function (e) {
    var button = e.target && e.target.closest && e.target.closest("button");
    if (button && button.textContent === "取消") window.__cancelAt = performance.now();
  }, true);
})();`;

interface ProgressState {
  shown: boolean;
  label: string;
  description: string;
  value: number | null;
  at: number;
}

let server: StaticServer;
let browser: Browser;
let cli: CheckReport;
/** The counts line of the worker path, to compare the page's own path with. */
let workerCounts: { total: number; text: string };

async function openPage(withWorker: boolean): Promise<{ page: Page; workers: string[]; errors: string[] }> {
  const page = await browser.context.newPage();
  const workers: string[] = [];
  const errors: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  if (!withWorker) await page.addInitScript(NO_WORKER);
  await page.addInitScript(RECORD_PROGRESS);
  await page.goto(`${server.origin}/web.html?today=${TODAY}`);
  await page.getByRole("button", { name: "选择工作簿文件" }).waitFor({ timeout: 60_000 });
  return { page, workers, errors };
}

async function counts(page: Page, timeout = 180_000): Promise<{ total: number; text: string }> {
  const line = page.locator('[data-testid="finding-counts"]');
  await line.waitFor({ timeout });
  return { total: Number(await line.getAttribute("data-total")), text: await line.innerText() };
}

const progressLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { __progress: ProgressState[] }).__progress);

beforeAll(async () => {
  ensureDist();
  await writeWorkbook(ROWS, FILE);
  cli = CheckReportSchema.parse(
    JSON.parse(runCli(["check", FILE, "--format", "json", "--today", TODAY]).stdout),
  );
  expect(cli.findings.length).toBeGreaterThan(100);
  server = await serveDist();
  browser = await launch(server.origin);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("with a worker: the page checks in its worker and lists the CLI's findings", async () => {
  const { page, workers, errors } = await openPage(true);
  await page.locator('[data-testid="file-input"]').setInputFiles(FILE);
  workerCounts = await counts(page);
  expect(workerCounts.total).toBe(cli.findings.length);
  expect(workerCounts.text).toBe(
    `共 ${cli.findings.length} 条：错误 ${cli.counts.error} 条，警告 ${cli.counts.warning} 条，提示 ${cli.counts.info} 条`,
  );
  expect(workers.some((u) => /check-worker\.[0-9a-f]+\.js$/.test(u))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
}, 300_000);

test("without a worker: the page checks in steps, the progress moving through the sheet, and lists the same findings", async () => {
  const { page, workers, errors } = await openPage(false);
  expect(await page.evaluate(() => typeof (window as unknown as { Worker?: unknown }).Worker)).toBe(
    "undefined",
  );
  await page.locator('[data-testid="file-input"]').setInputFiles(FILE);
  const shown = await counts(page);
  expect(shown).toEqual(workerCounts);
  expect(workers).toEqual([]);
  const log = await progressLog(page);
  expect(log.some((s) => s.label === "正在读取工作簿…")).toBe(true);
  const checking = log.filter((s) => s.shown && s.label === "正在校验…" && s.value !== null);
  // Six steps of 5,000 rows: the bar at 0, 16, 33, 50, 66 and 83 % on the one sheet, in order, then done.
  const values = checking.map((s) => s.value ?? NaN);
  expect(values).toEqual([...values].sort((a, b) => a - b));
  expect(new Set(values.filter((v) => v > 0 && v < 100)).size).toBeGreaterThanOrEqual(4);
  expect(new Set(checking.filter((s) => (s.value ?? 0) < 100).map((s) => s.description))).toEqual(
    new Set([`工作表：${SHEET}`]),
  );
  // The progress line is gone once the list is there.
  expect(await page.locator('[data-testid="progress"]').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
}, 300_000);

test("without a worker: 取消 in the middle of the check stops it — no findings list, the cancelled notice", async () => {
  const { page, workers, errors } = await openPage(false);
  // A slow PC: the steps take long enough to press 取消 between them as a clerk would.
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.locator('[data-testid="file-input"]').setInputFiles(FILE);
  // Once the check is under way (a step of rows done), where 取消 is: read in the page in the same call, as
  // Playwright's own boundingBox waits for a frame that the busy page does not paint until the check ends.
  const where = await page.waitForFunction(
    () => {
      const log = (window as unknown as { __progress: ProgressState[] }).__progress;
      if (!log.some((s) => s.label === "正在校验…" && s.value !== null && s.value > 0)) return undefined;
      const button = [...document.querySelectorAll('[data-testid="progress"] button')].find(
        (x) => x.textContent === "取消",
      );
      const r = button?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : undefined;
    },
    undefined,
    { timeout: 180_000, polling: 20 },
  );
  const box = await where.jsonValue();
  if (!box) throw new Error("no 取消 button while checking");
  // The clerk's click: the browser queues it while a step runs and hands it to the page between steps.
  await page.mouse.click(box.x, box.y);
  await page.getByText("已取消。").waitFor({ timeout: 60_000 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  // Long enough for the remaining steps to have finished, had the check gone on.
  await page.waitForTimeout(3000);
  expect(await page.locator('[data-testid="finding-counts"]').count()).toBe(0);
  expect(await page.locator('[data-testid="progress"]').count()).toBe(0);
  const log = await progressLog(page);
  const cancelAt = await page.evaluate(() => (window as unknown as { __cancelAt: number }).__cancelAt);
  const before = log.filter((s) => s.at < cancelAt && s.label === "正在校验…" && s.value !== null);
  // Pressed in the middle: rows checked, the check not finished.
  const reached = before[before.length - 1]?.value ?? NaN;
  expect(reached).toBeGreaterThan(0);
  expect(reached).toBeLessThan(100);
  // Nothing moved after 取消: the progress line went away and the check did not carry on.
  expect(log.filter((s) => s.at > cancelAt && s.shown)).toEqual([]);
  expect(workers).toEqual([]);

  // The page still works: checking again finds what the worker found.
  await page.getByRole("button", { name: "校验全部工作表", exact: true }).click();
  expect(await counts(page)).toEqual(workerCounts);
  expect(errors).toEqual([]);
  await page.close();
}, 300_000);
