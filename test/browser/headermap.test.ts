import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { COUNTY_WORDS, COUNTY_MAP_ARGS, countyWordingLedger } from "../../scripts/samples/county-wording";
import { toWorkbook } from "../../scripts/samples/ledgers";
import { parseConfig } from "../../src/engine/config";
import { CheckReportSchema, type CheckReport } from "../../src/engine/report";
import { runCli } from "../helpers/cli";
import { ensureDist, launch, serveDist, tmpDir, type Browser, type StaticServer } from "./helpers";

/**
 * 对应表头 on the browser page (SPEC §13): a ledger in county wording shows its missing columns with the
 * unrecognised headers to pick from; applying the picks checks again at once (no GEN-MISSING-COLUMN, the CLI's
 * findings with --map), and the county config offered for download gives the same findings to `anju check`.
 */
const dir = tmpDir("anju-headermap-");
const ledger = countyWordingLedger();
const file = join(dir, ledger.file);
let server: StaticServer;
let browser: Browser;
let page: Page;
let mapped: CheckReport;
let unmapped: CheckReport;

function cli(...args: string[]): CheckReport {
  const run = runCli(["check", file, "--format", "json", "--today", ledger.today, ...args]);
  return CheckReportSchema.parse(JSON.parse(run.stdout));
}

async function total(p: Page, n: number): Promise<void> {
  await p.locator(`[data-testid="finding-counts"][data-total="${n}"]`).waitFor({ timeout: 120_000 });
}

beforeAll(async () => {
  ensureDist();
  await toWorkbook(ledger).xlsx.writeFile(file);
  unmapped = cli();
  mapped = cli(...COUNTY_MAP_ARGS);
  server = await serveDist();
  browser = await launch(server.origin);
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/web.html?today=${ledger.today}`);
  await page.locator('[data-testid="file-input"]').setInputFiles(file);
  await total(page, unmapped.findings.length);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("对应表头 on web.html", () => {
  test("the missing columns are offered with the table's unrecognised headers", async () => {
    const panel = page.locator('[data-testid="header-map"]');
    await panel.waitFor();
    expect(await panel.innerText()).toContain("对应表头");
    for (const field of ["户主姓名", "安全性评定意见", "竣工验收"]) {
      const select = page.locator(`[data-testid="map-石门镇-${field}"]`);
      const options = await select.locator("option").allInnerTexts();
      for (const [, , county] of COUNTY_WORDS) expect(options).toContain(county);
    }
  });

  test("applying the picks checks again at once: the CLI's findings with --map, no GEN-MISSING-COLUMN", async () => {
    for (const [field, , county] of COUNTY_WORDS.slice(0, 3)) {
      await page.locator(`[data-testid="map-石门镇-${field}"]`).selectOption(county);
    }
    await page.locator('[data-testid="map-apply"]').click();
    // 补助金额 is optional (no GEN-MISSING-COLUMN, not offered): the CLI run without it is the comparison.
    const three = cli(...COUNTY_MAP_ARGS.slice(0, 6));
    await total(page, three.findings.length);
    expect(three.findings.filter((f) => f.ruleId === "GEN-MISSING-COLUMN")).toEqual([]);
    expect(await page.locator('[data-finding*="GEN-MISSING-COLUMN"]').count()).toBe(0);
    expect(await page.locator('[data-testid="map-kept"]').innerText()).toContain("竣工验收 = 完工核验");
    expect(mapped.findings.length).toBeGreaterThanOrEqual(three.findings.length);
  });

  test("the county config downloaded keeps the picks: anju check --config gives the same findings", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-testid="map-keep"]').click(),
    ]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const json = JSON.parse(readFileSync(path, "utf8")) as unknown;
    expect(() => parseConfig(json)).not.toThrow();
    expect(json).toEqual({
      headers: {
        renovation: {
          户主姓名: ["户主（申请人）"],
          安全性评定意见: ["房屋安全认定"],
          竣工验收: ["完工核验"],
        },
      },
    });
    const withConfig = cli("--config", path);
    const three = cli(...COUNTY_MAP_ARGS.slice(0, 6));
    expect(withConfig.findings).toEqual(three.findings);
  });
});
