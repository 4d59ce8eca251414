import type { Page } from "playwright-core";
import { wpsPage } from "./fake-hosts";
import { ensureDist, launch, serveDist, type Browser, type StaticServer } from "./helpers";

/**
 * 插入空白表 in the built WPS pane (dist/wps/taskpane.html) on the ET fake, end to end through the pane's
 * controller and the WPS host: each click adds the blank 表A.1 beside the clerk's sheets under a free name, with
 * ET's data validation, conditional formats, frozen header and print settings; no sheet of the clerk's changes.
 */
let server: StaticServer;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  ensureDist();
  server = await serveDist();
  browser = await launch(server.origin, { width: 400, height: 860 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Inserted {
  sheets: string[];
  active: string | undefined;
  validations: number;
  formats: number;
  anchored: boolean;
  frozen: unknown;
  page: unknown;
  clerk: Record<string, unknown>;
  unemulated: string[];
}

const look = (page: Page, name: string): Promise<Inserted> =>
  page.evaluate((n) => {
    type Model = {
      name: string;
      validations: unknown[];
      formatConditions: Array<{ range: { top: number; left: number }; anchor: { row: number; col: number } }>;
      frozen: unknown;
      page: unknown;
      values(): Record<string, unknown>;
    };
    const e = (
      window as unknown as {
        __anjuEt: { fake: { sheets: Model[] }; active(): string; unemulated(): string[] };
      }
    ).__anjuEt;
    const sheet = e.fake.sheets.find((s) => s.name === n);
    const clerk = e.fake.sheets.find((s) => s.name === "张庄村");
    return {
      sheets: e.fake.sheets.map((s) => s.name),
      active: e.active(),
      validations: sheet?.validations.length ?? -1,
      formats: sheet?.formatConditions.length ?? -1,
      anchored: (sheet?.formatConditions ?? []).every(
        (f) => f.anchor.row === f.range.top && f.anchor.col === f.range.left,
      ),
      frozen: sheet?.frozen,
      page: sheet?.page,
      clerk: clerk?.values() ?? {},
      unemulated: e.unemulated(),
    };
  }, name);

test("插入空白表 twice: 表A.1 and 表A.1 (2), with validation, live colours, frozen header, print settings", async () => {
  const page = await wpsPage(browser, {
    sheets: [
      {
        name: "张庄村",
        rows: [
          ["户主姓名", "身份证号"],
          ["张三", "3212"],
        ],
        merges: [],
      },
    ],
    errors,
  });
  await page.goto(`${server.origin}/wps/taskpane.html`);
  const before = await look(page, "张庄村");
  await page.locator('[data-testid="template-insert"] summary').click();
  const button = page.locator('[data-testid="insert-template"]');
  await button.click();
  await page
    .getByText(/已插入空白表/)
    .first()
    .waitFor({ timeout: 60_000 });
  const first = (await look(page, "")).sheets[1] as string;
  expect(first).toBeTruthy();
  const one = await look(page, first);
  expect(one.active).toBe(first);
  expect(one.validations).toBeGreaterThan(5);
  expect(one.formats).toBeGreaterThan(3);
  expect(one.anchored).toBe(true);
  expect(one.frozen).toMatchObject({ rows: expect.any(Number) });
  expect(one.page).toMatchObject({
    orientation: 2,
    paperSize: 9,
    printTitleRows: expect.stringMatching(/^\$\d+:\$\d+$/),
  });
  expect(one.unemulated).toEqual([]);

  await button.click();
  await page.getByText(`已插入空白表“${first} (2)”。`).waitFor({ timeout: 60_000 });
  const two = await look(page, `${first} (2)`);
  expect(two.sheets).toEqual(["张庄村", first, `${first} (2)`]);
  expect(two.active).toBe(`${first} (2)`);
  expect(two.validations).toBe(one.validations);
  expect(two.clerk).toEqual(before.clerk);
  expect(errors).toEqual([]);
}, 120_000);
