import type { Page } from "playwright-core";
import { excelPage } from "./fake-hosts";
import { ensureDist, launch, serveDist, type Browser, type StaticServer } from "./helpers";

/**
 * 插入空白表 in the built Excel task pane (dist/taskpane.html) on the Office fake, end to end through the pane's
 * controller and the Office host: the blank 表A.1 beside the clerk's sheet under a free name, with data validation
 * and conditional formats where the Excel has them (ExcelApi 1.8, 1.6), and the pane saying what is missing on an
 * older Excel (1.7: no validation).
 */
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ensureDist();
  server = await serveDist();
  browser = await launch(server.origin, { width: 400, height: 860 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Seen {
  sheets: string[];
  active: string | undefined;
  validations: number;
  formats: number;
  page: unknown;
  clerk: unknown;
}

const look = (page: Page, name: string): Promise<Seen> =>
  page.evaluate((n) => {
    type Model = {
      name: string;
      validations: unknown[];
      conditionalFormats: unknown[];
      page: unknown;
      cells: Map<number, { value: unknown }>;
    };
    const a = (
      window as unknown as {
        __anju: { fake: { sheets: Model[]; find(k: string): Model | undefined }; activeSheet(): string };
      }
    ).__anju;
    const sheet = a.fake.find(n);
    const clerk = a.fake.find("张庄村");
    return {
      sheets: a.fake.sheets.map((s) => s.name),
      active: a.activeSheet(),
      validations: sheet?.validations.length ?? -1,
      formats: sheet?.conditionalFormats.length ?? -1,
      page: sheet?.page,
      clerk: clerk ? [...clerk.cells.values()].map((c) => c.value) : [],
    };
  }, name);

async function open(api: number): Promise<Page> {
  const errors: string[] = [];
  const page = await excelPage(browser, {
    api,
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
  await page.goto(`${server.origin}/taskpane.html`);
  return page;
}

test("ExcelApi 1.18: two inserts under free names, with validation, live colours and print settings", async () => {
  const page = await open(18);
  const before = await look(page, "张庄村");
  await page.locator('[data-testid="template-insert"] summary').click();
  const button = page.locator('[data-testid="insert-template"]');
  await button.click();
  await page
    .getByText(/已插入空白表/)
    .first()
    .waitFor({ timeout: 60_000 });
  const first = (await look(page, "")).sheets[1] as string;
  const one = await look(page, first);
  expect(one.active).toBe(first);
  expect(one.validations).toBeGreaterThan(5);
  expect(one.formats).toBeGreaterThan(3);
  expect(one.page).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
  await button.click();
  await page.getByText(`已插入空白表“${first} (2)”。`).waitFor({ timeout: 60_000 });
  const two = await look(page, `${first} (2)`);
  expect(two.sheets).toEqual(["张庄村", first, `${first} (2)`]);
  expect(two.active).toBe(`${first} (2)`);
  expect(two.clerk).toEqual(before.clerk);
}, 120_000);

test("ExcelApi 1.7: the table is inserted, and the pane says data validation is missing", async () => {
  const page = await open(7);
  await page.locator('[data-testid="template-insert"] summary').click();
  await page.locator('[data-testid="insert-template"]').click();
  await page
    .getByText(/不支持数据验证/)
    .first()
    .waitFor({ timeout: 60_000 });
  const first = (await look(page, "")).sheets[1] as string;
  const one = await look(page, first);
  expect(one.validations).toBe(0);
  expect(one.formats).toBeGreaterThan(3);
}, 120_000);
