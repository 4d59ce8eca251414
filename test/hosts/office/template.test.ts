import { a1 } from "../../../src/engine/model/address";
import type { CellRange } from "../../../src/engine/model/types";
import { templateSheet } from "../../../src/engine/template";
import { capsFor } from "../../../src/hosts/office/caps";
import { discover } from "../../../src/hosts/office/read";
import { Session } from "../../../src/hosts/office/session";
import { writeSummarySheets } from "../../../src/hosts/office/summary";
import { FakeExcel } from "./fake-excel";
import { valuesOf } from "./helpers";

/**
 * A blank 表A.1 (SPEC §12) written into the open workbook by the Office host's SheetSpec writer, on the fake Excel
 * at several requirement sets: data validation where ExcelApi 1.8 is there, conditional formats from 1.6, page
 * layout from 1.9, and a notice naming what is missing below. The fake throws on any call above its set.
 */
const spec = templateSheet("revisit", { township: "兴东镇", village: "张庄村", rows: 20 }).spec;
const area = (r: CellRange) =>
  r.top === r.bottom && r.left === r.right
    ? a1(r.top, r.left)
    : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;

async function write(api: number) {
  const fake = new FakeExcel({ api });
  fake.addSheet("说明", { rows: [["本工作簿的说明"]], merges: [] });
  const notices = await fake.env().run(async (ctx) => {
    const s = new Session(ctx, capsFor(api));
    return writeSummarySheets(s, await discover(s, false), [spec], () => false);
  });
  return { fake, sheet: fake.sheet("张庄村"), notices };
}

test.each([18, 9])(
  "ExcelApi 1.%i: dropdowns, prompts and alerts, live colours in priority order, A4 landscape with print titles",
  async (api) => {
    const { fake, sheet, notices } = await write(api);
    expect(notices).toEqual([]);
    expect(fake.sheet("说明")).toBeDefined();
    const v = Object.fromEntries(sheet.validations.map((x) => [area(x.range), x]));
    expect(Object.keys(v).sort()).toEqual([
      "C6:C25",
      "E6:E25",
      "F6:F25",
      "G6:G25",
      "H6:H25",
      "I2",
      "I6:I25",
      "J6:J25",
      "K6:K25",
    ]);
    expect(v["I6:I25"]?.rule).toEqual({ list: { inCellDropDown: true, source: "A,B,C,D" } });
    expect(v["E6:E25"]?.rule).toEqual({ list: { inCellDropDown: true, source: "√" } });
    expect(v["F6:F25"]?.rule).toEqual({
      wholeNumber: { formula1: 1980, formula2: 2100, operator: "Between" },
    });
    expect(v["H6:H25"]?.rule).toEqual({
      date: { formula1: "2000-01-01", formula2: "2100-12-31", operator: "Between" },
    });
    expect(v["C6:C25"]?.rule).toEqual({ textLength: { formula1: 7, operator: "GreaterThanOrEqualTo" } });
    expect(v["I6:I25"]?.prompt).toMatchObject({ showPrompt: true, title: "房屋安全状况" });
    expect(v["I6:I25"]?.prompt?.message).toContain("TZ 注3：");
    expect(v["I6:I25"]?.errorAlert).toEqual({
      showAlert: true,
      style: "Stop",
      title: "房屋安全状况填写有误",
      message: "“房屋安全状况”只能是 A、B、C、D 之一，请从下拉列表选择。",
    });
    expect(v["C6:C25"]?.errorAlert?.style).toBe("Warning");
    // One format per range, in the spec's order (errors before warnings), each formula for row 6.
    const want = (spec.conditionalFormats ?? []).flatMap((cf) =>
      cf.ranges.map((r) => [area(r), `=${cf.formula}`, cf.fill]),
    );
    expect(sheet.conditionalFormats.map((cf) => [area(cf.range), cf.formula, cf.fill])).toEqual(want);
    expect(want[0]).toEqual([
      "I6:I25",
      '=AND(TRIM($I6)="D",OR(TRIM($K6)={"","否","无","×","✗","✘","X","N","NO","0","FALSE","/","-","—","□","☐"}))',
      "#FFC7CE",
    ]);
    expect(sheet.page).toEqual({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$3:$5" });
    expect(sheet.frozen).toBeDefined();
    expect(sheet.merges.map(area)).toEqual(
      expect.arrayContaining(["A3:D3", "E3:K3", "E4:G4", "J4:K4", "H4:H5"]),
    );
    expect(valuesOf(sheet)["A28"]).toEqual([expect.stringMatching(/^注3：/), "String", null]);
  },
);

test.each<[number, string[], boolean, boolean]>([
  [8, [], true, true],
  [7, ["tplNoValidation"], false, true],
  [5, ["tplNoValidation", "tplNoFormats"], false, false],
  [1, ["tplNoValidation", "tplNoFormats"], false, false],
])(
  "ExcelApi 1.%i: a plain sheet where the API is missing, and a notice saying what",
  async (api, notices, validations, formats) => {
    const written = await write(api);
    expect(written.notices).toEqual(notices);
    expect(written.sheet.validations.length > 0).toBe(validations);
    expect(written.sheet.conditionalFormats.length > 0).toBe(formats);
    expect(written.sheet.page).toEqual({});
    // The table itself is there all the same: title, header, numbered rows.
    const values = valuesOf(written.sheet) as Record<string, unknown[] | undefined>;
    expect(values["A1"]).toEqual([spec.rows[0]?.[0]?.value, "String", null]);
    expect(values["I4"]?.[0]).toBe("房屋安全状况");
    expect(values["A6"]?.[0]).toBe(1);
    expect(values["A25"]?.[0]).toBe(20);
  },
);
