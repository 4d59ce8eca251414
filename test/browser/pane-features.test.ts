import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { COUNTY_WORDS, countyWordingLedger } from "../../scripts/samples/county-wording";
import { toWorkbook } from "../../scripts/samples/ledgers";
import type { Page } from "playwright-core";
import {
  DiffReportSchema,
  CheckReportSchema,
  type CheckReport,
  type DiffReport,
} from "../../src/engine/report";
import { readXlsx } from "../../src/workbook/read";
import { ROOT, runCli } from "../helpers/cli";
import { FILL, fixtureSheets, localToday, worstSeverity, wpsPage, type Severity } from "./fake-hosts";
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
 * 与上次报送比对 and 关联文件 as a clerk uses them: on the browser page with two files (the current submission, then
 * the previous one picked with 与上次报送比对), and in the WPS task pane at 320 px with related files (a renovation
 * ledger, a relocation ledger, another village's workbook and the 民政 roster). What the page and the pane mark
 * and list is compared with what the CLI reports for the same files (`anju diff`, `anju check … --roster`).
 */
const TODAY = "2024-07-15";
const DIFF = join(ROOT, "test", "fixtures", "diff");
const CROSS = join(ROOT, "test", "fixtures", "cross");
const PREVIOUS = join(DIFF, "戴窑镇-2023下半年.xlsx");
const CURRENT = join(DIFF, "戴窑镇-2024上半年.xlsx");

let server: StaticServer;
let web: Browser;
let narrow: Browser;
const errors: string[] = [];

beforeAll(async () => {
  ensureDist();
  server = await serveDist();
  web = await launch(server.origin);
  narrow = await launch(server.origin, { width: 320, height: 900 });
}, 600_000);

afterAll(async () => {
  await web?.close();
  await narrow?.close();
  await server?.close();
});

const temp = tmpDir("anju-pane-features-");
async function writeTemp(name: string, bytes: ArrayBuffer | Uint8Array | Buffer): Promise<string> {
  const path = join(temp, name);
  writeFileSync(path, new Uint8Array(bytes as ArrayBuffer));
  return path;
}

const total = async (p: Page) => {
  const counts = p.locator('[data-testid="finding-counts"]');
  await counts.waitFor({ timeout: 60_000 });
  return Number(await counts.getAttribute("data-total"));
};

describe("the browser page with two submissions", () => {
  let page: Page;
  let diff: DiffReport;
  let own: CheckReport;

  beforeAll(async () => {
    diff = DiffReportSchema.parse(
      JSON.parse(runCli(["diff", PREVIOUS, CURRENT, "--format", "json", "--today", TODAY]).stdout),
    );
    own = CheckReportSchema.parse(
      JSON.parse(runCli(["check", CURRENT, "--format", "json", "--today", TODAY]).stdout),
    );
    page = await web.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}/web.html?today=${TODAY}`);
    await page.locator('[data-testid="file-input"]').setInputFiles(CURRENT);
    expect(await total(page)).toBe(own.findings.length);
    await page.locator('[data-testid="diff-input"]').setInputFiles(PREVIOUS);
    await page.locator('[data-testid="diff-counts"]').waitFor({ timeout: 60_000 });
  }, 120_000);

  test("lists the workbook's findings and every DF finding of `anju diff`; the 合计 row is the CLI's", async () => {
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid="finding-counts"]')?.getAttribute("data-total")) === n,
      own.findings.length + diff.findings.length,
    );
    const totalRow = page.locator('[data-testid="diff-counts"] tbody tr').last();
    const cells = await totalRow.locator("td").allInnerTexts();
    const keys = ["previous", "current", "new", "gone", "moved", "improved", "worsened", "stale"] as const;
    expect(cells.map(Number)).toEqual(keys.map((k) => diff.total[k]));
    expect(await totalRow.locator("th").innerText()).toBe("合计");
  });

  test("the DF findings are marked in the preview at their cells; a gone household is listed, not marked", async () => {
    const improved = diff.findings.find((f) => f.ruleId === "DF-IMPROVED-NO-WORK" && f.severity === "error");
    if (!improved) throw new Error("fixture changed: no DF-IMPROVED-NO-WORK error");
    await page.getByRole("tab", { name: improved.sheet }).click();
    for (const c of improved.cells)
      await expect(page.locator(`[data-cell="${c}"]`).getAttribute("class")).resolves.toContain(
        "anju-mark-error",
      );
    const gone = diff.findings.find((f) => f.ruleId === "DF-GONE");
    if (!gone) throw new Error("fixture changed: no DF-GONE");
    await page.getByRole("searchbox").fill("DF-GONE");
    const row = page.locator(`[data-finding="${gone.sheet}!${gone.cells.join(",")}|DF-GONE"]`);
    await expect(row.innerText()).resolves.toContain("戴窑镇-2023下半年.xlsx（不在本工作簿，未标记）");
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshotPath("web-diff.png") });
  });

  test("the annotated copy carries the DF marks, and lists the gone households with their file", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-testid="download-annotated"]').click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await import("node:fs")).readFileSync((await download.path()) as string) as never);
    const here = diff.findings.filter((f) => f.file === diff.current);
    const want = worstSeverity([...own.findings, ...here] as never);
    for (const [sheet, cells] of want) {
      const ws = wb.getWorksheet(sheet);
      for (const [c, sev] of cells) {
        const fill = ws?.getCell(c).fill as { fgColor?: { argb?: string } } | undefined;
        expect([sheet, c, fill?.fgColor?.argb?.slice(-6)]).toEqual([sheet, c, FILL[sev].slice(1)]);
      }
    }
    const results = wb.getWorksheet("校验结果");
    const text: string[] = [];
    results?.eachRow((r) => text.push((r.values as unknown[]).join("|")));
    expect(text.filter((t) => t.includes("DF-GONE") && t.includes("戴窑镇-2023下半年.xlsx")).length).toBe(
      diff.findings.filter((f) => f.ruleId === "DF-GONE").length,
    );
    expect(errors).toEqual([]);
  });
});

describe("the browser page with a related file", () => {
  test("关联文件: the XT findings on the workbook are marked in the preview, with the related place listed", async () => {
    const page = await web.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}/web.html?today=${TODAY}`);
    await page.locator('[data-testid="file-input"]').setInputFiles(join(CROSS, "戴窑镇-张庄村.xlsx"));
    const alone = await total(page);
    await page.locator('[data-testid="related-files"] summary').click();
    await page.locator('[data-testid="related-input"]').setInputFiles(join(CROSS, "危房改造台账.xlsx"));
    await page.locator('[data-testid="related-file"]').waitFor();
    await page.getByRole("button", { name: "校验全部工作表", exact: true }).click();
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="finding-counts"]')?.getAttribute("data-total")) > n,
      alone,
    );
    const row = page.locator('[data-finding="张庄村!F6,G6|XT-HISTORY-MISSING"]');
    await expect(row.innerText()).resolves.toContain("↳ 相关：危房改造台账.xlsx 危房改造台账!4 I4");
    for (const c of ["F6", "G6"])
      await expect(page.locator(`[data-cell="${c}"]`).getAttribute("class")).resolves.toContain(
        "anju-mark-error",
      );
    expect(errors).toEqual([]);
  });
});

describe("the WPS task pane at 320 px with related files", () => {
  const own = "戴窑镇-张庄村.xlsx";
  const related = ["危房改造台账.xlsx", "易地扶贫搬迁台账.xlsx", "戴窑镇-李家村.xlsx", "低收入人口名单.xlsx"];
  let page: Page;
  let cli: CheckReport;

  beforeAll(async () => {
    cli = CheckReportSchema.parse(
      JSON.parse(
        runCli([
          "check",
          ...[own, ...related.slice(0, 3)].map((f) => join(CROSS, f)),
          "--roster",
          join(CROSS, related[3] as string),
          "--format",
          "json",
          "--today",
          localToday(),
        ]).stdout,
      ),
    );
    page = await wpsPage(narrow, { sheets: fixtureSheets(join(CROSS, own)), errors });
    await page.goto(`${server.origin}/wps/taskpane.html`);
    await page.getByRole("button", { name: "校验全部工作表", exact: true }).waitFor({ timeout: 60_000 });
  }, 120_000);

  test("关联文件 added (one ticked as roster), 校验全部工作表 marks the XT findings on the open workbook", async () => {
    await page.locator('[data-testid="related-files"] summary').click();
    await page.locator('[data-testid="related-input"]').setInputFiles(related.map((f) => join(CROSS, f)));
    await page.locator('[data-testid="related-file"]').nth(3).waitFor();
    await page.locator('[data-testid="related-file"]').nth(3).getByText("民政名单").click();
    await page.getByRole("button", { name: "校验全部工作表", exact: true }).click();
    await total(page);
    await page
      .waitForFunction(() => document.body.innerText.includes("XT-"), undefined, { timeout: 30_000 })
      .catch(() => undefined);
    const mine = cli.findings.filter((f) => f.file === join(CROSS, own));
    expect(mine.some((f) => f.ruleId.startsWith("XT-"))).toBe(true);
    const want = worstSeverity(mine);
    const fills = await page.evaluate(() =>
      (window as unknown as { __anjuEt: { fills(n: string): Record<string, string> } }).__anjuEt.fills(
        "张庄村",
      ),
    );
    expect(fills).toEqual(Object.fromEntries([...(want.get("张庄村") ?? [])].map(([c, s]) => [c, FILL[s]])));
    expect(fills.F6).toBe(FILL.error);
    // The XT findings in related files are listed with their file, and counted.
    const xtElsewhere = cli.findings.filter((f) => f.file !== join(CROSS, own) && f.ruleId.startsWith("XT-"));
    expect(await total(page)).toBe(mine.length + xtElsewhere.length);
    await page.getByRole("searchbox").fill("XT-ROSTER-MISSING");
    await expect(page.locator('[data-testid="finding-list"]').innerText()).resolves.toContain(
      "低收入人口名单.xlsx（不在本工作簿，未标记）",
    );
    await page.getByRole("searchbox").fill("");
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshotPath("wps-pane-related-320.png"), fullPage: true });
    // Nothing in the pane is wider than the 320-px pane.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
  });
});

describe("对应表头 in the WPS task pane at 320 px", () => {
  test("a ledger in county wording: pick the headers, apply, checked again at once; the choices kept in the workbook", async () => {
    const ledger = countyWordingLedger();
    const wb = readXlsx(new Uint8Array((await toWorkbook(ledger).xlsx.writeBuffer()) as ArrayBuffer));
    const sheets = wb.sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges }));
    const page = await wpsPage(narrow, { sheets, errors });
    await page.goto(`${server.origin}/wps/taskpane.html`);
    await page.getByRole("button", { name: "校验全部工作表", exact: true }).click();
    await total(page);
    await page.locator('[data-testid="header-map"]').waitFor();
    for (const [field, , county] of COUNTY_WORDS.slice(0, 3))
      await page.locator(`[data-testid="map-石门镇-${field}"]`).selectOption(county);
    await page.locator('[data-testid="map-apply"]').click();
    await page.locator('[data-testid="map-note"]').waitFor();
    expect(await page.locator('[data-testid="map-note"]').innerText()).toBe(
      "对应关系已保存在本工作簿中，以后每次校验都会使用。",
    );
    const cli = CheckReportSchema.parse(
      JSON.parse(
        runCli([
          "check",
          await writeTemp(ledger.file, await toWorkbook(ledger).xlsx.writeBuffer()),
          ...COUNTY_WORDS.slice(0, 3).flatMap(([f, , c]) => ["--map", `${f}=${c}`]),
          "--format",
          "json",
          "--today",
          localToday(),
        ]).stdout,
      ),
    );
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid="finding-counts"]')?.getAttribute("data-total")) === n,
      cli.findings.length,
    );
    expect(cli.findings.filter((f) => f.ruleId === "GEN-MISSING-COLUMN")).toEqual([]);
    const fills = await page.evaluate(() =>
      (window as unknown as { __anjuEt: { fills(n: string): Record<string, string> } }).__anjuEt.fills(
        "石门镇",
      ),
    );
    const want = worstSeverity(cli.findings).get("石门镇") ?? new Map<string, Severity>();
    expect(fills).toEqual(Object.fromEntries([...want].map(([c, s]) => [c, FILL[s]])));
    const kept = await page.evaluate(() =>
      (window as unknown as { __anjuEt: { values(n: string): Record<string, unknown> } }).__anjuEt.values(
        "_anju_settings",
      ),
    );
    expect(Object.values(kept)).toContain("anju.headers");
    await page.screenshot({ path: screenshotPath("wps-pane-headermap-320.png"), fullPage: true });
    expect(errors).toEqual([]);
  });
});
