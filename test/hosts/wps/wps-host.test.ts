import { WpsWorkbookHost, createWpsController } from "../../../src/hosts/wps";
import { TODAY } from "../../engine/rules/harness";
import { FakeComError, FakeEt } from "./fake-et";
import { bgr, NO_FILL } from "./fake-sheet";
import { check, expectedMarks, sampleEt } from "./helpers";

const GRAY50 = -4125;

describe("the ET fake behaves like ET where the host depends on it", () => {
  const fake = new FakeEt();
  fake.addSheet("表", {
    rows: [
      ["a", 1],
      [null, { error: "#N/A" }],
    ],
    merges: [],
  });
  fake.addSheet("锁", { rows: [["x"]], merges: [] }, { protect: true });
  const ws = () => fake.app.ActiveWorkbook?.Worksheets.Item("表");

  test("Value2 is a scalar for one cell and an array of rows for several; errors as COM SCODEs", () => {
    expect(ws()?.Range("A1").Value2).toBe("a");
    expect(ws()?.Range("A1:B2").Value2).toEqual([
      ["a", 1],
      [undefined, -2146826246],
    ]);
    expect(ws()?.Range("B2").Text).toBe("#N/A");
  });

  test("no fill reads Color white with Pattern and ColorIndex xlNone; Color is BGR", () => {
    const interior = ws()?.Range("A1").Interior;
    expect([interior?.Color, interior?.Pattern, interior?.ColorIndex]).toEqual([16_777_215, -4142, -4142]);
    ws()!.Range("A1").Interior.Color = bgr("#FFC7CE");
    expect(ws()?.Range("A1").Interior.Color).toBe(13_551_615);
    expect(ws()?.Range("A1:B1").Interior.Color).toBeNull();
    ws()!.Range("A1").Interior.Pattern = -4142;
    expect(fake.sheet("表").rawFills()).toEqual({});
  });

  test("a second AddComment raises; a missing sheet and a write to a protected sheet raise COM errors", () => {
    ws()?.Range("A1").AddComment("一");
    expect(() => ws()?.Range("A1").AddComment("二")).toThrow(FakeComError);
    expect(() => fake.app.ActiveWorkbook?.Worksheets.Item("无")).toThrow(FakeComError);
    const locked = fake.app.ActiveWorkbook?.Worksheets.Item("锁");
    expect(() => {
      locked!.Range("A1").Interior.Color = 255;
    }).toThrow(FakeComError);
    expect(fake.unemulated.size).toBe(0);
    void (ws() as unknown as { Shapes: unknown }).Shapes;
    expect([...fake.unemulated]).toEqual(["Worksheet.Shapes"]);
  });
});

describe("marking and clearing in WPS", () => {
  const clerkFills = {
    // A marked cell filled white on purpose, one in a pattern, one plain solid; an unmarked filled cell.
    J5: { color: bgr("#FFFFFF"), colorIndex: 0, pattern: 1, patternColor: 0 },
    L5: { color: bgr("#BDD7EE"), colorIndex: 0, pattern: GRAY50, patternColor: bgr("#FF0000") },
    E6: "#FFC000",
    A1: "#E2EFDA",
  };
  const clerkComments = { E7: "村里说下周补齐", A2: "表头由乡里统一" };

  test("marks every finding's cell by worst severity with one Anju comment; 清除标记 restores fills and comments exactly", async () => {
    const fake = sampleEt({ 张庄村: { fills: clerkFills, comments: clerkComments } });
    const before = fake.sheets.map((s) => [s.name, s.rawFills(), s.comments(), s.values()]);
    const host = new WpsWorkbookHost(fake.app);
    host.checkAndMark("all", check);
    const want = expectedMarks();
    for (const [sheet, cells] of want) {
      const fills = fake.sheet(sheet).fills();
      const got = Object.fromEntries([...cells.keys()].map((a) => [a, fills[a]]));
      expect(got).toEqual(Object.fromEntries(cells));
      const comments = fake.sheet(sheet).comments();
      for (const a of cells.keys()) {
        if (sheet === "张庄村" && a === "E7") expect(comments[a]).toBe("村里说下周补齐");
        else expect(comments[a]).toMatch(/^【[A-Z]+-[A-Z0-9-]+】/);
      }
    }
    // Nothing outside the findings' cells changed colour; no value changed; the state sheet is very hidden.
    expect(fake.sheet("张庄村").fills().A1).toBe("#E2EFDA");
    expect(
      fake.sheets
        .filter((s) => s.name !== "_anju_fills" && s.name !== "校验结果")
        .map((s) => [s.name, s.values()]),
    ).toEqual(before.map(([n, , , v]) => [n, v]));
    expect(fake.sheet("_anju_fills").visible).toBe(2);
    expect(host.lastNotices.map((n) => n.key)).toEqual(["wpsForeignComments"]);
    expect(Object.values(fake.sheet("校验结果").values())).toContain("张庄村");
    expect([fake.screenUpdating, fake.enableEvents, fake.writesWhileUpdating]).toEqual([true, true, 0]);

    await host.clear();
    expect([fake.displayAlerts, fake.deletesWithAlerts]).toEqual([true, 0]);
    expect(fake.sheets.map((s) => [s.name, s.rawFills(), s.comments(), s.values()])).toEqual(before);
    expect([...fake.unemulated]).toEqual([]);
  });

  test("a re-run after a fix leaves no stale mark, and a second run changes nothing", () => {
    const fake = sampleEt();
    const host = new WpsWorkbookHost(fake.app);
    host.checkAndMark("all", check);
    const marked = fake.sheet("李家村").fills();
    expect(Object.keys(marked)).toContain("D8");
    const calls = fake.calls;
    const again = host.checkAndMark("all", check);
    expect(again.outcome.touched).toBe(0);
    expect(fake.calls - calls).toBeLessThan(2_000);
    // Fixing D8's problem (copy the value of the row above) removes its mark and its comment.
    const ws = fake.app.ActiveWorkbook!.Worksheets.Item("李家村");
    ws.Range("D8").Value2 = ws.Range("D7").Value2;
    host.checkAndMark("all", check);
    expect(fake.sheet("李家村").fills().D8).toBeUndefined();
    expect(fake.sheet("李家村").comments().D8).toBeUndefined();
  });

  test("a protected sheet gets a clear notice and is left whole; the other sheets are marked", () => {
    const fake = sampleEt({ 张庄村: { protect: true, fills: { E6: "#FFC000" } } });
    const before = fake.sheet("张庄村").rawFills();
    const host = new WpsWorkbookHost(fake.app);
    host.checkAndMark("all", check);
    expect(host.lastNotices).toEqual([{ key: "wpsSheetProtected", params: { sheet: "张庄村" } }]);
    expect(fake.sheet("张庄村").rawFills()).toEqual(before);
    expect(fake.sheet("张庄村").comments()).toEqual({});
    expect(Object.keys(fake.sheet("李家村").fills())).toEqual(expect.arrayContaining(["D8", "H13"]));
  });

  test("a protected workbook structure: nothing is written (the state sheet cannot be added)", () => {
    const fake = sampleEt({}, { protectStructure: true });
    const host = new WpsWorkbookHost(fake.app);
    host.checkAndMark("all", check);
    expect(host.lastNotices.map((n) => n.key)).toEqual(["wpsStructureProtected"]);
    for (const s of fake.sheets) expect(s.fills()).toEqual({});
  });

  test("no fill is restored as no fill, not as white", async () => {
    const fake = sampleEt();
    const host = new WpsWorkbookHost(fake.app);
    host.checkAndMark("all", check);
    await host.clear();
    const cell = fake.sheet("张庄村").get(4, 9);
    expect(cell?.fill ?? NO_FILL).toEqual(NO_FILL);
    expect(fake.sheets.map((s) => s.name)).not.toContain("_anju_fills");
  });
});

describe("the WPS controller", () => {
  function controllerOn(fake: FakeEt) {
    const timers: Array<() => void> = [];
    const reports: number[] = [];
    const controller = createWpsController({
      app: fake.app,
      today: () => TODAY,
      setTimeout: (fn) => timers.push(fn),
      clearTimeout: () => undefined,
      onLiveReport: (r) => reports.push(r.findings.length),
    });
    return { controller, timers, reports };
  }

  test("live re-check: an edit to a checked row is re-checked and only its marks change", async () => {
    const fake = sampleEt();
    const { controller, timers, reports } = controllerOn(fake);
    const first = await controller.checkAll();
    expect(fake.sheet("李家村").fills().D8).toBe("#FFC7CE");
    const d7 = fake.sheet("李家村").get(6, 3)?.value;
    if (typeof d7 === "boolean") throw new Error("sample changed");
    fake.edit("李家村", "D8", d7 ?? null);
    expect(timers.length).toBe(1);
    timers.shift()?.();
    expect(reports).toEqual([first.findings.length - 1]);
    expect(fake.sheet("李家村").fills().D8).toBeUndefined();
    // Anju's own writes raised no SheetChange (events were off).
    expect(timers.length).toBe(0);
  });

  test("summaries and the sample are written as sheets", async () => {
    const fake = sampleEt();
    const { controller } = controllerOn(fake);
    const preview = await controller.townshipSummary();
    expect(preview.sheets.length).toBeGreaterThan(0);
    for (const name of preview.sheets) expect(fake.sheets.map((s) => s.name)).toContain(name);
    const again = await controller.townshipSummary();
    expect(fake.sheets.filter((s) => s.name === again.sheets[0]).length).toBe(1);
    const sample = await controller.sample(10, 20240701);
    expect(fake.sheets.map((s) => s.name)).toContain(sample.sheets[0]);
    expect(fake.deletesWithAlerts).toBe(0);
    expect([...fake.unemulated]).toEqual([]);
  });
});
