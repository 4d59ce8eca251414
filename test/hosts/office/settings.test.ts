import { AnjuError } from "../../../src/engine/errors";
import { OfficeWorkbookHost } from "../../../src/hosts/office/host";
import { OfficeOpenWorkbook } from "../../../src/hosts/office/open-workbook";
import { check } from "../wps/helpers";
import { FakeExcel } from "./fake-excel";

/**
 * Document settings in Excel (对应表头 choices under `anju.headers`): Office.context.document.settings, kept in the
 * document, so a later session on the same workbook reads them; none where Office has no settings.
 */
const book = (fake: FakeExcel) => {
  const env = fake.env();
  return new OfficeOpenWorkbook(new OfficeWorkbookHost(env, { locale: "zh-CN" }), env, 5, check);
};
const MAPPING = JSON.stringify({ revisit: { 竣工验收: "验收情况" } });

test("a setting is saved into the document and read by the next session; the workbook's sheets untouched", async () => {
  const fake = new FakeExcel();
  fake.addSheet("张庄村", { rows: [["户主姓名"]], merges: [] });
  const first = book(fake);
  expect(first.settings?.get("anju.headers")).toBeUndefined();
  await first.settings?.set("anju.headers", MAPPING);
  expect(first.settings?.get("anju.headers")).toBe(MAPPING);
  expect(fake.documentSettings?.saves).toBe(1);
  expect(fake.documentSettings?.saved.get("anju.headers")).toBe(JSON.stringify(MAPPING));
  // The workbook closed and opened again: a new session loads the document's settings.
  expect(book(fake).settings?.get("anju.headers")).toBe(MAPPING);
  expect(fake.sheets.map((s) => s.name)).toEqual(["张庄村"]);
  // A second setting keeps the first.
  await first.settings?.set("anju.other", "1");
  const again = book(fake).settings;
  expect([again?.get("anju.headers"), again?.get("anju.other")]).toEqual([MAPPING, "1"]);
});

test("a save that fails is an AnjuError naming why, and the document keeps what it had", async () => {
  const fake = new FakeExcel();
  fake.addSheet("表");
  const b = book(fake);
  await b.settings?.set("anju.headers", "old");
  fake.documentSettings!.failNextSave = "文档为只读";
  const failed = b.settings?.set("anju.headers", MAPPING);
  await expect(failed).rejects.toBeInstanceOf(AnjuError);
  await expect(failed).rejects.toMatchObject({ key: "settingsNotSaved", params: { detail: "文档为只读" } });
  expect(book(fake).settings?.get("anju.headers")).toBe("old");
});

test("an Office without document settings offers none", () => {
  const fake = new FakeExcel({ settings: false });
  fake.addSheet("表");
  expect(book(fake).settings).toBeUndefined();
});
