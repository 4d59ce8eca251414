import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CheckReportSchema } from "../../src/engine/report";
import { runCli } from "../helpers/cli";

/**
 * `anju template` as a clerk uses it: write the blank table, fill it in (ExcelJS stands in for Excel), and check it
 * with `anju check` — correct values give no error or warning, wrong ones the expected findings at their cells.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anju-template-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TODAY = "2024-07-15";

/** A valid GB 11643 number from its first 17 digits. */
function id(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (w[i] as number), 0);
  return first17 + ("10X98765432"[sum % 11] as string);
}

function template(kind: string, name: string, extra: string[] = []): string {
  const out = join(dir, name);
  const r = runCli(["template", "--kind", kind, "--out", out, ...extra]);
  expect([r.status, r.stderr]).toEqual([0, ""]);
  expect(r.stdout.trim().split("\n")).toHaveLength(1);
  return out;
}

/** Fills cells (A1 address → value) of the template's only sheet and saves it under a new name. */
async function fill(file: string, name: string, cells: Record<string, ExcelJS.CellValue>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  const out = join(dir, name);
  writeFileSync(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return out;
}

function check(file: string) {
  const r = runCli(["check", file, "--format", "json", "--today", TODAY]);
  expect(r.stderr).toBe("");
  return { status: r.status, report: CheckReportSchema.parse(JSON.parse(r.stdout)) };
}

const date = (s: string) => new Date(`${s}T00:00:00Z`);

/** One household per row: columns by letter. */
function rows(
  first: number,
  data: Array<Record<string, ExcelJS.CellValue>>,
): Record<string, ExcelJS.CellValue> {
  const out: Record<string, ExcelJS.CellValue> = {};
  data.forEach((row, i) => {
    for (const [col, v] of Object.entries(row)) out[`${col}${first + i}`] = v;
  });
  return out;
}

const findings = (report: ReturnType<typeof check>["report"]) =>
  report.findings.map((f) => `${f.ruleId} ${f.cells.join(",")}`).sort();

describe("anju template revisit", () => {
  let blank: string;
  beforeAll(() => {
    blank = template("revisit", "blank-revisit.xlsx", ["--township", "兴东镇", "--village", "张庄村"]);
  });

  test("is found by anju check as 表A.1 with header rows 3–5 and data from row 6; the meta row is read", () => {
    const { report } = check(blank);
    expect(report.tables).toEqual([
      expect.objectContaining({ sheet: "张庄村", kind: "revisit", headerRows: [3, 4, 5], firstDataRow: 6 }),
    ]);
    expect(report.tables[0]?.meta).toMatchObject({ township: "兴东镇", village: "张庄村" });
    // Blank, only 填报日期 is missing: the 50 numbered rows are not households.
    expect(findings(report)).toEqual(["RV-META-MISSING H2"]);
  });

  const good = [
    { B: "王大明", C: "13812345678", D: "兴东镇张庄村1组1号", E: "√", H: date("2024-06-20"), I: "A" },
    {
      B: "李二",
      C: "0523-86123456",
      D: "兴东镇张庄村1组2号",
      F: 2015,
      H: date("2024-06-21"),
      I: "C",
      J: "√",
    },
    { B: "张三", C: "13912345678", D: "兴东镇张庄村2组3号", G: 2010, H: date("2024-06-22"), I: "D", K: "√" },
    { B: "赵四", C: "13712345678", D: "兴东镇张庄村2组4号", F: 2016, G: 2018, H: date("2024-06-23"), I: "B" },
  ];

  test("filled with correct values in its first rows (the rest only numbered) passes with no error or warning", async () => {
    const file = await fill(blank, "good-revisit.xlsx", { I2: date("2024-06-30"), ...rows(6, good) });
    const { status, report } = check(file);
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(status).toBe(0);
    expect(report.tables[0]).toMatchObject({ headerRows: [3, 4, 5], firstDataRow: 6, lastDataRow: 9 });
    expect(report.tables[0]?.meta).toEqual({ township: "兴东镇", village: "张庄村", fillDate: "2024-06-30" });
  });

  test("filled with wrong values gives the RV findings at their cells", async () => {
    const base = { C: "13812345678", H: date("2024-06-20") };
    const bad = [
      { ...base, B: "甲", D: "1号", G: 2010, I: "D", J: "√" }, // D without 重建安置, 维修加固 ticked
      { ...base, B: "乙", D: "2号", I: "C", F: 2015 }, // C without a disposition
      { ...base, B: "丙", D: "3号", I: "A", E: "√", F: 2015 }, // 未改造 with a year
      { ...base, B: "丁", D: "4号", I: "C", E: "√", J: "√", K: "√" }, // both dispositions
      { ...base, B: "戊", D: "5号", I: "E", E: "√" }, // no grade (pasted past the dropdown)
      { ...base, B: "己", D: "6号", I: "B", E: "√", K: "√", C: "12345" }, // A/B with a disposition; bad phone
    ];
    const file = await fill(blank, "bad-revisit.xlsx", { I2: date("2024-06-30"), ...rows(6, bad) });
    const { status, report } = check(file);
    expect(status).toBe(1);
    expect(findings(report)).toEqual(
      [
        "RV-D-NOT-REBUILD I6,J6,K6",
        "RV-C-NO-ACTION I7,J7,K7",
        "RV-HISTORY-CONFLICT E8,F8",
        "RV-ACTION-BOTH J9,K9",
        "RV-GRADE I10",
        "RV-AB-ACTION I11,K11",
        "RV-PHONE C11",
      ].sort(),
    );
  });
});

describe("anju template ledgers", () => {
  test("relocation: found at header row 3, data from row 4; correct values pass, wrong ones give RL findings", async () => {
    const blank = template("relocation", "blank-relocation.xlsx", ["--rows", "10"]);
    const empty = check(blank).report;
    expect(empty.tables).toEqual([
      expect.objectContaining({ kind: "relocation", headerRows: [3], firstDataRow: 4 }),
    ]);
    expect(empty.findings).toEqual([]);
    const place = { B: "海陵区", C: "兴东镇", D: "张庄村" };
    const good = rows(4, [
      {
        ...place,
        E: "王大明",
        F: id("32120219800101001"),
        G: 4,
        H: "集中安置",
        I: 2017,
        J: 100,
        K: 100000,
        L: 8000,
        M: "是",
        N: "是",
        O: "已入住",
        P: "否",
      },
      {
        ...place,
        E: "李二",
        F: id("32120219810202002"),
        G: 2,
        H: "分散安置",
        I: 2018,
        J: 40,
        K: 30000,
        L: 5000,
        M: "是",
        O: "已入住",
      },
    ]);
    const ok = check(await fill(blank, "good-relocation.xlsx", good));
    expect(ok.report.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(ok.report.tables[0]).toMatchObject({ firstDataRow: 4, lastDataRow: 5 });
    const bad = rows(4, [
      {
        ...place,
        E: "王大明",
        F: id("32120219800101001"),
        G: 2,
        H: "集中安置",
        I: 2018,
        J: 60,
        K: 50000,
        L: 4000,
        M: "是",
        N: "否",
        O: "已入住",
      },
      {
        ...place,
        E: "李二",
        F: id("32120219810202002"),
        G: 25,
        H: "插队",
        I: 2018,
        J: 40,
        K: 30000,
        L: 5000,
        M: "是",
        O: "未入住",
      },
    ]);
    const wrong = check(await fill(blank, "bad-relocation.xlsx", bad));
    expect(wrong.status).toBe(1);
    expect(findings(wrong.report)).toEqual(
      ["RL-AREA G4,J4", "RL-HANDOVER N4", "RL-PERSONS G5", "RL-MODE H5"].sort(),
    );
  });

  test("renovation: found at header row 3, data from row 4; correct values pass, wrong ones give RN findings", async () => {
    const blank = template("renovation", "blank-renovation.xlsx", ["--rows", "10"]);
    expect(check(blank).report.tables).toEqual([
      expect.objectContaining({ kind: "renovation", headerRows: [3], firstDataRow: 4 }),
    ]);
    const place = { B: "海陵区", C: "兴东镇", D: "张庄村" };
    const good = rows(4, [
      {
        ...place,
        E: "王大明",
        F: id("32120219800101001"),
        G: 3,
        H: "D",
        I: "拆除重建",
        J: 2020,
        K: 50,
        L: "是",
        M: "是",
        N: "已入住",
        O: "自建",
        P: 20000,
        Q: "是",
      },
      {
        ...place,
        E: "李二",
        F: id("32120219810202002"),
        G: 2,
        H: "C",
        I: "维修加固",
        J: 2021,
        K: 80,
        L: "是",
        M: "是",
        N: "已入住",
        O: "统建",
        P: 9000,
        R: "是",
      },
    ]);
    const ok = check(await fill(blank, "good-renovation.xlsx", good));
    expect(ok.report.counts).toEqual({ error: 0, warning: 0, info: 0 });
    const bad = rows(4, [
      {
        ...place,
        E: "王大明",
        F: id("32120219800101001"),
        G: 3,
        H: "D",
        I: "维修加固",
        J: 2020,
        K: 50,
        L: "是",
        M: "是",
        N: "已入住",
        O: "自建",
        P: 9000,
        Q: "是",
      },
      {
        ...place,
        E: "李二",
        F: id("32120219810202002"),
        G: 2,
        H: "D",
        I: "拆除重建",
        J: 2021,
        K: 80,
        L: "是",
        M: "是",
        N: "已入住",
        O: "自建",
        P: 20000,
      },
    ]);
    const wrong = check(await fill(blank, "bad-renovation.xlsx", bad));
    expect(wrong.status).toBe(1);
    expect(findings(wrong.report)).toEqual(
      ["RN-D-REINFORCE H4,I4", "RN-AREA-SMALL-HH G5,K5", "RN-FUND-EVIDENCE O5,Q5"].sort(),
    );
  });
});

describe("anju template usage errors: one line in Chinese and English, exit 2, nothing written", () => {
  test.each([
    [
      ["--kind", "survey"],
      /--kind 只能是 revisit、relocation、renovation 之一：survey \/ --kind must be one of/,
    ],
    [[], /需要 --kind .* \/ template needs --kind/],
    [["--kind", "revisit", "--rows", "0"], /--rows .* \/ --rows: Rows must be/],
    [["--kind", "revisit", "--out-missing"], /参数有误/],
  ])("%j", (args, message) => {
    const out = join(dir, "never.xlsx");
    const hasOut = args.includes("--out-missing") ? [] : ["--out", out];
    const r = runCli([
      "template",
      ...args.filter((a) => a !== "--out-missing"),
      ...hasOut,
      ...(args.includes("--out-missing") ? ["--bogus"] : []),
    ]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  test("--out must be given and be an .xlsx", () => {
    for (const args of [
      ["--kind", "revisit"],
      ["--kind", "revisit", "--out", join(dir, "blank.xls")],
    ]) {
      const r = runCli(["template", ...args]);
      expect([r.status, r.stderr.trimEnd().split("\n").length]).toEqual([2, 1]);
      expect(r.stderr).toMatch(/--out/);
    }
  });
});
