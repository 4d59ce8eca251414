import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COUNTY_WORDS, countyWordingLedger } from "../../../scripts/samples/county-wording";
import { toWorkbook } from "../../../scripts/samples/ledgers";
import { planMarks } from "../../../src/engine/marks";
import type { Finding } from "../../../src/engine/model/types";
import { createWpsController } from "../../../src/hosts/wps";
import { TODAY } from "../../engine/rules/harness";
import { etFromXlsx } from "../contract/wps-load";
import { FakeEt } from "../wps/fake-et";

/**
 * 与上次报送比对 and 关联文件 through a real host adapter (WPS 表格's, on the ET fake): the DF and XT findings of the
 * open workbook are filled on its cells in the severity's colour, with an Anju comment; the gone households and
 * the related files' findings are listed only.
 */
const FIXTURES = join(__dirname, "..", "..", "fixtures");
const bytes = (...path: string[]) => new Uint8Array(readFileSync(join(FIXTURES, ...path)));
const COLOUR = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;

async function open(path: string[], name: string) {
  const fake = await etFromXlsx(bytes(...path), new FakeEt({ name }));
  const controller = createWpsController({ app: fake.app, today: () => TODAY, debounceMs: 1 });
  return { fake, controller };
}

function fillsOf(fake: FakeEt): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of fake.sheets) {
    if (sheet.name.startsWith("_anju") || sheet.name === "校验结果") continue;
    for (const [a, c] of Object.entries(sheet.fills())) out[`${sheet.name}!${a}`] = c;
  }
  return out;
}

function expectedFills(
  findings: ReadonlyArray<{ sheet: string; cells: readonly string[]; severity: string }>,
) {
  return Object.fromEntries(
    planMarks(findings as unknown as Finding[]).map((m) => [`${m.sheet}!${m.address}`, COLOUR[m.severity]]),
  );
}

test("WPS: 与上次报送比对 fills the DF findings' cells with the rest of the check; DF-GONE is listed only", async () => {
  const { fake, controller } = await open(["diff", "戴窑镇-2024上半年.xlsx"], "戴窑镇-2024上半年.xlsx");
  const previous = new File([bytes("diff", "戴窑镇-2023下半年.xlsx")], "戴窑镇-2023下半年.xlsx");
  const outcome = await controller.compareWithPrevious!(previous);
  const here = outcome.report.findings.filter((f) => f.file === "戴窑镇-2024上半年.xlsx");
  const gone = outcome.report.findings.filter((f) => f.ruleId === "DF-GONE");
  expect(gone.length).toBe(4);
  expect(here.filter((f) => f.ruleId.startsWith("DF-")).length).toBe(16);
  expect(fillsOf(fake)).toEqual(expectedFills(here));
  const improved = here.find((f) => f.ruleId === "DF-IMPROVED-NO-WORK");
  const cell = `${improved?.cells[0]}`;
  expect(fake.sheet("张庄村").comments()[cell]).toContain("DF-IMPROVED-NO-WORK");
  // 清除标记 takes the DF marks away too.
  await controller.clearMarks();
  expect(fillsOf(fake)).toEqual({});
});

test("WPS: related files' XT findings on the open workbook are filled, the others listed", async () => {
  const own = "戴窑镇-张庄村.xlsx";
  const { fake, controller } = await open(["cross", own], own);
  await controller.related!.add(
    ["危房改造台账.xlsx", "易地扶贫搬迁台账.xlsx", "戴窑镇-李家村.xlsx"].map(
      (f) => new File([bytes("cross", f)], f),
    ),
  );
  const report = await controller.checkAll();
  const here = report.findings.filter((f) => f.file === own);
  expect(here.filter((f) => f.ruleId.startsWith("XT-")).map((f) => `${f.row} ${f.ruleId}`)).toEqual([
    "6 XT-HISTORY-MISSING",
    "7 XT-NOT-IN-PLAN",
    "8 XT-GRADE-MISMATCH",
    "9 XT-METHOD-MISMATCH",
    "10 XT-STILL-DANGEROUS",
    "12 XT-DUPLICATE",
  ]);
  expect(report.findings.filter((f) => f.file !== own).map((f) => `${f.file} ${f.row} ${f.ruleId}`)).toEqual([
    "戴窑镇-李家村.xlsx 5 XT-DUPLICATE",
  ]);
  expect(fillsOf(fake)).toEqual(expectedFills(here));
  expect(fake.sheet("张庄村").fills().F6).toBe(COLOUR.error);
});

test("WPS: 插入空白表 inserts the template as a new sheet under a free name and activates it", async () => {
  const { fake, controller } = await open(["diff", "戴窑镇-2024上半年.xlsx"], "戴窑镇-2024上半年.xlsx");
  const done = await controller.insertTemplate!("revisit", { township: "戴窑镇", village: "张庄村" });
  // 张庄村 is taken: the blank table gets the next free name.
  expect(done.sheet).toBe("张庄村 (2)");
  expect(fake.sheets.map((s) => s.name)).toContain("张庄村 (2)");
  const sheet = fake.sheet("张庄村 (2)");
  expect(sheet.values().A1).toBe("表A.1 泰州市农村低收入群体等住房安全保障重点对象住房安全状况评估汇总表");
  expect(done.notices).toEqual([]);
});

test("WPS: 对应表头 choices saved in the workbook (its settings) and used when it is opened again", async () => {
  const ledger = countyWordingLedger();
  const bytes = new Uint8Array((await toWorkbook(ledger).xlsx.writeBuffer()) as ArrayBuffer);
  const fake = await etFromXlsx(bytes, new FakeEt({ name: ledger.file }));
  const first = createWpsController({ app: fake.app, today: () => TODAY, debounceMs: 1 });
  const missing = (r: { findings: ReadonlyArray<{ ruleId: string }> }) =>
    r.findings.filter((f) => f.ruleId === "GEN-MISSING-COLUMN").length;
  expect(missing(await first.checkAll())).toBe(3);
  expect(first.headerMap!.keptIn).toBe("workbook");
  const choices = COUNTY_WORDS.slice(0, 3).map(([field, , header]) => ({
    kind: "renovation" as const,
    field,
    header,
  }));
  await first.headerMap!.apply(choices);
  const after = await first.checkAll();
  expect(missing(after)).toBe(0);
  const opinion = after.findings.find((f) => f.ruleId === "RN-SAFETY-OPINION");
  expect(opinion?.cells).toEqual(["L22"]);
  expect(fake.sheet("石门镇").fills().L22).toBe(COLOUR[opinion?.severity ?? "info"]);
  // The same workbook, a new pane: the choices come back from the workbook itself.
  const again = createWpsController({ app: fake.app, today: () => TODAY, debounceMs: 1 });
  expect(again.headerMap!.choices()).toEqual(choices);
  expect(missing(await again.checkActiveSheet())).toBe(0);
});

test("WPS: a live re-check after 与上次报送比对 re-checks with the comparison, so the DF marks stay", async () => {
  const timers: Array<() => void> = [];
  const fake = await etFromXlsx(
    bytes("diff", "戴窑镇-2024上半年.xlsx"),
    new FakeEt({ name: "戴窑镇-2024上半年.xlsx" }),
  );
  const controller = createWpsController({
    app: fake.app,
    today: () => TODAY,
    setTimeout: (fn) => timers.push(fn),
    clearTimeout: () => undefined,
  });
  const previous = new File([bytes("diff", "戴窑镇-2023下半年.xlsx")], "戴窑镇-2023下半年.xlsx");
  const outcome = await controller.compareWithPrevious!(previous);
  const here = outcome.report.findings.filter((f) => f.file === "戴窑镇-2024上半年.xlsx");
  const before = fillsOf(fake);
  expect(before).toEqual(expectedFills(here));
  // The clerk retypes a cell with the value it has: nothing changes, so every mark must stay as it is.
  const sheet = fake.sheet("张庄村");
  const value = sheet.get(4, 1)?.value;
  fake.edit("张庄村", "B5", typeof value === "boolean" || value === undefined ? null : value);
  expect(timers.length).toBe(1);
  timers.shift()?.();
  await controller.live.settle();
  expect(fillsOf(fake)).toEqual(before);
});
