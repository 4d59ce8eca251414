import type { CheckReport } from "../../../src/engine/report";
import { FakeExcel } from "./fake-excel";
import { coloursOf, controllerOn, fillsOf, markColours } from "./helpers";
import { bigRevisitSheet, idFor } from "./sheets";

function setup(api: number, rows = 30) {
  const fake = new FakeExcel({ api });
  const sheet = bigRevisitSheet(rows, { badEvery: 3 });
  const model = fake.addSheet(sheet.name, sheet, { fills: { C5: "#FFC000" } });
  const reports: CheckReport[] = [];
  const controller = controllerOn(fake, { onLiveReport: (r) => reports.push(r) });
  return { fake, model, controller, reports };
}

describe.each([7, 18])("live re-check, ExcelApi 1.%i", (api) => {
  test("fixing a cell re-checks only its row and takes its mark away; the other marks stay", async () => {
    const { fake, model, controller, reports } = setup(api);
    const first = await controller.checkAll();
    expect(coloursOf(model).C5).toBe("#FFEB9C");
    fake.resetStats();
    await fake.userEdit(model.name, "C5", [["13812345678"]]);
    await controller.live.settle();
    expect(reports).toHaveLength(1);
    const report = reports[0] as CheckReport;
    expect(report.findings.some((f) => f.cells.includes("C5"))).toBe(false);
    expect(report.findings).toHaveLength(first.findings.length - 1);
    // Back to its own orange; every other cell as the new findings say.
    expect(fillsOf(model).C5).toBe("#FFC000/Solid/#000000");
    expect(coloursOf(model)).toEqual({ ...markColours(model.name, report.findings), C5: "#FFC000" });
    if (api >= 18) expect(model.notes.has("C5")).toBe(false);
    // Only row 5 was read again, in a handful of syncs.
    const loads = fake.log.filter((l) => l.includes(".getRange(") && l.endsWith(".load"));
    expect(loads).toEqual([`worksheets.getItem("张庄村").getRange("A5:L5").load`]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
  });

  test("a new duplicate is found with the rows kept from the last run", async () => {
    const { fake, model, controller, reports } = setup(api);
    await controller.checkAll();
    // ID columns are formatted as text (an 18-digit number would lose its last digits).
    model.at(7, 4).numberFormat = "@";
    await fake.userEdit(model.name, "E8", [[idFor(1)]]);
    await controller.live.settle();
    const dup = reports[0]?.findings.filter((f) => f.ruleId === "GEN-DUPLICATE") ?? [];
    expect(dup.map((f) => f.cells)).toEqual([["E6"], ["E8"]]);
    expect(coloursOf(model).E6).toBe("#FFC7CE");
    expect(coloursOf(model).E8).toBe("#FFC7CE");
  });

  test("inserted rows move the remembered marks with their cells, so clearing restores the right cells", async () => {
    const { fake, model, controller, reports } = setup(api);
    const original = fillsOf(model);
    await controller.checkAll();
    await fake.userInsertRows(model.name, 3, 2);
    await controller.live.settle();
    const report = reports[0] as CheckReport;
    expect(report.findings.find((f) => f.ruleId === "RV-PHONE")?.cells).toEqual(["C7"]);
    expect(coloursOf(model)).toEqual({ ...markColours(model.name, report.findings) });
    await controller.clearMarks();
    // The orange of C5 moved to C7 with its row.
    expect(fillsOf(model)).toEqual({ C7: original.C5 });
  });

  test("the add-in's own marks do not trigger a re-check", async () => {
    const { model, controller, reports } = setup(api);
    await controller.checkAll();
    await controller.checkAll();
    await new Promise((r) => setTimeout(r, 30));
    await controller.live.settle();
    expect(reports).toHaveLength(0);
    expect(Object.keys(coloursOf(model)).length).toBeGreaterThan(0);
  });
});

test("before ExcelApi 1.7 there is no live re-check, and the clerk is told once", async () => {
  const { fake, model, controller, reports } = setup(1);
  await controller.checkAll();
  expect(controller.lastNotices.map((n) => n.key)).toContain("officeNoLiveRecheck");
  expect(model.handlers).toHaveLength(0);
  await fake.userEdit(model.name, "C5", [["13812345678"]]);
  await controller.live.settle();
  expect(reports).toHaveLength(0);
  await controller.checkAll();
  expect(controller.lastNotices.map((n) => n.key)).not.toContain("officeNoLiveRecheck");
});
