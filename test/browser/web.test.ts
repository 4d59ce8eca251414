import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { writeVillageSheet, type Household } from "../../scripts/samples/revisit-sheet";
import { CheckReportSchema, type CheckReport } from "../../src/engine/report";
import { ROOT, runCli } from "../helpers/cli";
import {
  ensureDist,
  launch,
  screenshotPath,
  serveDist,
  tmpDir,
  type Browser,
  type StaticServer,
} from "./helpers";

/**
 * The browser page (dist/web.html) in Debian's chromium, as a clerk uses it: choose the workbook, read the
 * findings, open a rule, click through to the cells, download the annotated copy. Everything must stay on
 * 127.0.0.1: any other request is aborted and recorded, and the test fails on it.
 */
const TODAY = "2024-07-15";
const FIXTURE = join(ROOT, "test", "fixtures", "sample-township.xlsx");
const MARK = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" } as const;
const RANK = { error: 3, warning: 2, info: 1 } as const;

let server: StaticServer;
let browser: Browser;
let cli: CheckReport;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];
const workers: string[] = [];
const dir = tmpDir("anju-web-");

async function openPage(query = `today=${TODAY}`): Promise<Page> {
  const p = await browser.context.newPage();
  p.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  p.on("pageerror", (e) => pageErrors.push(e.message));
  p.on("worker", (w) => workers.push(w.url()));
  await p.goto(`${server.origin}/web.html?${query}`);
  await p.getByRole("button", { name: "选择工作簿文件" }).waitFor();
  return p;
}

async function choose(p: Page, file: string): Promise<void> {
  await p.locator('[data-testid="file-input"]').setInputFiles(file);
}

/** Waits for the list of a finished check; returns its total. */
async function findingsShown(p: Page, timeout = 60_000): Promise<number> {
  const counts = p.locator('[data-testid="finding-counts"]');
  await counts.waitFor({ timeout });
  return Number(await counts.getAttribute("data-total"));
}

async function search(p: Page, text: string): Promise<void> {
  const box = p.getByRole("searchbox", { name: "搜索户主、单元格或说明" });
  await box.fill(text);
}

const rowOf = (p: Page, sheet: string, cells: readonly string[], ruleId: string) =>
  p.locator(`[data-finding="${sheet}!${cells.join(",")}|${ruleId}"]`);

beforeAll(async () => {
  ensureDist();
  const run = runCli(["check", FIXTURE, "--format", "json", "--today", TODAY]);
  cli = CheckReportSchema.parse(JSON.parse(run.stdout));
  server = await serveDist();
  browser = await launch(server.origin);
  page = await openPage();
  await choose(page, FIXTURE);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("web.html on the sample township workbook", () => {
  test("shows exactly the CLI's number of findings, by severity", async () => {
    expect(await findingsShown(page)).toBe(cli.findings.length);
    // web.html checks in a worker (the page stays responsive); only the offline copy checks in the page.
    expect(workers.length).toBeGreaterThan(0);
    await page.waitForTimeout(600); // Fluent's row fade-in, before the screenshot
    const text = await page.locator('[data-testid="finding-counts"]').innerText();
    expect(text).toBe(
      `共 ${cli.findings.length} 条：错误 ${cli.counts.error} 条，警告 ${cli.counts.warning} 条，提示 ${cli.counts.info} 条`,
    );
    await page.screenshot({ path: screenshotPath("web-findings.png") });
  });

  test.each([
    ["张庄村", ["J5", "L5"], "RV-D-NOT-REBUILD"],
    ["张庄村", ["D23"], "GEN-FORMULA-ERROR"],
    ["李家村", ["H13"], "RV-REVISIT-DATE"],
    ["王庄社区", ["C1"], "RV-META-MISSING"],
    ["张庄村", ["A21"], "GEN-SEQ"],
  ])("lists %s %j %s with the CLI's message", async (sheet, cells, ruleId) => {
    const want = cli.findings.find(
      (f) => f.sheet === sheet && f.ruleId === ruleId && f.cells.join() === cells.join(),
    );
    expect(want).toBeDefined();
    await search(page, `${ruleId} ${sheet}`);
    const row = rowOf(page, sheet, cells, ruleId);
    await row.waitFor();
    expect(await row.innerText()).toContain(want?.message ?? "?");
    expect(Number(await page.locator('[data-testid="finding-shown"]').getAttribute("data-shown"))).toBe(
      cli.findings.filter((f) => f.ruleId === ruleId && f.sheet === sheet).length,
    );
  });

  test("the D-grade household's message is the standard's wording", async () => {
    await search(page, "张卫东");
    const row = rowOf(page, "张庄村", ["J5", "L5"], "RV-D-NOT-REBUILD");
    await expect(row.innerText()).resolves.toContain(
      "张卫东：房屋安全状况为 D 级，处理意见应勾选“重建安置”。",
    );
  });

  test("clicking a finding scrolls the preview to its row and outlines its cells", async () => {
    await search(page, "RV-REVISIT-DATE 李家村");
    await rowOf(page, "李家村", ["H13"], "RV-REVISIT-DATE").click();
    const preview = page.locator('[data-testid="sheet-preview"]');
    await expect(preview.getAttribute("aria-label")).resolves.toContain("李家村");
    await preview.locator('tr.anju-target-row[data-row="13"]').waitFor();
    const cell = preview.locator('td[data-cell="H13"]');
    await expect(cell.getAttribute("class")).resolves.toMatch(
      /anju-mark-error.*anju-target|anju-target.*anju-mark-error/,
    );
    expect(await cell.innerText()).toBe("去年");
  });

  test("Enter and Space on a focused finding reveal it too", async () => {
    await search(page, "张卫东");
    const row = rowOf(page, "张庄村", ["J5", "L5"], "RV-D-NOT-REBUILD").locator('[role="row"]');
    await row.focus();
    await page.keyboard.press("Enter");
    const preview = page.locator('[data-testid="sheet-preview"]');
    await preview.locator('tr.anju-target-row[data-row="5"]').waitFor();
    await search(page, "GEN-FORMULA-ERROR");
    await rowOf(page, "张庄村", ["D23"], "GEN-FORMULA-ERROR").locator('[role="row"]').focus();
    await page.keyboard.press(" ");
    await preview.locator('tr.anju-target-row[data-row="23"]').waitFor();
    await expect(preview.locator('td[data-cell="D23"]').innerText()).resolves.toBe("#N/A");
  });

  test("the rule panel quotes the standard's sentences for the clause", async () => {
    await search(page, "张卫东");
    await rowOf(page, "张庄村", ["J5", "L5"], "RV-D-NOT-REBUILD")
      .getByRole("button", { name: "查看规则 RV-D-NOT-REBUILD 的说明和依据" })
      .click();
    const panel = page.locator('[data-testid="rule-panel"]');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toContain("D 级未重建");
    expect(text).toContain("TZ 注3; TZ 7.1.1 a)");
    expect(text).toContain("C级应维修加固，D级应重建安置。");
    expect(text).toContain("a）对 D 级危房应采取拆除重建的方式进行改造，确保质量安全。");
    await page.screenshot({ path: screenshotPath("web-rule-panel.png") });
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    // Focus goes back to the button that opened the panel.
    await page.waitForFunction(() =>
      document.activeElement?.getAttribute("aria-label")?.includes("RV-D-NOT-REBUILD"),
    );
  });

  test("filters by severity narrow the list to that severity's count", async () => {
    await search(page, "");
    await page.getByRole("combobox", { name: "级别" }).click();
    // The option's checkbox input is visually hidden; a clerk clicks its label.
    await page.locator(".ms-Dropdown-callout .ms-Dropdown-item", { hasText: "警告" }).click();
    await page.keyboard.press("Escape");
    expect(Number(await page.locator('[data-testid="finding-shown"]').getAttribute("data-shown"))).toBe(
      cli.counts.warning,
    );
    await page.getByRole("button", { name: "清除筛选" }).click();
  });

  test("the annotated copy carries every mark of the CLI's findings, by worst severity, with notes", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-testid="download-annotated"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe("sample-township.annotated.xlsx");
    const file = join(dir, "annotated.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const expected = new Map<string, { severity: keyof typeof MARK; rules: string[] }>();
    for (const f of cli.findings) {
      for (const c of f.cells) {
        const key = `${f.sheet}!${c}`;
        const m = expected.get(key);
        if (!m) expected.set(key, { severity: f.severity, rules: [f.ruleId] });
        else {
          m.rules.push(f.ruleId);
          if (RANK[f.severity] > RANK[m.severity]) m.severity = f.severity;
        }
      }
    }
    expect(expected.size).toBeGreaterThan(20);
    for (const [key, m] of expected) {
      const [sheet, address] = key.split("!") as [string, string];
      const cell = wb.getWorksheet(sheet)?.getCell(address);
      const fill = cell?.fill as { fgColor?: { argb?: string } } | undefined;
      expect([key, fill?.fgColor?.argb]).toEqual([key, MARK[m.severity]]);
      const note = typeof cell?.note === "string" ? cell.note : JSON.stringify(cell?.note ?? "");
      for (const id of m.rules) expect(note).toContain(id);
    }
    // An unmarked data cell keeps no fill; the results sheet lists every finding.
    const plain = wb.getWorksheet("张庄村")?.getCell("B7").fill as
      { fgColor?: { argb?: string } } | undefined;
    expect(plain?.fgColor?.argb).not.toBe(MARK.error);
    expect(wb.getWorksheet("校验结果")?.actualRowCount).toBe(cli.findings.length + 1);
  });

  test("清除标记 empties the list and the preview's marks", async () => {
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText("已清除标记。").waitFor();
    await expect(page.locator('[data-testid="finding-counts"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="sheet-preview"] td[class*="anju-mark-"]').count()).resolves.toBe(
      0,
    );
    await page.getByRole("button", { name: "校验全部工作表" }).click();
    expect(await findingsShown(page)).toBe(cli.findings.length);
  });

  test("校验当前工作表 checks only the sheet shown", async () => {
    await page.getByRole("tab", { name: "李家村" }).click();
    await page.getByRole("button", { name: "校验当前工作表" }).click();
    const want = cli.findings.filter((f) => f.sheet === "李家村").length;
    await page.locator(`[data-testid="finding-counts"][data-total="${want}"]`).waitFor();
  });
});

/** The summary preview's rows: the first cell (name), then the numbers as shown (thousands separators removed). */
async function summaryTable(p: Page): Promise<string[][]> {
  const rows = await p.locator('[data-testid="summary-preview"] table tr').allInnerTexts();
  return rows.map((r) => r.split("\t").map((c) => c.trim().replace(/(\d),(?=\d{3})/g, "$1")));
}

type Fig = {
  name: string;
  city?: string;
  households: number;
  grades: Record<"A" | "B" | "C" | "D" | "unrated", number>;
  history: Record<"none" | "reinforced" | "rebuilt", number>;
  planned: Record<"reinforce" | "rebuild", number>;
  revisitOverdue: number;
  errors: number;
  warnings: number;
  subsidyYuan: number;
  appraisalYuan: number;
};
const figures = (g: Fig) =>
  [
    g.households,
    g.history.none,
    g.history.reinforced,
    g.history.rebuilt,
    g.grades.A,
    g.grades.B,
    g.grades.C,
    g.grades.D,
    g.grades.unrated,
    g.planned.reinforce,
    g.planned.rebuild,
    g.revisitOverdue,
    g.errors,
    g.warnings,
    g.subsidyYuan,
    g.appraisalYuan,
  ].map(String);

describe("summaries on web.html match anju summarize", () => {
  const summarizeCli = (...args: string[]) => {
    const run = runCli(["summarize", FIXTURE, "--today", TODAY, "--format", "json", ...args]);
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout) as {
      groups: Fig[];
      total: Fig;
      cities?: Fig[];
      sample?: { households: Array<{ name: string; village: string; row: number }> };
    };
  };

  test("生成乡镇汇总: one row per village and 合计, the CLI's figures; the workbook downloads", async () => {
    const want = summarizeCli("--level", "township");
    await page.getByRole("button", { name: "生成乡镇汇总" }).click();
    await page.locator('[data-testid="summary-preview"]').waitFor();
    const rows = await summaryTable(page);
    expect(rows.slice(1)).toEqual([
      ...want.groups.map((g) => [g.name, ...figures(g)]),
      ["合计", ...figures(want.total)],
    ]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /^下载 sample-township-乡镇汇总\.xlsx/ }).click(),
    ]);
    const file = join(dir, "township.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["统计", "乡镇汇总"]));
    await page.locator('[data-testid="summary-preview"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("web-township-summary.png") });
  });

  test("生成市级汇总 from a picked township workbook: townships under their 市（区） subtotal", async () => {
    const want = summarizeCli("--level", "city");
    await page.locator('[data-testid="city-files"]').setInputFiles(FIXTURE);
    await page.getByText("市级汇总（按乡镇）").waitFor();
    const rows = await summaryTable(page);
    const city = want.cities?.[0];
    expect(city?.name).toBe("兴化市");
    expect(rows.slice(1)).toEqual([
      ...want.groups.map((g) => [g.name, g.city ?? "", ...figures(g)]),
      [`${city?.name} 小计`, "", ...figures(city as Fig)],
      ["合计", "", ...figures(want.total)],
    ]);
  });

  test("抽查样本 with a percent and a seed draws the CLI's households", async () => {
    const want = summarizeCli("--level", "township", "--sample", "50", "--seed", "42");
    await page.getByRole("spinbutton", { name: "抽查比例（%）" }).fill("50");
    await page.getByRole("spinbutton", { name: "随机种子" }).fill("42");
    await page.getByRole("button", { name: "抽查样本" }).click();
    const info = page.locator('[data-testid="sample-info"]');
    await info.waitFor();
    expect(await info.innerText()).toBe(
      `抽查比例 50%，随机种子 42，共抽取 ${want.sample?.households.length} 户。`,
    );
    const rows = await summaryTable(page);
    expect(rows.slice(1).map((r) => `${r[2]} ${r[3]} ${r[6]}`)).toEqual(
      want.sample?.households.map((h) => `${h.village} ${h.name} ${h.row}`),
    );
  });
});

describe("web.html with hostile and large workbooks", () => {
  test("a cell holding markup shows as text: no element, no dialog", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FIXTURE);
    const ws = wb.getWorksheet("张庄村");
    if (!ws) throw new Error("fixture changed");
    const evil = "<img src=x onerror=alert(1)>";
    ws.getCell("B5").value = evil;
    ws.getCell("D6").value = "<script>alert(2)</script><b>粗体</b>";
    const file = join(dir, "hostile.xlsx");
    await wb.xlsx.writeFile(file);
    const p = await openPage();
    await choose(p, file);
    await findingsShown(p);
    const preview = p.locator('[data-testid="sheet-preview"]');
    await expect(preview.locator('td[data-cell="B5"]').innerText()).resolves.toBe(evil);
    await expect(preview.locator('td[data-cell="D6"]').innerText()).resolves.toBe(
      "<script>alert(2)</script><b>粗体</b>",
    );
    await search(p, "onerror");
    const row = rowOf(p, "张庄村", ["J5", "L5"], "RV-D-NOT-REBUILD");
    await expect(row.innerText()).resolves.toContain(`${evil}：房屋安全状况为 D 级`);
    expect(await p.locator("img").count()).toBe(0);
    expect(await p.locator("#root script, #root b").count()).toBe(0);
    await p.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await p.screenshot({ path: screenshotPath("web-hostile-cell.png") });
    await p.close();
  });

  test("5,000 findings: time from file chosen to list shown", async () => {
    const wb = new ExcelJS.Workbook();
    const households: Household[] = [];
    for (let i = 0; i < 5000; i++) {
      households.push({
        head: `户主${i + 1}`,
        phone: "13812345678",
        address: `兴化市戴窑镇张庄村${i + 1}号`,
        notRenovated: "√",
        revisitDate: "2024-05-10",
        grade: "D",
      });
    }
    writeVillageSheet(wb, {
      name: "张庄村",
      layout: "standard",
      township: "戴窑镇",
      village: "张庄村",
      fillDate: "2024年6月30日",
      households,
    });
    const file = join(dir, "five-thousand.xlsx");
    await wb.xlsx.writeFile(file);
    const p = await openPage();
    const t0 = Date.now();
    await choose(p, file);
    const total = await findingsShown(p, 120_000);
    await p.locator('[data-testid="finding-list"] [role="row"][aria-label]').first().waitFor();
    const elapsed = Date.now() - t0;
    const inPage = Number(await p.locator("html").getAttribute("data-file-to-list-ms"));
    expect(total).toBe(5000);
    // Virtualised: a screenful of rows in the DOM, not 5,000.
    const rendered = await p.locator('[data-testid="finding-list"] .ms-DetailsRow').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(400);
    // The preview renders a window of consecutive rows, not 5,004.
    const numbers = (await p.locator('[data-testid="sheet-preview"] tbody th').allInnerTexts()).map(Number);
    expect(numbers.length).toBeLessThan(200);
    expect(numbers).toEqual(numbers.map((_n, i) => (numbers[0] ?? 0) + i));
    // Still responsive: a search over 5,000 findings answers at once.
    const s0 = Date.now();
    await search(p, "户主4999：");
    await p.locator('[data-testid="finding-shown"][data-shown="1"]').waitFor();
    const searchMs = Date.now() - s0;
    // The last household, revealed: the preview windows down to row 5,003.
    await rowOf(p, "张庄村", ["J5003", "L5003"], "RV-D-NOT-REBUILD").click();
    await p
      .locator('[data-testid="sheet-preview"] tr.anju-target-row[data-row="5003"] td[data-cell="J5003"]')
      .waitFor();
    const timing = {
      findings: total,
      fileToListMs: elapsed,
      inPageMs: inPage,
      searchMs,
      renderedRows: rendered,
    };
    writeFileSync(screenshotPath("timing-5000.json"), `${JSON.stringify(timing, null, 2)}\n`);
    console.log(`5,000 findings: ${JSON.stringify(timing)}`);
    expect(elapsed).toBeLessThan(20_000);
    await search(p, "");
    await p.waitForTimeout(600);
    await p.screenshot({ path: screenshotPath("web-5000-findings.png") });
    await p.close();
  });

  test("English when asked: the same page from the en-US catalogue", async () => {
    const p = await browser.context.newPage();
    await p.goto(`${server.origin}/web.html?lang=en-US&today=${TODAY}`);
    await p.getByRole("button", { name: "Check this sheet" }).waitFor();
    await expect(p.getByRole("button", { name: "Check all sheets" }).isDisabled()).resolves.toBe(true);
    await p.close();
  });
});

describe("web.html on other formats (SPEC §8)", () => {
  test("an .xls and a GBK .csv are accepted (SheetJS fetched from this origin), with the CLI's findings", async () => {
    const p = await openPage();
    const accept = await p.locator('[data-testid="file-input"]').getAttribute("accept");
    for (const ext of [".xlsx", ".xls", ".et", ".ods", ".csv"]) expect(accept?.split(",")).toContain(ext);
    const csv = join(ROOT, "test", "fixtures", "formats", "sample-township", "gb18030", "张庄村.csv");
    const want = CheckReportSchema.parse(
      JSON.parse(runCli(["check", csv, "--format", "json", "--today", TODAY]).stdout),
    );
    expect(want.findings.length).not.toBe(cli.findings.length);
    await choose(p, csv);
    expect(await findingsShown(p)).toBe(want.findings.length);
    await choose(p, join(ROOT, "test", "fixtures", "formats", "sample-township.xls"));
    await p.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="finding-counts"]')?.getAttribute("data-total") === String(n),
      cli.findings.length,
      { timeout: 60_000 },
    );
    const download = p.waitForEvent("download");
    await p.locator('[data-testid="download-annotated"]').click();
    expect((await download).suggestedFilename()).toBe("sample-township.annotated.xlsx");
    await p.close();
  });
});

describe("the one-file offline copy", () => {
  test("anju-offline.html checks the workbook in the page itself (no worker file to load)", async () => {
    const p = await browser.context.newPage();
    const asked: string[] = [];
    p.on("request", (r) => asked.push(new URL(r.url()).pathname));
    p.on("worker", (w) => asked.push(`worker ${w.url()}`));
    p.on("pageerror", (e) => pageErrors.push(e.message));
    await p.goto(`${server.origin}/anju-offline.html?today=${TODAY}`);
    await p.getByRole("button", { name: "选择工作簿文件" }).waitFor();
    await choose(p, FIXTURE);
    expect(await findingsShown(p)).toBe(cli.findings.length);
    await search(p, "张卫东");
    await rowOf(p, "张庄村", ["J5", "L5"], "RV-D-NOT-REBUILD").waitFor();
    // Only the page itself was fetched: everything else is inside it.
    expect(asked).toEqual(["/anju-offline.html"]);
    await p.close();
  });
});

describe("privacy and health", () => {
  test("no request left 127.0.0.1 and no page error occurred", () => {
    expect(browser.outside).toEqual([]);
    expect(browser.requests.length).toBeGreaterThan(0);
    for (const url of browser.requests) expect(url).toMatch(/^(http:\/\/127\.0\.0\.1:\d+\/|blob:|data:)/);
    expect(pageErrors).toEqual([]);
  });
});
