import { a1 } from "../../../src/engine/model/address";
import type { CellRange } from "../../../src/engine/model/types";
import { templateSheet } from "../../../src/engine/template";
import { OfficeWorkbookHost } from "../../../src/hosts/office/host";
import { OfficeOpenWorkbook } from "../../../src/hosts/office/open-workbook";
import { check } from "../wps/helpers";
import { FakeExcel } from "./fake-excel";
import { fillsOf, valuesOf } from "./helpers";

/**
 * 插入空白表 through the OpenWorkbook port in Excel (SPEC §12): the blank 表A.1 is added beside the clerk's sheets
 * under a free name, with its validations, live colours, frozen header and print settings where this Excel has
 * them, and a notice for each part it has not; no sheet is ever replaced or touched.
 */
const spec = templateSheet("revisit", { township: "兴东镇", village: "张庄村", rows: 20 }).spec;
const area = (r: CellRange) =>
  r.top === r.bottom && r.left === r.right
    ? a1(r.top, r.left)
    : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;

function open(api: number) {
  const fake = new FakeExcel({ api });
  const own = fake.addSheet("张庄村", {
    rows: [
      ["户主姓名", "身份证号"],
      ["张三", "3212"],
    ],
    merges: [],
  });
  own.at(1, 0).fill = { color: "#FFC000", pattern: "Solid", patternColor: "#000000" };
  const env = fake.env();
  const book = new OfficeOpenWorkbook(new OfficeWorkbookHost(env, { locale: "zh-CN" }), env, 5, check);
  return { fake, book, own };
}

test("ExcelApi 1.18: the template goes in beside the clerk's own 张庄村 as 张庄村 (2), then 张庄村 (3)", async () => {
  const { fake, book, own } = open(18);
  const before = { values: valuesOf(own), fills: fillsOf(own), merges: [...own.merges] };
  const first = await book.insertSheet(spec);
  expect(first).toEqual({ name: "张庄村 (2)", notices: [] });
  const sheet = fake.sheet("张庄村 (2)");
  expect(fake.find(fake.activeId)?.name).toBe("张庄村 (2)");
  expect(valuesOf(sheet)["I4"]).toEqual(["房屋安全状况", "String", null]);
  const v = Object.fromEntries(sheet.validations.map((x) => [area(x.range), x]));
  expect(v["I6:I25"]?.rule).toEqual({ list: { inCellDropDown: true, source: "A,B,C,D" } });
  expect(v["I6:I25"]?.prompt).toMatchObject({ showPrompt: true, title: "房屋安全状况" });
  expect(v["I6:I25"]?.errorAlert).toMatchObject({
    showAlert: true,
    style: "Stop",
    title: "房屋安全状况填写有误",
  });
  expect(sheet.conditionalFormats.map((cf) => [area(cf.range), cf.formula, cf.fill])).toEqual(
    (spec.conditionalFormats ?? []).flatMap((cf) =>
      cf.ranges.map((r) => [area(r), `=${cf.formula}`, cf.fill]),
    ),
  );
  expect(sheet.frozen).toBeDefined();
  expect(sheet.page).toEqual({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$3:$5" });

  const second = await book.insertSheet(spec);
  expect(second.name).toBe("张庄村 (3)");
  expect(fake.sheets.map((s) => s.name)).toEqual(["张庄村", "张庄村 (2)", "张庄村 (3)"]);
  expect(fake.find(fake.activeId)?.name).toBe("张庄村 (3)");
  // The clerk's sheet: every value, fill and merge as it was; the first template still there.
  expect(fake.sheet("张庄村")).toBe(own);
  expect({ values: valuesOf(own), fills: fillsOf(own), merges: own.merges }).toEqual(before);
  expect(fake.sheet("张庄村 (2)").validations.length).toBe(sheet.validations.length);
});

test("a name taken in another case (ZHANG vs zhang) is taken", async () => {
  const { fake, book } = open(18);
  fake.addSheet("ZHANG");
  expect((await book.insertSheet({ ...spec, name: "zhang" })).name).toBe("zhang (2)");
});

test.each<[number, string[]]>([
  [7, ["tplNoValidation"]],
  [1, ["tplNoValidation", "tplNoFormats"]],
])("ExcelApi 1.%i: a plain sheet and a notice for each missing part", async (api, keys) => {
  const { fake, book } = open(api);
  const done = await book.insertSheet(spec);
  expect(done.name).toBe("张庄村 (2)");
  expect(done.notices).toEqual(keys.map((key) => ({ key, params: {} })));
  const sheet = fake.sheet("张庄村 (2)");
  expect(sheet.validations).toEqual([]);
  expect((valuesOf(sheet)["A6"] as unknown[])[0]).toBe(1);
  expect((valuesOf(sheet)["A25"] as unknown[])[0]).toBe(20);
});
