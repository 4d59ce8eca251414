import { errorText } from "../../../src/engine/errors";
import { OfficeHostError } from "../../../src/hosts/office";
import { STATE_SHEET } from "../../../src/hosts/inplace/state";
import { FakeExcel } from "./fake-excel";
import { coloursOf, controllerOn, fillsOf, markColours, notesOf, valuesOf } from "./helpers";
import { bigRevisitSheet } from "./sheets";

/** The Excel versions of SPEC §3: Office 2016 (1.1), 2019 (1.7), 1.9 (RangeAreas), 1.10 (comments), 2021 (1.14), 365. */
const VERSIONS = [1, 7, 9, 10, 14, 18];

function workbook(api: number) {
  const fake = new FakeExcel({ api });
  const sheet = bigRevisitSheet(60, { badEvery: 3 });
  // Pre-filled cells: some get marked (C5: bad phone of the first household), some not (A1 title, B6).
  const fills: Record<string, string | { color: string; pattern: string; patternColor: string }> = {
    C5: "#FFC000",
    A1: "#BDD7EE",
    B6: "#E2EFDA",
  };
  // A patterned fill can only be read back exactly where getCellProperties exists (1.9).
  if (api >= 9) fills.J8 = { color: "#00B050", pattern: "Gray50", patternColor: "#FF0000" };
  const model = fake.addSheet(sheet.name, sheet, { fills, notes: { D7: "王会计：地址待核实" } });
  return { fake, model };
}

describe.each(VERSIONS)("ExcelApi 1.%i", (api) => {
  test("marking then clearing restores every original fill exactly; values are never changed", async () => {
    const { fake, model } = workbook(api);
    const fills = fillsOf(model);
    const values = valuesOf(model);
    const notes = notesOf(model);
    const controller = controllerOn(fake);

    const report = await controller.checkAll();
    expect(report.findings.length).toBeGreaterThan(10);
    const want = markColours(model.name, report.findings);
    expect(Object.keys(want)).toContain("C5");
    expect(Object.keys(want)).toContain("J8");
    const colours = coloursOf(model);
    for (const [address, colour] of Object.entries(want))
      expect([address, colours[address]]).toEqual([address, colour]);
    // Unmarked cells keep their fills.
    for (const [address, fill] of Object.entries(fills))
      if (!(address in want)) expect(fillsOf(model)[address]).toBe(fill);
    expect(valuesOf(model)).toEqual(values);

    // Where the text of each finding went: notes (1.18), comments (1.10–1.17), else the 校验结果 sheet.
    const marked = Object.keys(want).sort();
    if (api >= 18) {
      expect(Object.keys(notesOf(model)).sort()).toEqual([...new Set([...marked, "D7"])].sort());
      expect(model.notes.get("C5")).toMatch(/^【RV-PHONE】警告\n户主1：联系方式“123”.+\n依据：TZ /);
    } else if (api >= 10) {
      expect(model.comments.map((c) => c.address).sort()).toEqual(marked);
      expect(notesOf(model)).toEqual(notes);
    } else {
      const results = fake.sheet("校验结果");
      expect(results.get(0, 0)?.value).toBe("工作表");
      expect(results.get(1, 7)?.formula).toMatch(/^=HYPERLINK\("#'张庄村'!C5","转到"\)$/);
      expect(controller.lastNotices.map((n) => n.key)).toContain("officeResultsSheet");
    }
    const state = fake.sheet(STATE_SHEET);
    expect(state.visibility).toBe(api >= 2 ? "VeryHidden" : "Visible");
    expect(String(state.get(0, 1)?.value)).toMatch(/^安居台账核查内部记录/);

    await controller.clearMarks();
    expect(fillsOf(model)).toEqual(fills);
    expect(notesOf(model)).toEqual(notes);
    expect(model.comments).toEqual([]);
    expect(valuesOf(model)).toEqual(values);
    expect(fake.find(STATE_SHEET)).toBeUndefined();
    expect(fake.find("校验结果")).toBeUndefined();
  });

  test("a re-run clears the previous run's marks first: no stale marks", async () => {
    const { fake, model } = workbook(api);
    const fills = fillsOf(model);
    const controller = controllerOn(fake);
    const first = await controller.checkAll();
    expect(markColours(model.name, first.findings)).toHaveProperty("C5");
    // The clerk fixes the phone of row 5 and breaks the grade of row 6 (events off: no live re-check here).
    fake.enableEvents = false;
    model.setValue(4, 2, "13812345678");
    model.setValue(5, 9, "E");
    fake.enableEvents = true;
    const second = await controller.checkAll();
    const want = markColours(model.name, second.findings);
    expect(want).not.toHaveProperty("C5");
    expect(want).toHaveProperty("J6");
    // Every cell: marked now → the mark colour; otherwise exactly its original fill (C5 back to orange).
    const now = fillsOf(model);
    for (const [address, fill] of Object.entries(now)) {
      if (address in want) expect([address, fill.split("/")[0]]).toEqual([address, want[address]]);
      else expect([address, fill]).toEqual([address, fills[address]]);
    }
    for (const address of Object.keys({ ...fills, ...want })) expect(now).toHaveProperty(address);
    if (api >= 18) expect(model.notes.has("C5")).toBe(false);
    if (api >= 10 && api < 18) expect(model.comments.some((c) => c.address === "C5")).toBe(false);

    // A new controller (the workbook closed and opened again) clears from the state kept in the workbook.
    await controllerOn(fake).clearMarks();
    expect(fillsOf(model)).toEqual(fills);
  });

  test("a protected sheet is checked but not marked, with a clear message, and no exception", async () => {
    const fake = new FakeExcel({ api });
    const open = bigRevisitSheet(20, { name: "张庄村" });
    const locked = bigRevisitSheet(20, { name: "李庄村" });
    const openModel = fake.addSheet(open.name, open);
    const lockedModel = fake.addSheet(locked.name, locked, { protected: true, fills: { C5: "#FFC000" } });
    const before = { fills: fillsOf(lockedModel), values: valuesOf(lockedModel) };
    const controller = controllerOn(fake);
    const report = await controller.checkAll();
    expect(report.findings.some((f) => f.sheet === "李庄村")).toBe(true);
    expect(controller.lastNotices).toContainEqual({
      key: "officeSheetProtected",
      params: { sheet: "李庄村" },
    });
    expect(fillsOf(lockedModel)).toEqual(before.fills);
    expect(valuesOf(lockedModel)).toEqual(before.values);
    expect(lockedModel.notes.size + lockedModel.comments.length).toBe(0);
    expect(Object.keys(coloursOf(openModel)).length).toBeGreaterThan(0);
    await controller.clearMarks();
    expect(coloursOf(openModel)).toEqual({});
  });
});

test("a read-only workbook is checked, not marked, with a clear message (workbook.readOnly, 1.8+)", async () => {
  const fake = new FakeExcel({ api: 18, readOnly: true });
  const sheet = bigRevisitSheet(20);
  const model = fake.addSheet(sheet.name, sheet);
  const controller = controllerOn(fake);
  const report = await controller.checkAll();
  expect(report.counts.error).toBeGreaterThan(0);
  expect(controller.lastNotices.map((n) => n.key)).toEqual(["officeReadOnly"]);
  expect(coloursOf(model)).toEqual({});
});

test("a read-only document on Office 2016 (Office.context.document.mode) is not written to", async () => {
  const fake = new FakeExcel({ api: 1, documentReadOnly: true });
  const sheet = bigRevisitSheet(20);
  const model = fake.addSheet(sheet.name, sheet);
  const controller = controllerOn(fake);
  await controller.checkAll();
  expect(controller.lastNotices.map((n) => n.key)).toContain("officeReadOnly");
  expect(coloursOf(model)).toEqual({});
  expect(fake.find(STATE_SHEET)).toBeUndefined();
});

test("a clerk's own note on a flagged cell is kept, and the finding stays in the task pane", async () => {
  const fake = new FakeExcel({ api: 18 });
  const sheet = bigRevisitSheet(10, { badEvery: 3 });
  const model = fake.addSheet(sheet.name, sheet, { notes: { C5: "本人说号码换了" } });
  const controller = controllerOn(fake);
  const report = await controller.checkAll();
  expect(report.findings.some((f) => f.cells.includes("C5"))).toBe(true);
  expect(model.notes.get("C5")).toBe("本人说号码换了");
  expect(coloursOf(model).C5).toBe("#FFEB9C");
  expect(controller.lastNotices).toContainEqual({ key: "officeForeignNotes", params: { count: 1 } });
  await controller.clearMarks();
  expect(notesOf(model)).toEqual({ C5: "本人说号码换了" });
});

test("a note removed by hand does not stop 清除标记", async () => {
  const fake = new FakeExcel({ api: 18 });
  const sheet = bigRevisitSheet(10, { badEvery: 3 });
  const model = fake.addSheet(sheet.name, sheet);
  const controller = controllerOn(fake);
  await controller.checkAll();
  expect(model.notes.delete("C5")).toBe(true);
  await controller.clearMarks();
  expect(notesOf(model)).toEqual({});
  expect(coloursOf(model)).toEqual({});
});

test("Excel busy editing a cell: a clear message, nothing half-done", async () => {
  const fake = new FakeExcel({ api: 18 });
  const sheet = bigRevisitSheet(10, { badEvery: 3 });
  const model = fake.addSheet(sheet.name, sheet);
  const controller = controllerOn(fake);
  fake.failures.push("InvalidOperationInCellEditMode");
  const error = await controller.checkAll().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OfficeHostError);
  expect((error as OfficeHostError).key).toBe("officeCellEditMode");
  expect(errorText(error, "zh-CN")).toBe("Excel 正在编辑单元格，请按 Enter 或 Esc 结束编辑后再试。");
  expect(coloursOf(model)).toEqual({});
  await controller.checkAll();
  expect(Object.keys(coloursOf(model)).length).toBeGreaterThan(0);
});

test("ExcelApi 1.1 says no fill as white: an unmarked white cell stays white, a marked one is restored as no fill", async () => {
  const fake = new FakeExcel({ api: 1 });
  const sheet = bigRevisitSheet(10, { badEvery: 3 });
  const model = fake.addSheet(sheet.name, sheet, { fills: { C5: "#FFFFFF", B5: "#FFFFFF" } });
  const controller = controllerOn(fake);
  await controller.checkAll();
  await controller.clearMarks();
  expect(fillsOf(model)).toEqual({ B5: "#FFFFFF/Solid/#000000" });
});

test("reveal selects a finding's cells on their sheet", async () => {
  const fake = new FakeExcel({ api: 18 });
  fake.addSheet("说明", { rows: [["填表说明"]], merges: [] });
  const sheet = bigRevisitSheet(10, { badEvery: 3 });
  const model = fake.addSheet(sheet.name, sheet);
  const controller = controllerOn(fake);
  await controller.reveal({ sheet: sheet.name, row: 6, cells: ["J6", "L6"] });
  expect(fake.activeId).toBe(model.id);
  expect(fake.log).toContain(`worksheets.getItem("张庄村").getRanges("J6, L6").select`);
});

test("Excel 2021 (1.14) cannot see notes: a clerk's note on a flagged cell sends the text to 校验结果 instead of failing", async () => {
  const fake = new FakeExcel({ api: 14 });
  const sheet = bigRevisitSheet(10, { badEvery: 3 });
  const model = fake.addSheet(sheet.name, sheet, { notes: { C5: "本人说号码换了" } });
  const fills = fillsOf(model);
  const controller = controllerOn(fake);
  const report = await controller.checkAll();
  expect(coloursOf(model)).toEqual(markColours(model.name, report.findings));
  expect(model.notes.get("C5")).toBe("本人说号码换了");
  expect(model.comments).toEqual([]);
  expect(fake.sheet("校验结果").get(1, 0)?.value).toBe(model.name);
  expect(controller.lastNotices.map((n) => n.key)).toContain("officeCommentsRefused");
  await controller.clearMarks();
  expect(fillsOf(model)).toEqual(fills);
  expect(notesOf(model)).toEqual({ C5: "本人说号码换了" });
  expect(fake.find("校验结果")).toBeUndefined();
});

test("校验当前工作表 on Anju's own 校验结果 sheet checks nothing and says why", async () => {
  const fake = new FakeExcel({ api: 1 });
  const sheet = bigRevisitSheet(10, { badEvery: 3 });
  fake.addSheet(sheet.name, sheet);
  const controller = controllerOn(fake);
  await controller.checkAll();
  fake.activate("校验结果");
  const report = await controller.checkActiveSheet();
  expect(report.tables).toEqual([]);
  expect(controller.lastNotices).toContainEqual({ key: "officeOwnSheet", params: { sheet: "校验结果" } });
});
