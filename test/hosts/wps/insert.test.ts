import { a1 } from "../../../src/engine/model/address";
import type { CellRange } from "../../../src/engine/model/types";
import { templateSheet } from "../../../src/engine/template";
import { WpsWorkbookHost } from "../../../src/hosts/wps";
import { WpsOpenWorkbook } from "../../../src/hosts/wps/open-workbook";
import { FakeEt, type FakeEtOptions } from "./fake-et";
import { bgr } from "./fake-sheet";
import { check } from "./helpers";

/**
 * 插入空白表 in WPS 表格 (SPEC §12, §7.1) through the OpenWorkbook port, on the ET fake: the blank 表A.1 under a free
 * name with ET's own data validation (Validation.Add + messages), live colours (FormatConditions.Add xlExpression,
 * BGR), the frozen header (ActiveWindow) and print settings (PageSetup); the clerk's sheets untouched; a part this
 * WPS refuses becomes a notice, not a failure.
 */
const spec = templateSheet("revisit", { township: "兴东镇", village: "张庄村", rows: 20 }).spec;
const area = (r: CellRange) =>
  r.top === r.bottom && r.left === r.right
    ? a1(r.top, r.left)
    : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;

function open(options: FakeEtOptions = {}) {
  const fake = new FakeEt(options);
  const own = fake.addSheet(
    "张庄村",
    {
      rows: [
        ["户主姓名", "身份证号"],
        ["张三", "3212"],
      ],
      merges: [],
    },
    { fills: { A2: "#FFC000" }, comments: { B2: "核对" } },
  );
  const book = new WpsOpenWorkbook(new WpsWorkbookHost(fake.app, { locale: "zh-CN" }), fake.app, check, {
    events: undefined,
    debounceMs: 5,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  });
  return { fake, book, own };
}

test("the template goes in as 张庄村 (2) with validations, live colours, frozen header and print settings", async () => {
  const { fake, book, own } = open();
  const before = { values: own.values(), fills: own.rawFills(), comments: own.comments() };
  expect(await book.insertSheet(spec)).toEqual({ name: "张庄村 (2)", notices: [] });
  const sheet = fake.sheet("张庄村 (2)");
  expect(fake.sheets[fake.activeIndex]).toBe(sheet);
  expect(sheet.values()["I4"]).toBe("房屋安全状况");
  expect(sheet.values()["A6"]).toBe(1);
  expect(sheet.values()["A25"]).toBe(20);

  // Validation: every range of the spec (input-only ones too: ET has xlValidateInputOnly), exactly.
  const v = Object.fromEntries(sheet.validations.map((x) => [area(x.range), x]));
  expect(Object.keys(v).sort()).toEqual((spec.validations ?? []).map((x) => area(x.range)).sort());
  expect(v["I6:I25"]).toMatchObject({
    type: 3,
    alertStyle: 1,
    formula1: "A,B,C,D",
    inCellDropdown: true,
    ignoreBlank: true,
    inputTitle: "房屋安全状况",
    showInput: true,
    errorTitle: "房屋安全状况填写有误",
    errorMessage: "“房屋安全状况”只能是 A、B、C、D 之一，请从下拉列表选择。",
    showError: true,
  });
  expect(v["I6:I25"]?.inputMessage).toContain("TZ 注3：");
  expect(v["E6:E25"]).toMatchObject({ type: 3, formula1: "√" });
  expect(v["F6:F25"]).toMatchObject({ type: 1, operator: 1, formula1: "1980", formula2: "2100" });
  expect(v["H6:H25"]).toMatchObject({
    type: 4,
    operator: 1,
    formula1: "=DATE(2000,1,1)",
    formula2: "=DATE(2100,12,31)",
  });
  expect(v["C6:C25"]).toMatchObject({ type: 6, operator: 7, formula1: "7", alertStyle: 2 });
  for (const x of spec.validations ?? []) {
    const got = v[area(x.range)];
    expect([got?.inputTitle, got?.inputMessage]).toEqual([x.prompt.title, x.prompt.text]);
    expect(got?.showError).toBe(x.error !== undefined);
  }

  // Conditional formats: in the spec's order (first = highest priority), each anchored at its range's top-left
  // (so that `$I6` means each row's own cell), colours BGR.
  const want = (spec.conditionalFormats ?? []).flatMap((cf) =>
    cf.ranges.map((r) => [area(r), `=${cf.formula}`, bgr(cf.fill)]),
  );
  expect(want.length).toBeGreaterThan(3);
  expect(sheet.formatConditions.map((f) => [area(f.range), f.formula, f.color])).toEqual(want);
  for (const f of sheet.formatConditions) expect(f.anchor).toEqual({ row: f.range.top, col: f.range.left });
  expect(sheet.formatConditions[0]?.color).toBe(13_551_615); // #FFC7CE

  expect(sheet.frozen).toEqual({
    rows: spec.freeze?.rows,
    cols: spec.freeze?.cols,
    from: { row: 1, col: 1 },
  });
  expect(sheet.page).toMatchObject({ orientation: 2, paperSize: 9, printTitleRows: "$3:$5" });
  expect(fake.unemulated).toEqual(new Set());

  // A second insert: 张庄村 (3); the clerk's sheet and the first template untouched.
  expect((await book.insertSheet(spec)).name).toBe("张庄村 (3)");
  expect(fake.sheets.map((s) => s.name)).toEqual(["张庄村", "张庄村 (2)", "张庄村 (3)"]);
  expect(fake.sheets[fake.activeIndex]?.name).toBe("张庄村 (3)");
  expect(fake.sheet("张庄村")).toBe(own);
  expect({ values: own.values(), fills: own.rawFills(), comments: own.comments() }).toEqual(before);
  expect(own.validations).toEqual([]);
  expect(own.formatConditions).toEqual([]);
  expect(fake.sheet("张庄村 (2)").validations.length).toBe(sheet.validations.length);
  expect(fake.deletesWithAlerts).toBe(0);
});

test.each<[string, NonNullable<FakeEtOptions["refuse"]>, string[]]>([
  ["validation", { validation: true }, ["wpsTplNoValidation"]],
  ["conditional formats", { formats: true }, ["wpsTplNoFormats"]],
  ["page setup and freezing", { layout: true }, ["wpsTplNoLayout"]],
  [
    "all three",
    { validation: true, formats: true, layout: true },
    ["wpsTplNoValidation", "wpsTplNoFormats", "wpsTplNoLayout"],
  ],
])("a WPS that refuses %s: the table is inserted all the same, with a notice", async (_, refuse, keys) => {
  const { fake, book } = open({ refuse });
  const done = await book.insertSheet(spec);
  expect(done).toEqual({ name: "张庄村 (2)", notices: keys.map((key) => ({ key, params: {} })) });
  const sheet = fake.sheet("张庄村 (2)");
  expect(sheet.values()["I4"]).toBe("房屋安全状况");
  expect(sheet.validations.length > 0).toBe(!refuse.validation);
  expect(sheet.formatConditions.length > 0).toBe(!refuse.formats);
});

test("a summary written by the same writer gets its frozen header and looks, and no notice", async () => {
  const { fake, book } = open();
  await book.writeSheets(
    [
      {
        name: "统计",
        rows: [
          [{ value: "标题", style: "title" }],
          [
            { value: "村", style: "header" },
            { value: 3, format: "yuan" },
          ],
        ],
        merges: [],
        widths: [10, 8],
        freeze: { rows: 2, cols: 1 },
      },
    ],
    () => false,
  );
  const sheet = fake.sheet("统计");
  expect(sheet.frozen).toMatchObject({ rows: 2, cols: 1 });
  expect(sheet.at(0, 0)).toMatchObject({ bold: true, fontSize: 14, hAlign: -4108, vAlign: -4108 });
  expect(sheet.at(1, 0)).toMatchObject({ bold: true, wrap: true, fill: { color: bgr("#D9E1F2") } });
  expect(sheet.at(1, 1).numberFormat).toBe("#,##0");
});
