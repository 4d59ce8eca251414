import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { checkWorkbook } from "../../src/engine/check";
import { planMarks } from "../../src/engine/marks";
import { CheckReportSchema, type CheckReport } from "../../src/engine/report";
import { readXlsx } from "../../src/workbook/read";
import { runCli } from "../helpers/cli";
import {
  disabledPaneButtons,
  FILL,
  FIXTURE,
  localToday,
  worstSeverity,
  wpsPage,
  type Severity,
} from "./fake-hosts";
import {
  DIST,
  ensureDist,
  launch,
  screenshotPath,
  serveDist,
  type Browser,
  type StaticServer,
} from "./helpers";

/**
 * The built WPS add-in (dist/wps/) as if inside WPS 表格: `window.Application` and `wps.EtApplication()` are a
 * bundle of the ET fake (wps-fake-entry.ts) holding the sample township, with fills and comments of the clerk's
 * own. The task pane must mark every finding's cell by worst severity and no other, change no value, comment the
 * marked cells (keeping the clerk's own comment), and 清除标记 must restore every fill and keep the clerk's
 * comments. The entry page must define every function ribbon.xml names, open the pane once, and run 校验.
 */
const SEEDS = {
  张庄村: {
    fills: {
      J5: { color: 16_777_215, colorIndex: 0, pattern: 1, patternColor: 0 },
      L5: { color: 15_652_797, colorIndex: 0, pattern: -4125, patternColor: 255 },
      E6: "#FFC000",
      A1: "#E2EFDA",
    },
    comments: { E7: "村里说下周补齐", A2: "表头由乡里统一" },
  },
};
const SHEETS = ["张庄村", "李家村", "王庄社区", "填表说明"];

let server: StaticServer;
let browser: Browser;
let cli: CheckReport;
const errors: string[] = [];

type Et = {
  fills(n: string): Record<string, string>;
  rawFills(n: string): Record<string, unknown>;
  comments(n: string): Record<string, string>;
  values(n: string): Record<string, unknown>;
  sheets(): string[];
  unemulated(): string[];
  panes(): Array<{ url: string; id: number; visible: boolean }>;
  storage(key: string): unknown;
};
const et = <T>(p: Page, fn: (e: Et, arg: string) => T, arg = ""): Promise<T> =>
  p.evaluate(
    ([src, a]) => {
      const f = new Function("e", "a", `return (${src})(e, a);`) as (e: unknown, a: string) => T;
      return f((window as unknown as { __anjuEt: unknown }).__anjuEt, a);
    },
    [fn.toString(), arg] as const,
  );

async function openWithFake(path: string): Promise<Page> {
  const page = await wpsPage(browser, { seeds: SEEDS, errors });
  await page.goto(`${server.origin}${path}`);
  return page;
}

beforeAll(async () => {
  ensureDist();
  cli = CheckReportSchema.parse(
    JSON.parse(runCli(["check", FIXTURE, "--format", "json", "--today", localToday()]).stdout),
  );
  server = await serveDist();
  browser = await launch(server.origin, { width: 400, height: 860 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the WPS task pane (dist/wps/taskpane.html)", () => {
  let page: Page;
  let before: Record<string, { fills: Record<string, unknown>; values: Record<string, unknown> }>;

  beforeAll(async () => {
    page = await openWithFake("/wps/taskpane.html");
    before = {};
    for (const s of SHEETS) {
      before[s] = {
        fills: await et(page, (e, n) => e.rawFills(n), s),
        values: await et(page, (e, n) => e.values(n), s),
      };
    }
  }, 120_000);

  test("shows the Excel pane's buttons, enabled", async () => {
    expect(await disabledPaneButtons(page)).toEqual([]);
  });

  test("校验全部工作表 marks every finding's cell by worst severity and no other, changes no value, comments the marked cells", async () => {
    await page.getByRole("button", { name: "校验全部工作表" }).click();
    const counts = page.locator('[data-testid="finding-counts"]');
    await counts.waitFor({ timeout: 60_000 });
    expect(Number(await counts.getAttribute("data-total"))).toBe(cli.findings.length);
    const want = worstSeverity(cli.findings);
    for (const sheet of SHEETS) {
      const cells = want.get(sheet) ?? new Map<string, Severity>();
      const fills = await et(page, (e, n) => e.fills(n), sheet);
      const comments = await et(page, (e, n) => e.comments(n), sheet);
      // Every marked cell in its colour; every other fill as the clerk had it.
      const marks = Object.fromEntries([...cells].map(([c, s]) => [c, FILL[s]]));
      const others = Object.fromEntries(Object.entries(fills).filter(([c]) => !cells.has(c)));
      expect(Object.fromEntries([...cells.keys()].map((c) => [c, fills[c]]))).toEqual(marks);
      const clerkOthers = Object.keys(before[sheet]?.fills ?? {}).filter((c) => !cells.has(c));
      expect(Object.keys(others).sort()).toEqual(clerkOthers.sort());
      for (const c of cells.keys()) {
        if (sheet === "张庄村" && c === "E7") expect(comments[c]).toBe("村里说下周补齐");
        else expect([c, comments[c]?.startsWith("【")]).toEqual([c, true]);
      }
      // Every row with a finding has a mark.
      const rows = new Set(
        cli.findings.filter((f) => f.sheet === sheet && f.cells.length > 0).map((f) => f.row),
      );
      const markedRows = new Set([...cells.keys()].map((c) => Number(/\d+/.exec(c)?.[0])));
      for (const r of rows) expect([sheet, r, markedRows.has(r)]).toEqual([sheet, r, true]);
      expect(await et(page, (e, n) => e.values(n), sheet)).toEqual(before[sheet]?.values);
    }
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshotPath("taskpane-in-wps.png") });
  });

  test("清除标记 restores every fill exactly and keeps the clerk's own comments", async () => {
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText("已清除标记。").waitFor();
    for (const sheet of SHEETS) {
      expect(await et(page, (e, n) => e.rawFills(n), sheet)).toEqual(before[sheet]?.fills);
      expect(await et(page, (e, n) => e.values(n), sheet)).toEqual(before[sheet]?.values);
    }
    expect(await et(page, (e, n) => e.comments(n), "张庄村")).toEqual(SEEDS.张庄村.comments);
    expect(await et(page, (e) => e.sheets())).toEqual(SHEETS);
    expect(await et(page, (e) => e.unemulated())).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("the WPS entry page (dist/wps/index.html) and ribbon.xml", () => {
  const ribbon = readFileSync(join(DIST, "wps", "ribbon.xml"), "utf8");

  test("ribbon.xml is CustomUI 2006/01 with the tab 安居核查, 打开核查面板, 校验 and the pane's buttons", () => {
    expect(ribbon).toContain('xmlns="http://schemas.microsoft.com/office/2006/01/customui"');
    expect(ribbon).toMatch(/<tab [^>]*label="安居核查"/);
    const labels = [...ribbon.matchAll(/<button [^>]*label="([^"]+)"/g)].map((m) => m[1]);
    for (const label of [
      "打开核查面板",
      "校验",
      "校验全部工作表",
      "清除标记",
      "生成乡镇汇总",
      "生成市级汇总",
      "抽查样本",
    ]) {
      expect(labels).toContain(label);
    }
  });

  test("every callback ribbon.xml names is a function of the built entry page; 打开核查面板 opens one pane; 校验 marks", async () => {
    const names = [
      ...new Set(
        [
          ...ribbon.matchAll(
            /\b(?:onLoad|onAction|getEnabled|getImage|getLabel|getVisible|getScreentip)="([^"]+)"/g,
          ),
        ].map((m) => m[1] as string),
      ),
    ];
    expect(names.length).toBeGreaterThanOrEqual(4);
    const page = await openWithFake("/wps/index.html");
    await page.waitForFunction(
      () => typeof (window as unknown as { OnAction?: unknown }).OnAction === "function",
    );
    const types = await page.evaluate(
      (list) => list.map((n) => [n, typeof (window as unknown as Record<string, unknown>)[n]]),
      names,
    );
    expect(types).toEqual(names.map((n) => [n, "function"]));
    const ids = [...ribbon.matchAll(/<button id="([^"]+)"/g)].map((m) => m[1] as string);
    const images = await page.evaluate(
      (list) =>
        list.map((id) => (window as unknown as { GetImage(c: { Id: string }): string }).GetImage({ Id: id })),
      ids,
    );
    for (const src of new Set(images)) {
      const res = await page.request.get(`${server.origin}/wps/${src}`);
      expect([src, res.status()]).toEqual([src, 200]);
    }

    const call = (id: string) =>
      page.evaluate(
        (x) => (window as unknown as { OnAction(c: { Id: string }): boolean }).OnAction({ Id: x }),
        id,
      );
    expect(await call("anjuOpenPane")).toBe(true);
    expect(await call("anjuOpenPane")).toBe(true);
    const panes = await et(page, (e) => e.panes());
    expect(panes.length).toBe(1);
    expect(panes[0]?.url).toBe(`${server.origin}/wps/taskpane.html`);
    expect(panes[0]?.visible).toBe(true);
    expect(await et(page, (e) => e.storage("anju_taskpane_id"))).toBe(panes[0]?.id);

    const dialog = page.waitForEvent("dialog");
    await call("anjuCheck");
    const d = await dialog;
    const message = d.message();
    await d.accept();
    expect(message).toContain("张庄村");
    // 校验 checks the active sheet alone (no duplicates across sheets): the engine's marks for that sheet.
    const today = localToday().split("-").map(Number) as [number, number, number];
    const alone = checkWorkbook(readXlsx(new Uint8Array(readFileSync(FIXTURE))), {
      today: { y: today[0], m: today[1], d: today[2] },
      sheets: ["张庄村"],
    });
    const want = Object.fromEntries(planMarks(alone.findings).map((m) => [m.address, FILL[m.severity]]));
    expect(Object.keys(want).length).toBeGreaterThan(10);
    const fills = await et(page, (e, n) => e.fills(n), "张庄村");
    expect(Object.fromEntries(Object.keys(want).map((c) => [c, fills[c]]))).toEqual(want);
    expect(await et(page, (e) => e.unemulated())).toEqual([]);
    expect(errors).toEqual([]);
    expect(browser.outside).toEqual([]);
  });
});
