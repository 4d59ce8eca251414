import { readFileSync, mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { CheckReportSchema } from "../../src/engine/report";
import { makeSample } from "../../scripts/make-sample";
import { ROOT, runCli } from "../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "anju-cli-"));
let sample: string;
let expected: { today: string; findings: Array<{ sheet: string; row: number; ruleId: string }> };

beforeAll(async () => {
  sample = await makeSample(dir);
  expected = JSON.parse(readFileSync(join(dir, "sample-township.expected.json"), "utf8"));
});

describe("anju check on the sample township workbook", () => {
  test("json output follows the SPEC §5 schema and finds exactly the seeded violations", () => {
    const before = readFileSync(sample);
    const run = runCli(["check", sample, "--format", "json", "--today", expected.today]);
    expect(run.status).toBe(1);
    const report = CheckReportSchema.parse(JSON.parse(run.stdout));
    const got = report.findings.map((f) => `${f.sheet}!${f.row} ${f.ruleId}`).sort();
    const want = expected.findings.map((f) => `${f.sheet}!${f.row} ${f.ruleId}`).sort();
    expect(got).toEqual(want);
    expect(report.counts.error).toBe(report.findings.filter((f) => f.severity === "error").length);
    expect(readFileSync(sample).equals(before)).toBe(true);
  });

  test("tables are detected with kind, header rows, first data row and meta", () => {
    const run = runCli(["check", sample, "--format", "json", "--today", "2024-07-15"]);
    const report = CheckReportSchema.parse(JSON.parse(run.stdout));
    expect(report.tables).toEqual([
      {
        sheet: "张庄村",
        kind: "revisit",
        headerRows: [3, 4],
        firstDataRow: 5,
        lastDataRow: 23,
        meta: { township: "戴窑镇", village: "张庄村", fillDate: "2024-06-30" },
      },
      {
        sheet: "李家村",
        kind: "revisit",
        headerRows: [3, 4, 5],
        firstDataRow: 6,
        lastDataRow: 14,
        meta: { township: "戴窑镇", village: "李家村", fillDate: "2024-06-30" },
      },
      {
        sheet: "王庄社区",
        kind: "revisit",
        headerRows: [2],
        firstDataRow: 3,
        lastDataRow: 6,
        meta: { township: "戴窑镇", fillDate: "2024-06-30" },
      },
    ]);
  });

  test("the D-grade household marks exactly its grade and 重建安置 cells", () => {
    const run = runCli(["check", sample, "--format", "json", "--today", "2024-07-15"]);
    const report = CheckReportSchema.parse(JSON.parse(run.stdout));
    const f = report.findings.find((x) => x.ruleId === "RV-D-NOT-REBUILD");
    expect(f).toMatchObject({
      sheet: "张庄村",
      row: 5,
      cells: ["J5", "L5"],
      severity: "error",
      clause: "TZ 注3; TZ 7.1.1 a)",
    });
    expect(f?.message).toBe("张卫东：房屋安全状况为 D 级，处理意见应勾选“重建安置”。");
  });

  test("csv starts with a BOM and neutralises formula-like cells", () => {
    const run = runCli(["check", sample, "--format", "csv", "--today", "2024-07-15"]);
    expect(run.stdout.startsWith("\uFEFF")).toBe(true);
    expect(run.stdout).toContain("RV-D-NOT-REBUILD");
  });

  test("--out writes an annotated copy with fills, notes and a 校验结果 sheet; the input is untouched", async () => {
    const out = join(dir, "annotated.xlsx");
    const before = readFileSync(sample);
    const run = runCli(["check", sample, "--out", out, "--today", "2024-07-15"]);
    expect(run.status).toBe(1);
    expect(readFileSync(sample).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("张庄村");
    const j5 = ws?.getCell("J5");
    expect((j5?.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe("FFFFC7CE");
    expect(
      String(j5?.note && typeof j5.note === "object" ? j5.note.texts?.map((x) => x.text).join("") : j5?.note),
    ).toContain("RV-D-NOT-REBUILD");
    expect(j5?.value).toBe("D");
    // A clean cell keeps its (absent) fill.
    expect((ws?.getCell("B6").fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect(wb.getWorksheet("校验结果")?.rowCount).toBeGreaterThan(20);
  });

  test("--out refuses to overwrite the input", () => {
    const run = runCli(["check", sample, "--out", sample]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/不能与输入文件相同/);
  });

  test("bad usage and unreadable input exit 2 with one line and no stack trace", () => {
    const missing = runCli(["check", join(dir, "nope.xlsx")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toMatch(/\bat \w+ \(/);
    const badToday = runCli(["check", sample, "--today", "2024-13-40"]);
    expect(badToday.status).toBe(2);
    const notXlsx = join(ROOT, "package.json");
    const r = runCli(["check", notXlsx]);
    expect(r.status).toBe(2);
    expect(
      r.stderr
        .trim()
        .split("\n")
        .filter((l) => !/npm warn/.test(l)),
    ).toHaveLength(1);
    expect(existsSync(notXlsx)).toBe(true);
  });
});
