import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/engine/check";
import { parseIsoDate } from "../../src/engine/parse/date";
import { CheckReportSchema, toCheckReport } from "../../src/engine/report";
import { readXlsx } from "../../src/workbook/read";
import { makeCrossSamples } from "../../scripts/make-cross-samples";
import type { ExpectedFinding } from "../../scripts/samples/cross";
import { runCli } from "../helpers/cli";

/**
 * `anju check <file>... --roster <file>` on a township's files (SPEC §5, §11), run as a separate process as outside
 * checks do: every seeded XT case at its exact file, sheet, row and cells, none on the look-alikes.
 */
const dir = mkdtempSync(join(tmpdir(), "anju-cross-"));
let expected: { today: string; files: string[]; roster: string; findings: ExpectedFinding[] };
let positional: string[];

beforeAll(async () => {
  await makeCrossSamples(dir);
  expected = JSON.parse(readFileSync(join(dir, "cross.expected.json"), "utf8"));
  positional = expected.files.filter((f) => f !== expected.roster);
});

describe("anju check on several files with --roster", () => {
  test("json: files as given (the roster last), file on every table and finding, exactly the seeded XT findings", () => {
    const run = runCli(
      ["check", ...positional, "--roster", expected.roster, "--format", "json", "--today", expected.today],
      dir,
    );
    expect(run.status).toBe(1);
    const report = CheckReportSchema.parse(JSON.parse(run.stdout));
    expect(report.files).toEqual([...positional, expected.roster]);
    expect(report.tables.map((t) => [t.file, t.kind])).toEqual([
      ["戴窑镇-张庄村.xlsx", "revisit"],
      ["戴窑镇-李家村.xlsx", "revisit"],
      ["危房改造台账.xlsx", "renovation"],
      ["易地扶贫搬迁台账.xlsx", "relocation"],
      ["低收入人口名单.xlsx", "roster"],
    ]);
    expect(report.findings.every((f) => f.file !== undefined && report.files?.includes(f.file))).toBe(true);
    const xt = report.findings
      .filter((f) => f.ruleId.startsWith("XT-"))
      .map((f) => ({
        file: f.file,
        sheet: f.sheet,
        row: f.row,
        ruleId: f.ruleId,
        severity: f.severity,
        cells: f.cells,
        related: f.related ?? [],
      }));
    const want = expected.findings.map((f) => ({
      file: f.file,
      sheet: f.sheet,
      row: f.row,
      ruleId: f.ruleId,
      severity: f.severity,
      cells: f.cells,
      related: f.related,
    }));
    expect(xt).toEqual(want);
    // The revisit tables, the relocation ledger and the roster are otherwise clean: only the ledger's works in
    // progress (not yet accepted) have findings of their own.
    expect(
      new Set(report.findings.filter((f) => !f.ruleId.startsWith("XT-")).map((f) => `${f.file} ${f.ruleId}`)),
    ).toEqual(new Set(["危房改造台账.xlsx RN-MOVED-IN"]));
    const history = report.findings.find((f) => f.ruleId === "XT-HISTORY-MISSING");
    expect(history?.message).toBe(
      "李春花：危房改造台账显示 2023 年维修加固已竣工验收，回访表却勾选“未改造”。",
    );
  });

  test("one file gives exactly the single-file report, byte for byte (no files, no file on tables or findings)", () => {
    const file = join(dir, positional[0] ?? "");
    const run = runCli(["check", file, "--format", "json", "--today", expected.today]);
    const today = parseIsoDate(expected.today);
    if (!today) throw new Error("today");
    const workbook = readXlsx(new Uint8Array(readFileSync(file)));
    const alone = toCheckReport("戴窑镇-张庄村.xlsx", checkWorkbook(workbook, { today }));
    expect(run.stdout).toBe(`${JSON.stringify(alone)}\n`);
    expect(Object.keys(JSON.parse(run.stdout))).toEqual([
      "schemaVersion",
      "file",
      "tables",
      "findings",
      "counts",
    ]);
    expect(run.status).toBe(0);
  });

  test("text and csv name the file of every finding, with the related places", () => {
    const text = runCli(
      ["check", ...positional, "--roster", expected.roster, "--today", expected.today],
      dir,
    );
    for (const f of expected.files) expect(text.stdout).toContain(`${f}\n`);
    expect(text.stdout).toContain("↳ 相关：危房改造台账.xlsx 危房改造台账!4 I4");
    const csv = runCli(
      ["check", ...positional, "--roster", expected.roster, "--format", "csv", "--today", expected.today],
      dir,
    );
    const lines = csv.stdout
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("文件,工作表,行,单元格,规则,级别,说明,依据条款,相关位置");
    expect(lines.find((l) => l.includes("XT-HISTORY-MISSING"))).toMatch(
      /^戴窑镇-张庄村\.xlsx,张庄村,6,F6 G6,XT-HISTORY-MISSING,error,.*,危房改造台账\.xlsx 危房改造台账!4 I4$/,
    );
  });

  test("--out with several inputs is a usage error; with one input and --roster it marks the XT cells too", async () => {
    const two = runCli(["check", ...positional.slice(0, 2), "--out", join(dir, "x.xlsx")], dir);
    expect(two.status).toBe(2);
    expect(
      two.stderr
        .trim()
        .split("\n")
        .filter((l) => !/npm warn/.test(l)),
    ).toHaveLength(1);
    expect(two.stderr).toMatch(/--out 只能用于一个输入文件/);
    const out = join(dir, "张庄村-标注.xlsx");
    const before = readFileSync(join(dir, positional[0] ?? ""));
    const one = runCli(
      ["check", positional[0] ?? "", "--roster", expected.roster, "--out", out, "--today", expected.today],
      dir,
    );
    expect(one.status).toBe(1);
    expect(readFileSync(join(dir, positional[0] ?? "")).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cell = wb.getWorksheet("张庄村")?.getCell("B13");
    expect((cell?.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe("FFFFEB9C");
    const note =
      cell?.note && typeof cell.note === "object"
        ? cell.note.texts?.map((x) => x.text).join("")
        : String(cell?.note);
    expect(note).toContain("XT-NOT-ON-ROSTER");
  });

  test("an unreadable roster exits 2 naming it", () => {
    const run = runCli(["check", positional[0] ?? "", "--roster", "名单.pdf"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("名单.pdf");
  });
});
