import { checkWorkbook } from "../../../src/engine/check";
import { FIELDS } from "../../../src/engine/header/fields";
import { MARK_COLORS } from "../../../src/engine/marks";
import { a1 } from "../../../src/engine/model/address";
import type { CellValue, SheetData } from "../../../src/engine/model/types";
import type { SheetSpec } from "../../../src/engine/summary";
import { buildTable } from "../../../src/engine/table/table";
import {
  PROMPT_TEXT_MAX,
  PROMPT_TITLE_MAX,
  REVISIT_NOTES,
  TEMPLATE_OMITS,
  TEMPLATE_TITLES,
  templateSheet,
  type TemplateKind as TableKind,
} from "../../../src/engine/template";
import { evaluate } from "./formula";

const KINDS: TableKind[] = ["revisit", "relocation", "renovation"];
const TODAY = { y: 2024, m: 7, d: 15 };

/** The sheet as a reader gives it to the engine: values and merges. */
function sheetOf(spec: SheetSpec): { name: string; rows: CellValue[][]; merges: SheetData["merges"] } {
  return {
    name: spec.name,
    rows: spec.rows.map((row) => row.map((c) => c?.value ?? null)),
    merges: spec.merges,
  };
}

describe.each(KINDS)("blank %s table", (kind) => {
  const t = templateSheet(kind, { township: "兴东镇", village: "张庄村", rows: 20 });

  test("is detected as its kind, its header band and every column where the template put it", () => {
    const table = buildTable(sheetOf(t.spec), false);
    expect(table?.kind).toBe(kind);
    expect([table?.header.bandTop, table?.header.bandBottom]).toEqual([t.headerTop, t.headerBottom]);
    const written = Object.fromEntries(t.columns.map((c, i) => [c.key, i]));
    expect(Object.fromEntries(table?.header.columns ?? [])).toEqual(written);
    expect(table?.header.missing).toEqual([]);
    expect(table?.dataRows).toEqual([]);
  });

  test("has a column for every field the detector knows (表A.1 has no 身份证号)", () => {
    const keys = t.columns.map((c) => c.key).sort();
    const want = FIELDS[kind].map((f) => f.key).filter((k) => !TEMPLATE_OMITS[kind].includes(k));
    expect(keys).toEqual([...want].sort());
  });

  test("rows holding only 序号 are no data; a filled row among them is", () => {
    const sheet = sheetOf(t.spec);
    const head = t.columns.findIndex((c) => c.key === "head");
    const r = t.firstDataRow + 4;
    (sheet.rows[r] as CellValue[])[head] = "王大明";
    expect(buildTable(sheet, false)?.dataRows).toEqual([r]);
  });

  test("numbers rows 1..n, validates every column but 序号 over exactly those rows", () => {
    const seq = t.spec.rows.slice(t.firstDataRow, t.lastDataRow + 1).map((row) => row[0]?.value);
    expect(seq).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const body = (t.spec.validations ?? []).filter((v) => v.range.top !== t.fillDateCell.row);
    expect(body.map((v) => v.range.left)).toEqual(t.columns.map((_, i) => i).slice(1));
    for (const v of t.spec.validations ?? []) {
      if (v.range.top !== t.fillDateCell.row)
        expect([v.range.top, v.range.bottom]).toEqual([t.firstDataRow, t.lastDataRow]);
      expect(v.prompt.title.length).toBeLessThanOrEqual(PROMPT_TITLE_MAX);
      expect(v.prompt.text.length).toBeLessThanOrEqual(PROMPT_TEXT_MAX);
      expect((v.error?.title ?? "").length).toBeLessThanOrEqual(PROMPT_TITLE_MAX);
      expect((v.error?.text ?? "").length).toBeLessThanOrEqual(PROMPT_TEXT_MAX);
    }
  });

  test("title, meta row read back as the meta of the table", () => {
    expect(t.spec.rows[0]?.[0]?.value).toBe(TEMPLATE_TITLES[kind]);
    const table = buildTable(sheetOf(t.spec), false);
    expect(table?.meta.township?.value).toBe("兴东镇");
    expect(table?.meta.village?.value).toBe("张庄村");
    expect(table?.meta.fillDate?.value).toBe("");
  });
});

test("表A.1: title, the three header rows merged as in TZ 附录A, and 注1–注3 under the rows", () => {
  const t = templateSheet("revisit", { rows: 3 });
  expect(TEMPLATE_TITLES.revisit).toBe(
    "表A.1 泰州市农村低收入群体等住房安全保障重点对象住房安全状况评估汇总表",
  );
  const text = (r: number) => (t.spec.rows[r] ?? []).map((c) => c?.value ?? null);
  expect(text(2)).toEqual(["基本资料", null, null, null, "回访情况", null, null, null, null, null, null]);
  expect(text(3)).toEqual([
    "序号",
    "户主姓名",
    "联系方式",
    "房屋地址",
    "以往危房改造情况",
    null,
    null,
    "回访时间",
    "房屋安全状况",
    "处理意见",
    null,
  ]);
  expect(text(4)).toEqual([
    null,
    null,
    null,
    null,
    "未改造",
    "维修加固年份",
    "重建安置年份",
    null,
    null,
    "维修加固",
    "重建安置",
  ]);
  const merges = t.spec.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  expect(merges).toEqual(
    expect.arrayContaining([
      "A1:K1",
      "A3:D3",
      "E3:K3",
      "E4:G4",
      "J4:K4",
      "A4:A5",
      "B4:B5",
      "C4:C5",
      "D4:D5",
      "H4:H5",
      "I4:I5",
    ]),
  );
  expect([t.headerTop, t.headerBottom, t.firstDataRow, t.lastDataRow]).toEqual([2, 4, 5, 7]);
  expect([8, 9, 10].map((r) => t.spec.rows[r]?.[0]?.value)).toEqual([...REVISIT_NOTES]);
  expect(t.spec.freeze).toEqual({ rows: 5, cols: 0 });
  expect(t.spec.print).toEqual({
    paper: "A4",
    orientation: "landscape",
    titleRows: { top: 2, bottom: 4 },
    fitWidth: true,
  });
});

test("the rows and the names are checked: 1..10000 rows, a village's 表A.1 named after it", () => {
  expect(() => templateSheet("revisit", { rows: 0 })).toThrow(RangeError);
  expect(() => templateSheet("revisit", { rows: 10001 })).toThrow(RangeError);
  expect(templateSheet("revisit", { village: "张/庄村" }).spec.name).toBe("张_庄村");
  expect(templateSheet("revisit").spec.name).toBe("表A.1");
  expect(templateSheet("relocation", { village: "张庄村" }).spec.name).toBe("易地扶贫搬迁台账");
});

/**
 * The conditional formats colour exactly the cells the engine marks for the rules they mirror, in its colours:
 * every combination of grade, ticks (as clerks write them) and years, one per row, evaluated as Excel evaluates
 * the formulas, against the engine's findings on the same sheet.
 */
describe("conditional formats agree with the engine", () => {
  function agree(
    kind: TableKind,
    combos: Array<Record<string, CellValue>>,
    base: Record<string, CellValue>,
    fillDate: CellValue,
  ): void {
    const t = templateSheet(kind, { township: "兴东镇", village: "张庄村", rows: combos.length });
    const sheet = sheetOf(t.spec);
    const col = new Map(t.columns.map((c, i) => [c.key, i]));
    combos.forEach((combo, i) => {
      const row = sheet.rows[t.firstDataRow + i] as CellValue[];
      for (const [key, v] of Object.entries({
        ...base,
        head: `户主${i + 1}`,
        address: `张庄村${i + 1}号`,
        ...combo,
      }))
        if (col.has(key)) row[col.get(key) as number] = v;
    });
    (sheet.rows[t.fillDateCell.row] as CellValue[])[t.fillDateCell.col] = fillDate;
    const cfs = t.spec.conditionalFormats ?? [];
    const rules = new Set(cfs.map((c) => c.ruleId));
    const result = checkWorkbook({ sheets: [sheet], date1904: false }, { today: TODAY });
    const engine = new Map<string, string>();
    for (const f of result.findings) {
      if (!rules.has(f.ruleId)) continue;
      for (const cell of f.cells) {
        if (engine.get(cell) === `#${MARK_COLORS.error}`) continue;
        engine.set(cell, `#${MARK_COLORS[f.severity]}`);
      }
    }
    const coloured = new Map<string, string>();
    const value = (r: number, c: number) => sheet.rows[r]?.[c] ?? null;
    for (const cf of cfs) {
      for (const range of cf.ranges) {
        for (let r = range.top; r <= range.bottom; r++) {
          const cell = a1(r, range.left);
          if (coloured.has(cell)) continue; // the first rule that applies wins, as in Excel
          if (evaluate(cf.formula, range.top, r, value)) coloured.set(cell, cf.fill);
        }
      }
    }
    expect(engine.size).toBeGreaterThan(10);
    expect(Object.fromEntries([...coloured].sort())).toEqual(Object.fromEntries([...engine].sort()));
  }

  test("表A.1: D without 重建安置, C without a disposition, both, 未改造 with a year, A/B with one", () => {
    const grades = ["", "A", "B", "C", "D", "d"];
    const ticks = ["", "√", "是", "否", "Y", "0"];
    const years: CellValue[] = ["", 2019, "无", "/"];
    const combos: Array<Record<string, CellValue>> = [];
    for (const grade of grades)
      for (const actReinforce of ticks)
        for (const actRebuild of ticks)
          for (const notRenovated of ["", "√", "否"])
            for (const reinforcedYear of years)
              combos.push({
                grade,
                actReinforce,
                actRebuild,
                notRenovated,
                reinforcedYear,
                rebuiltYear: reinforcedYear === 2019 ? "" : 2015,
              });
    agree("revisit", combos, { phone: "13812345678", revisitDate: 45460 }, 45473);
  });

  test("危房改造台账: D renovated by 维修加固", () => {
    const combos: Array<Record<string, CellValue>> = [];
    for (const grade of ["", "C", "D", "D级危房", "d"])
      for (const method of ["", "维修加固", "修缮加固", "拆除重建", "加固改造"])
        combos.push({ grade, method });
    agree("renovation", combos, { persons: 3, area: 50 }, 45473);
  });
});
