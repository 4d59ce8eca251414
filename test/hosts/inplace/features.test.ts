import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COUNTY_WORDS, countyWordingLedger } from "../../../scripts/samples/county-wording";
import { toWorkbook } from "../../../scripts/samples/ledgers";
import { checkWorkbook } from "../../../src/engine/check";
import { planMarks } from "../../../src/engine/marks";
import type { Finding, WorkbookData } from "../../../src/engine/model/types";
import type { CheckReport, FindingJson } from "../../../src/engine/report";
import { templateSheet } from "../../../src/engine/template";
import { createInPlaceController } from "../../../src/hosts/inplace/controller";
import { HEADER_SETTING } from "../../../src/hosts/inplace/headermap";
import { readXlsx } from "../../../src/workbook/read";
import { TODAY } from "../../engine/rules/harness";
import { FakeBook, type FakeBookOptions } from "./fake-book";

/**
 * The pane features of issues 18–21 on the shared in-place controller, over a test double of the OpenWorkbook
 * port: 与上次报送比对 and 关联文件 mark what falls on the open workbook at its exact cells and list the rest; 插入空白表
 * inserts the template's sheet; 对应表头 choices are saved in the workbook's settings and reused.
 */
const FIXTURES = join(__dirname, "..", "..", "fixtures");
const bytes = (...path: string[]) => new Uint8Array(readFileSync(join(FIXTURES, ...path)));
const book = (path: string[], name: string, options?: FakeBookOptions) =>
  new FakeBook(readXlsx(bytes(...path)), name, options);
const file = (path: string[], name = path[path.length - 1] as string) => new File([bytes(...path)], name);
const controllerOn = (b: FakeBook) => createInPlaceController(b, { today: () => TODAY });
const key = (f: {
  file?: string | undefined;
  sheet: string;
  row: number;
  ruleId: string;
  severity: string;
}) => `${f.file}|${f.sheet}!${f.row} ${f.ruleId} ${f.severity}`;

/** What the marks must be: the worst severity per cell of the given findings (as every host marks). */
function marksOf(findings: readonly FindingJson[]): Map<string, string> {
  return new Map(
    planMarks(findings as unknown as Finding[]).map((m) => [`${m.sheet}!${m.address}`, m.severity]),
  );
}

describe("与上次报送比对 (issue 18)", () => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, "diff", "expected.json"), "utf8")) as {
    previous: string;
    current: string;
    findings: Array<{ file: string; sheet: string; row: number; ruleId: string; severity: string }>;
    villages: Array<Record<string, string | number>>;
  };
  let b: FakeBook;
  let outcome: Awaited<ReturnType<NonNullable<ReturnType<typeof controllerOn>["compareWithPrevious"]>>>;
  beforeAll(async () => {
    b = book(["diff", expected.current], expected.current);
    const c = controllerOn(b);
    outcome = await c.compareWithPrevious!(file(["diff", expected.previous]));
  });

  test("every DF finding listed at its file, sheet, row and severity (DF-GONE in the previous file)", () => {
    const df = outcome.report.findings.filter((f) => f.ruleId.startsWith("DF-"));
    expect(df.map(key).sort()).toEqual(expected.findings.map(key).sort());
    expect(df.filter((f) => f.ruleId === "DF-GONE").every((f) => f.file === expected.previous)).toBe(true);
    expect(outcome.report.files).toEqual([expected.current, expected.previous]);
  });

  test("the workbook's own findings and the DF ones on it are marked at their exact cells; gone ones are not", () => {
    const here = outcome.report.findings.filter((f) => f.file === expected.current);
    expect(here.some((f) => f.ruleId.startsWith("DF-"))).toBe(true);
    expect(b.marks).toEqual(marksOf(here));
    // DF-IMPROVED-NO-WORK marks the grade and both year cells of its row.
    const improved = here.find((f) => f.ruleId === "DF-IMPROVED-NO-WORK" && f.row === 11);
    expect(improved?.cells.length).toBeGreaterThanOrEqual(2);
    for (const c of improved?.cells ?? []) expect(b.marks.get(`张庄村!${c}`)).toBe("error");
    // A gone household's previous cell is marked only where a finding of this workbook is.
    const hereCells = new Set(here.flatMap((f) => f.cells.map((c) => `${f.sheet}!${c}`)));
    for (const g of outcome.report.findings.filter((f) => f.ruleId === "DF-GONE"))
      for (const c of g.cells) expect(b.marks.has(`${g.sheet}!${c}`)).toBe(hereCells.has(`${g.sheet}!${c}`));
  });

  test("the workbook's own RV/GEN findings are listed once, as 校验全部工作表 gives them", () => {
    const own = checkWorkbook(b.workbook, { today: TODAY }).findings;
    const listed = outcome.report.findings.filter((f) => !f.ruleId.startsWith("DF-"));
    expect(listed.map(key).sort()).toEqual(own.map((f) => key({ ...f, file: expected.current })).sort());
  });

  test("per-village counts and 合计 exact", () => {
    expect(outcome.villages).toEqual(expected.villages);
    expect(outcome.total.name).toBe("合计");
    expect(outcome.total.gone).toBe(4);
    expect(outcome.previous).toBe(expected.previous);
    expect(b.checks.at(-1)?.target).toBe("all");
  });
});

test("与上次报送比对 with both files under one name: the gone households stay apart from this workbook", async () => {
  const name = "戴窑镇回访表.xlsx";
  const b = book(["diff", "戴窑镇-2024上半年.xlsx"], name);
  const c = controllerOn(b);
  const outcome = await c.compareWithPrevious!(file(["diff", "戴窑镇-2023下半年.xlsx"], name));
  expect(outcome.previous).toBe("戴窑镇回访表.xlsx（上次报送）");
  const gone = outcome.report.findings.filter((f) => f.ruleId === "DF-GONE");
  expect(gone.length).toBe(4);
  expect(gone.every((f) => f.file === outcome.previous)).toBe(true);
  expect(b.marks).toEqual(marksOf(outcome.report.findings.filter((f) => f.file === name)));
  expect(outcome.report.files).toEqual([name, outcome.previous]);
});

describe("关联文件 and 校验全部工作表 (issue 19)", () => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, "cross", "cross.expected.json"), "utf8")) as {
    files: string[];
    roster: string;
    findings: Array<FindingJson & { file: string }>;
  };
  const own = expected.files[0] as string;

  test("related files: XT findings on the open workbook marked, those in the related files listed only", async () => {
    const b = book(["cross", own], own);
    const c = controllerOn(b);
    const listed = await c.related!.add(expected.files.slice(1).map((f) => file(["cross", f])));
    expect(listed.map((f) => f.name)).toEqual(expected.files.slice(1));
    expect(c.related!.setRoster(expected.roster).filter((f) => f.roster)).toEqual([
      { name: expected.roster, roster: true },
    ]);
    const report = await c.checkAll();
    const xt = report.findings.filter((f) => f.ruleId.startsWith("XT-"));
    expect(xt.map(key).sort()).toEqual(expected.findings.map(key).sort());
    const history = xt.find((f) => f.ruleId === "XT-HISTORY-MISSING");
    expect(history?.related).toEqual([
      { file: "危房改造台账.xlsx", sheet: "危房改造台账", row: 4, cells: ["I4"] },
    ]);
    const here = report.findings.filter((f) => f.file === own);
    expect(b.marks).toEqual(marksOf(here));
    expect(b.marks.get("张庄村!F6")).toBe("error");
    expect(b.marks.get("张庄村!J8")).toBe("warning");
    // The roster's and the other village's findings are listed, not marked (no such sheets here).
    const elsewhere = report.findings.filter((f) => f.file !== own);
    expect(elsewhere.map((f) => f.file).sort()).toEqual([
      "低收入人口名单.xlsx",
      "低收入人口名单.xlsx",
      "戴窑镇-李家村.xlsx",
    ]);
    expect([...b.marks.keys()].every((k) => k.startsWith("张庄村!"))).toBe(true);
    // Removed again: only the workbook's own tables are compared.
    for (const f of expected.files.slice(1)) c.related!.remove(f);
    const alone = await c.checkAll();
    expect(alone.findings.filter((f) => f.ruleId.startsWith("XT-"))).toEqual([]);
    expect(alone.files).toBeUndefined();
  });

  test("校验全部工作表 runs the XT rules among the workbook's own tables (a revisit table and a ledger in one)", async () => {
    const revisit = readXlsx(bytes("cross", own));
    const ledger = readXlsx(bytes("cross", "危房改造台账.xlsx"));
    const b = new FakeBook({ ...revisit, sheets: [...revisit.sheets, ...ledger.sheets] }, own);
    const c = controllerOn(b);
    const report = await c.checkAll();
    const history = report.findings.find((f) => f.ruleId === "XT-HISTORY-MISSING");
    expect(history).toMatchObject({ sheet: "张庄村", row: 6, cells: ["F6", "G6"] });
    expect(history?.related).toEqual([{ file: own, sheet: "危房改造台账", row: 4, cells: ["I4"] }]);
    expect(b.marks.get("张庄村!F6")).toBe("error");
    expect(b.marks.get("张庄村!G6")).toBe("error");
    expect(b.marks).toEqual(marksOf(report.findings));
    // 校验当前工作表 checks the one table alone: no XT finding.
    const active = await c.checkActiveSheet();
    expect(active.findings.filter((f) => f.ruleId.startsWith("XT-"))).toEqual([]);
  });

  test("a related file that cannot be read is named, and none is added", async () => {
    const c = controllerOn(book(["cross", own], own));
    const bad = new File([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])], "坏文件.xlsx");
    await expect(c.related!.add([file(["cross", "危房改造台账.xlsx"]), bad])).rejects.toMatchObject({
      params: { file: "坏文件.xlsx" },
    });
    expect(c.related!.list()).toEqual([]);
  });
});

describe("插入空白表 (issue 20)", () => {
  test("insertSheet gets the spec `anju template` writes, and the program's notices come back", async () => {
    const notices = [{ key: "tplNoValidation" as const, params: {} }];
    const b = book(["diff", "戴窑镇-2024上半年.xlsx"], "x.xlsx", { insertNotices: notices });
    const c = controllerOn(b);
    const done = await c.insertTemplate!("revisit", { township: " 戴窑镇 ", village: "新村" });
    expect(b.inserted).toEqual([templateSheet("revisit", { township: "戴窑镇", village: "新村" }).spec]);
    expect(b.inserted[0]?.name).toBe("新村");
    expect(done).toEqual({ sheet: "新村", notices });
    expect(c.lastNotices).toEqual(notices);
    await c.insertTemplate!("renovation", {});
    expect(b.inserted[1]).toEqual(templateSheet("renovation").spec);
  });
});

describe("对应表头 (issue 21)", () => {
  let county: WorkbookData;
  beforeAll(async () => {
    const ledger = countyWordingLedger();
    county = readXlsx(new Uint8Array(await toWorkbook(ledger).xlsx.writeBuffer()));
  });
  const missing = (r: CheckReport) => r.findings.filter((f) => f.ruleId === "GEN-MISSING-COLUMN").length;
  const choices = COUNTY_WORDS.slice(0, 3).map(([field, , header]) => ({
    kind: "renovation" as const,
    field,
    header,
  }));

  test("gaps offered after a check; applied choices saved in the workbook's settings and used by every check", async () => {
    const settings = new Map<string, string>();
    const c = controllerOn(new FakeBook(county, "county.xlsx", { settings }));
    expect(c.headerMap!.keptIn).toBe("workbook");
    const before = await c.checkAll();
    expect(missing(before)).toBe(3);
    const gap = c.headerMap!.gaps()[0];
    expect(gap?.missing.map((m) => m.label).sort()).toEqual(
      ["户主姓名", "安全性评定意见", "竣工验收"].sort(),
    );
    expect(gap?.candidates).toEqual(expect.arrayContaining(["户主（申请人）", "房屋安全认定", "完工核验"]));
    await c.headerMap!.apply(choices);
    expect(JSON.parse(settings.get(HEADER_SETTING) ?? "[]")).toEqual(choices);
    const after = await c.checkAll();
    expect(missing(after)).toBe(0);
    expect(after.findings.find((f) => f.ruleId === "RN-SAFETY-OPINION")?.cells).toEqual(["L22"]);
    expect(c.headerMap!.gaps()).toEqual([]);

    // The workbook opened again: the choices are read back at start and the first check uses them.
    const again = controllerOn(new FakeBook(county, "county.xlsx", { settings }));
    expect(again.headerMap!.choices()).toEqual(choices);
    expect(missing(await again.checkActiveSheet())).toBe(0);
  });

  test("without settings the choices last the session, and say so", async () => {
    const c = controllerOn(new FakeBook(county, "county.xlsx"));
    expect(c.headerMap!.keptIn).toBe("session");
    await c.headerMap!.apply(choices);
    expect(missing(await c.checkAll())).toBe(0);
  });

  test("a damaged setting is ignored, not an error", async () => {
    const settings = new Map([[HEADER_SETTING, "{not json"]]);
    const c = controllerOn(new FakeBook(county, "county.xlsx", { settings }));
    expect(c.headerMap!.choices()).toEqual([]);
    expect(missing(await c.checkAll())).toBe(3);
  });
});
