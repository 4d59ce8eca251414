import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { makeDiffSample } from "../../scripts/make-diff-sample";
import { writeVillageSheet } from "../../scripts/samples/revisit-sheet";
import { makeId } from "../../scripts/samples/township";
import { DiffReportSchema, type DiffReport } from "../../src/engine/report";
import { runCli } from "../helpers/cli";

/** The fixture, written afresh into a temporary folder; the CLI runs there so that files are named as given. */
const dir = mkdtempSync(join(tmpdir(), "anju-diff-"));
let expected: {
  previous: string;
  current: string;
  today: string;
  findings: Array<{ file: string; sheet: string; row: number; ruleId: string; severity: string }>;
  villages: Array<Record<string, string | number>>;
};

beforeAll(async () => {
  await makeDiffSample(dir);
  expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
});

const diff = (...args: string[]) => runCli(["diff", ...args], dir);
const key = (f: { file: string; sheet: string; row: number; ruleId: string; severity: string }) =>
  `${f.file}|${f.sheet}!${f.row} ${f.ruleId} ${f.severity}`;

describe("anju diff on two submissions of 戴窑镇", () => {
  let report: DiffReport;
  let status: number | null;
  beforeAll(() => {
    const run = diff(expected.previous, expected.current, "--format", "json", "--today", expected.today);
    status = run.status;
    report = DiffReportSchema.parse(JSON.parse(run.stdout));
  });

  test("json follows SPEC §5/§10; every seeded case at its file, sheet, row and severity, nothing else", () => {
    expect(status).toBe(1);
    expect(report.previous).toBe(expected.previous);
    expect(report.current).toBe(expected.current);
    expect(report.findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
  });

  test("no DF error or warning on the clean look-alikes: every error/warning is a seeded one", () => {
    const seeded = new Set(expected.findings.map(key));
    expect(report.findings.filter((f) => f.severity !== "info" && !seeded.has(key(f)))).toEqual([]);
  });

  test("per-village counts and 合计 exactly", () => {
    expect(report.villages).toEqual(expected.villages);
    const sum = (k: string) => expected.villages.reduce((n, v) => n + Number(v[k]), 0);
    expect(report.total).toEqual({
      name: "合计",
      ...Object.fromEntries(
        ["previous", "current", "new", "gone", "moved", "improved", "worsened", "stale"].map((k) => [
          k,
          sum(k),
        ]),
      ),
    });
  });

  test("the workbooks' own RV/GEN findings are not repeated", () => {
    const own = runCli(["check", join(dir, expected.current), "--format", "json", "--today", expected.today]);
    expect(JSON.parse(own.stdout).findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.ruleId.startsWith("DF-"))).toBe(true);
  });

  test("messages name the household and what changed, from what to what", () => {
    const m = report.findings.find((f) => f.ruleId === "DF-IMPROVED-NO-WORK" && f.severity === "error");
    expect(m?.message).toBe("张卫东：上次（2023-12-31）为 D 级，本次为 A 级，但未填写此后的重建安置年份。");
  });

  test("text output: the current workbook by sheet, the gone households, the villages, the counts", () => {
    const run = diff(expected.previous, expected.current, "--today", expected.today);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`上次报送：${expected.previous}`);
    expect(run.stdout).toContain("DF-IMPROVED-NO-WORK");
    expect(run.stdout).toContain(`上次报送中有、本次缺失的户（${expected.previous}）`);
    expect(run.stdout).toMatch(/合计\t51\t50\t3\t4\t1\t7\t2\t2/);
    expect(run.stdout).toMatch(/错误 3 条，警告 \d+ 条，提示 \d+ 条/);
  });

  test("csv: BOM, a 文件 column, one line per finding", () => {
    const run = diff(expected.previous, expected.current, "--format", "csv", "--today", expected.today);
    expect(run.status).toBe(1);
    expect(run.stdout.startsWith("\uFEFF文件,工作表,行,单元格,规则,级别,说明,依据条款\r\n")).toBe(true);
    const lines = run.stdout.trim().split("\r\n");
    expect(lines).toHaveLength(expected.findings.length + 1);
    expect(lines.some((l) => l.startsWith(`${expected.previous},张庄村,`) && l.includes("DF-GONE"))).toBe(
      true,
    );
  });

  test("--out: the current workbook marked, a 比对结果 sheet listing the gone households; inputs untouched", async () => {
    const before = [readFileSync(join(dir, expected.previous)), readFileSync(join(dir, expected.current))];
    const out = join(dir, "比对.xlsx");
    const run = diff(expected.previous, expected.current, "--out", out, "--today", expected.today);
    expect(run.status).toBe(1);
    expect(readFileSync(join(dir, expected.previous)).equals(before[0] as Buffer)).toBe(true);
    expect(readFileSync(join(dir, expected.current)).equals(before[1] as Buffer)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const fill = (sheet: string, cell: string) =>
      (wb.getWorksheet(sheet)?.getCell(cell).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    const improved = expected.findings.find(
      (f) => f.ruleId === "DF-IMPROVED-NO-WORK" && f.severity === "error",
    );
    expect(fill(improved?.sheet ?? "", `J${improved?.row}`)).toBe("FFFFC7CE");
    const results = wb.getWorksheet("比对结果");
    expect(results).toBeDefined();
    const rows: string[][] = [];
    results?.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
    expect(rows[0]?.slice(0, 3)).toEqual(["文件", "工作表", "行"]);
    expect(rows).toHaveLength(report.findings.length + 1);
    const gone = expected.findings.filter((f) => f.ruleId === "DF-GONE");
    for (const g of gone) {
      expect(
        rows.some((r) => r[0] === g.file && r[1] === g.sheet && r[2] === String(g.row) && r[5] === "DF-GONE"),
      ).toBe(true);
    }
    // A gone household's row is not marked in the current workbook (it points into the previous one).
    const g0 = gone[0];
    if (g0 && wb.getWorksheet(g0.sheet)) expect(fill(g0.sheet, `B${g0.row}`)).not.toBe("FFFFEB9C");
  });

  test("a submission compared with itself: every household revisited on the same date, no error: exit 0", () => {
    const run = diff(expected.previous, expected.previous, "--format", "json", "--today", expected.today);
    expect(run.status).toBe(0);
    const r = DiffReportSchema.parse(JSON.parse(run.stdout));
    expect(new Set(r.findings.map((f) => f.ruleId))).toEqual(
      new Set(["DF-REVISIT-STALE", "DF-GONE", "DF-NEW"]),
    );
    expect(r.total.stale).toBe(r.findings.filter((f) => f.ruleId === "DF-REVISIT-STALE").length);
  });
});

describe("anju diff: CSV against formula injection", () => {
  test("a name starting with = is written as text", async () => {
    const make = async (file: string, head: string, date: string) => {
      const wb = new ExcelJS.Workbook();
      writeVillageSheet(wb, {
        name: "张庄村",
        layout: "standard",
        township: "戴窑镇",
        village: "张庄村",
        fillDate: date,
        households: [
          {
            head,
            phone: "13812345678",
            address: "1号",
            id: makeId("32128119650312001"),
            notRenovated: "√",
            revisitDate: date,
            grade: "A",
          },
        ],
      });
      await wb.xlsx.writeFile(join(dir, file));
    };
    await make("甲.xlsx", '=HYPERLINK("http://x")', "2023-12-31");
    await make("乙.xlsx", "+SUM(1)", "2023-12-31");
    const run = diff("甲.xlsx", "乙.xlsx", "--format", "csv", "--today", "2024-07-15");
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\r\n");
    expect(lines.some((l) => l.includes(`"'=HYPERLINK(""http://x"")：`))).toBe(false);
    // Matched by ID: the message begins with the current name: neutralised.
    expect(lines.find((l) => l.includes("DF-REVISIT-STALE"))).toContain(`,"'+SUM(1)：`);
  });
});

describe("anju diff: bad usage and bad input exit 2 with one line, never a stack trace", () => {
  test.each<[string, string[]]>([
    ["one file", ["diff", "a.xlsx"]],
    ["three files", ["diff", "a.xlsx", "b.xlsx", "c.xlsx"]],
    ["a missing file", ["diff", "没有.xlsx", "戴窑镇-2024上半年.xlsx"]],
    ["--kind", ["diff", "戴窑镇-2023下半年.xlsx", "戴窑镇-2024上半年.xlsx", "--kind", "revisit"]],
    ["a bad --format", ["diff", "戴窑镇-2023下半年.xlsx", "戴窑镇-2024上半年.xlsx", "--format", "xml"]],
  ])("%s", (_, args) => {
    const run = runCli(args, dir);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^anju: .+ \/ .+/);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  test("not a workbook", () => {
    writeFileSync(join(dir, "not.xlsx"), "这不是表格");
    const run = diff("not.xlsx", expected.current);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("--out onto an input is refused and the input stays", () => {
    copyFileSync(join(dir, expected.current), join(dir, "copy.xlsx"));
    const before = readFileSync(join(dir, "copy.xlsx"));
    const run = diff(expected.previous, "copy.xlsx", "--out", "copy.xlsx");
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, "copy.xlsx")).equals(before)).toBe(true);
  });
});
