import { checkWorkbook } from "../../../src/engine/check";
import { WpsWorkbookHost } from "../../../src/hosts/wps";
import { WpsHostError } from "../../../src/hosts/wps/notices";
import { WpsOpenWorkbook } from "../../../src/hosts/wps/open-workbook";
import { SETTINGS_SHEET } from "../../../src/hosts/wps/settings";
import { TODAY } from "../../engine/rules/harness";
import { FakeEt, type FakeEtOptions } from "./fake-et";
import { check } from "./helpers";

/**
 * Document settings in WPS (对应表头 choices under `anju.headers`): kept in the very hidden `_anju_settings` sheet,
 * so they are saved with the workbook as .xlsx or .et; never read as a table, never shown, the clerk's active
 * sheet left active.
 */
function open(options: FakeEtOptions = {}) {
  const fake = new FakeEt(options);
  fake.addSheet("说明", { rows: [["说明"]], merges: [] });
  fake.addSheet("张庄村", { rows: [["户主姓名"], ["张三"]], merges: [] });
  fake.activeIndex = 1;
  const book = new WpsOpenWorkbook(new WpsWorkbookHost(fake.app, { locale: "zh-CN" }), fake.app, check, {
    events: undefined,
    debounceMs: 5,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  });
  return { fake, book };
}

const MAPPING = JSON.stringify({ revisit: { 竣工验收: "验收情况" } });

test("set writes a very hidden sheet; get reads it back; the clerk's sheet stays active", async () => {
  const { fake, book } = open();
  expect(book.settings.get("anju.headers")).toBeUndefined();
  await book.settings.set("anju.headers", MAPPING);
  await book.settings.set("anju.rows", "0050");
  await book.settings.set("anju.headers", `${MAPPING} `);
  const sheet = fake.sheet(SETTINGS_SHEET);
  expect(sheet.visible).toBe(2);
  expect(fake.sheets[fake.activeIndex]?.name).toBe("张庄村");
  expect(book.settings.get("anju.headers")).toBe(`${MAPPING} `);
  // Stored as text: "0050" stays "0050", not the number 50.
  expect(book.settings.get("anju.rows")).toBe("0050");
  expect(sheet.values()).toMatchObject({
    A2: "anju.headers",
    B2: `${MAPPING} `,
    A3: "anju.rows",
    B3: "0050",
  });
  expect(fake.sheets.filter((s) => s.name === SETTINGS_SHEET)).toHaveLength(1);
  expect(fake.unemulated).toEqual(new Set());
  // Another session on the saved workbook (a new host on the same document) reads the same.
  expect(open().book.settings.get("anju.headers")).toBeUndefined();
  const later = new WpsOpenWorkbook(new WpsWorkbookHost(fake.app), fake.app, check, {
    events: undefined,
    debounceMs: 5,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  });
  expect(later.settings.get("anju.headers")).toBe(`${MAPPING} `);
});

test("the settings sheet is never read as a table, and 校验全部 / 清除标记 leave it alone", async () => {
  const { fake, book } = open();
  await book.settings.set("anju.headers", MAPPING);
  const read = await book.readTables(() => false);
  expect(read.names).toEqual(["说明", "张庄村"]);
  await book.checkAndMark("all", (wb, names) => checkWorkbook(wb, { today: TODAY, sheets: names }));
  await book.clear();
  expect(book.settings.get("anju.headers")).toBe(MAPPING);
  expect(fake.sheet(SETTINGS_SHEET).visible).toBe(2);
});

test("a workbook whose structure is protected: set fails with the host's message, get still answers", async () => {
  const { book } = open({ protectStructure: true });
  const failed = book.settings.set("anju.headers", MAPPING);
  await expect(failed).rejects.toBeInstanceOf(WpsHostError);
  await expect(failed).rejects.toMatchObject({
    key: "wpsFailed",
    params: { message: expect.stringContaining("工作簿结构受保护") },
  });
  expect(book.settings.get("anju.headers")).toBeUndefined();
});
