import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMain } from "../../src/cli/main";
import { CheckReportSchema } from "../../src/engine/report";
import { readXlsx } from "../../src/workbook/read";
import { ROOT, runCli } from "../helpers/cli";

/**
 * Issue 16 from the command line: .xls, .ods and CSV inputs give the .xlsx's findings, `--out` on an .xls writes an
 * annotated .xlsx copy and leaves the input alone, and unreadable inputs get one line in Chinese and English with
 * exit status 2.
 */
const FIX = join(ROOT, "test", "fixtures");
const dir = mkdtempSync(join(tmpdir(), "anju-formats-"));
const TODAY = "2024-07-15";

async function cli(args: readonly string[]) {
  let stdout = "";
  let stderr = "";
  const status = await runMain(
    args,
    (s) => (stdout += s),
    (s) => (stderr += s),
  );
  return { status, stdout, stderr };
}

const keys = (json: string) =>
  CheckReportSchema.parse(JSON.parse(json))
    .findings.map((f) => `${f.sheet}|${f.row}|${f.ruleId}|${f.cells.join(",")}`)
    .sort();

let xlsxKeys: string[];
beforeAll(async () => {
  const run = await cli(["check", join(FIX, "sample-township.xlsx"), "--format", "json", "--today", TODAY]);
  xlsxKeys = keys(run.stdout);
});

describe("anju check on other formats", () => {
  test("the sample as .xls, through the real CLI process, gives the .xlsx's findings (exit 1)", () => {
    const run = runCli([
      "check",
      join(FIX, "formats", "sample-township.xls"),
      "--format",
      "json",
      "--today",
      TODAY,
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(keys(run.stdout)).toEqual(xlsxKeys);
    expect(JSON.parse(run.stdout).file).toBe("sample-township.xls");
  });

  test.each([["sample-township.ods"], ["sample-township.velvet.xls"]])(
    "%s gives the .xlsx's findings",
    async (name) => {
      const run = await cli(["check", join(FIX, "formats", name), "--format", "json", "--today", TODAY]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(1);
      expect(keys(run.stdout)).toEqual(xlsxKeys);
    },
  );

  test("a GB18030 CSV is read, its one sheet named after the file", async () => {
    const run = await cli([
      "check",
      join(FIX, "formats", "sample-township", "gb18030", "张庄村.csv"),
      "--format",
      "json",
      "--today",
      TODAY,
    ]);
    expect(run.status).toBe(1);
    const report = CheckReportSchema.parse(JSON.parse(run.stdout));
    expect(report.tables.map((t) => t.sheet)).toEqual(["张庄村"]);
    expect(report.findings.every((f) => f.sheet === "张庄村")).toBe(true);
    expect(report.findings.length).toBeGreaterThan(10);
  });

  test("--out on an .xls writes an annotated .xlsx copy with the same findings; the input is untouched", async () => {
    const input = join(dir, "张庄.xls");
    copyFileSync(join(FIX, "formats", "sample-township.xls"), input);
    const before = readFileSync(input);
    const out = join(dir, "张庄.annotated.xlsx");
    const run = await cli(["check", input, "--out", out, "--today", TODAY]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(readFileSync(input).equals(before)).toBe(true);
    const copy = readFileSync(out);
    expect(copy.subarray(0, 2).toString("latin1")).toBe("PK");
    const wb = readXlsx(new Uint8Array(copy));
    expect(wb.sheets.map((s) => s.name)).toEqual(["张庄村", "李家村", "王庄社区", "填表说明", "校验结果"]);
    // The copy is an .xlsx of the same table: checked again, the same findings (its 校验结果 sheet is Anju's own).
    const again = await cli(["check", out, "--format", "json", "--today", TODAY]);
    expect(keys(again.stdout)).toEqual(xlsxKeys);
    // Marked cells carry notes, as in a copy of an .xlsx.
    const { unzipSync, strFromU8 } = await import("fflate");
    const parts = unzipSync(new Uint8Array(copy));
    const comments = Object.keys(parts).filter((p) => /comments\d*\.xml$/.test(p));
    expect(comments.length).toBeGreaterThan(0);
    expect(strFromU8(parts[comments[0]!]!)).toContain("RV-");
  });

  test("--out on a CSV writes an .xlsx whose dates are dates", async () => {
    const out = join(dir, "csv.annotated.xlsx");
    const run = await cli([
      "check",
      join(FIX, "formats", "sample-township", "utf8", "张庄村.csv"),
      "--out",
      out,
      "--today",
      TODAY,
    ]);
    expect(run.status).toBe(1);
    const { unzipSync, strFromU8 } = await import("fflate");
    const styles = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))["xl/styles.xml"]!);
    expect(styles).toContain('formatCode="yyyy-mm-dd"');
  });

  test("--out must name an .xlsx file", async () => {
    const out = join(dir, "copy.xls");
    const run = await cli(["check", join(FIX, "formats", "sample-township.xls"), "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^anju: --out 须是 \.xlsx 文件[^\n]* \/ --out must name an \.xlsx file[^\n]*\n$/,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("unreadable inputs: one line, exit 2", () => {
  const cases: Array<[string, Uint8Array | string, RegExp]> = [
    ["password.xls", readFileSync(join(FIX, "formats", "sample-township.password.xls")), /已加密.*encrypted/],
    ["truncated.xls", readFileSync(join(FIX, "formats", "sample-township.xls")).subarray(0, 3000), /\.xls/],
    [
      "truncated.ods",
      readFileSync(join(FIX, "formats", "sample-township.ods")).subarray(0, 5000),
      /损坏|damaged|corrupt/,
    ],
    ["report.xls", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n", /PDF/],
    ["photo.xlsx", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13]), /PNG/],
    ["nul.csv", new Uint8Array([0x61, 0x2c, 0x62, 0x00, 0x0a]), /NUL/],
    ["wide.csv", `${",".repeat(20_000)}\n`, /16384/],
  ];
  test.each(cases)("%s", async (name, bytes, reason) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const before = readFileSync(file);
    const run = await cli(["check", file, "--today", TODAY]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^anju: [^\n]+ \/ [^\n]+\n$/);
    expect(run.stderr).not.toMatch(/内部错误|internal error/);
    expect(run.stderr).toMatch(reason);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test("a Word document named .xls is named as such", async () => {
    // A compound file whose directory names the WordDocument stream (UTF-16).
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = "WordDocument";
    for (let i = 0; i < name.length; i++) bytes[1024 + 2 * i] = name.charCodeAt(i);
    const file = join(dir, "letter.xls");
    writeFileSync(file, bytes);
    const run = await cli(["check", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Word/);
  });
});

describe("anju summarize on other formats", () => {
  test("an .ods and a CSV are summarized like .xlsx files", async () => {
    const run = await cli([
      "summarize",
      join(FIX, "formats", "sample-township.ods"),
      join(FIX, "formats", "sample-township", "gb18030", "李家村.csv"),
      "--format",
      "json",
      "--today",
      TODAY,
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { total: { households: number } };
    expect(report.total.households).toBeGreaterThan(20);
  });
});
