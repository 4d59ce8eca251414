import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { CITY_TODAY, writeCityTownships, type TownshipSpec } from "../../scripts/samples/city";
import { SummaryReportSchema, type SummaryReport } from "../../src/engine/report";
import { runCli } from "../helpers/cli";
import {
  figuresOnly,
  plus,
  townshipFigures,
  tzRates,
  villageFigures,
  zero,
} from "../engine/summary/intended";

const dir = mkdtempSync(join(tmpdir(), "anju-summarize-"));
let townships: TownshipSpec[];
let paths: string[];
const fileOf = (name: string) => join(dir, name);
const hash = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

beforeAll(async () => {
  ({ townships, paths } = await writeCityTownships(join(dir, "in")));
});

const township = (name: string) => townships.find((t) => t.township === name) as TownshipSpec;
const pathsOf = (t: TownshipSpec) => t.files.map((f) => join(dir, "in", f.file));

function summarizeJson(args: string[]): SummaryReport {
  const run = runCli(["summarize", ...args, "--today", CITY_TODAY, "--format", "json"]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return SummaryReportSchema.parse(JSON.parse(run.stdout));
}

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

describe("anju summarize --level township", () => {
  test("every village's and the total's figures; inputs byte-identical; the --out workbook opens", async () => {
    const t = township("戴窑镇");
    const inputs = pathsOf(t);
    const before = inputs.map(hash);
    const out = fileOf("戴窑镇-汇总.xlsx");
    const report = summarizeJson([...inputs, "--out", out]);
    expect(report.level).toBe("township");
    const villages = t.files.flatMap((f) => f.villages);
    expect(report.groups.map((g) => g.name)).toEqual(villages.map((v) => v.expectedName));
    report.groups.forEach((g, i) =>
      expect(figuresOnly(g)).toEqual(
        villageFigures(villages[i] as (typeof villages)[number], tzRates(t.city)),
      ),
    );
    expect(report.total).toEqual({ name: "合计", ...townshipFigures(t) });
    expect(inputs.map(hash)).toEqual(before);
    expect(await sheetNames(out)).toEqual(["统计", "乡镇汇总", "明细", "安全住房率"]);
  });

  test("one township in two workbooks is one township; villages from both files", () => {
    const t = township("溱潼镇");
    const report = summarizeJson(pathsOf(t));
    expect(report.groups.map((g) => g.name)).toEqual(["湖南村", "洲南村"]);
    expect(report.total).toEqual({ name: "合计", ...townshipFigures(t) });
  });

  test("text output: a table of the figures with the 合计 row, and where the 市（区） came from", () => {
    const t = township("安丰镇");
    const run = runCli(["summarize", ...pathsOf(t), "--today", CITY_TODAY]);
    expect(run.status).toBe(0);
    const total = townshipFigures(t);
    const line = run.stdout.split("\n").find((l) => l.startsWith("合计"));
    expect(line?.trim().split(/\s+/).slice(1, 3)).toEqual([
      String(total.households),
      String(total.history.none),
    ]);
    expect(run.stdout).toContain("安丰镇：市（区）为 兴化市（由房屋地址推断");
    expect(run.stdout).toContain("安全住房率：");
  });
});

describe("anju summarize --level city", () => {
  test("every township's totals with its 市（区）, the subtotals and the total; inputs unchanged", async () => {
    const before = paths.map(hash);
    const out = fileOf("市汇总.xlsx");
    const report = summarizeJson([...paths, "--level", "city", "--out", out]);
    expect(report.level).toBe("city");
    expect(report.groups.map((g) => [g.city, g.name])).toEqual([
      ["姜堰区", "溱潼镇"],
      ["兴化市", "戴窑镇"],
      ["兴化市", "安丰镇"],
      ["未指定", "新街镇"],
    ]);
    for (const g of report.groups) expect(figuresOnly(g)).toEqual(townshipFigures(township(g.name)));
    for (const c of report.cities ?? []) {
      const want = townships
        .filter((t) => t.city === c.name)
        .map((t) => townshipFigures(t))
        .reduce(plus, zero());
      expect(figuresOnly(c)).toEqual(want);
    }
    expect(figuresOnly(report.total)).toEqual(townships.map((t) => townshipFigures(t)).reduce(plus, zero()));
    expect(paths.map(hash)).toEqual(before);
    expect(await sheetNames(out)).toEqual([
      "市汇总",
      "姜堰区评估汇总表",
      "兴化市评估汇总表",
      "未指定评估汇总表",
      "明细",
      "安全住房率",
    ]);
  });

  test("--config townshipCity places a township and its 市（区）'s rates apply", () => {
    const config = fileOf("county.json");
    writeFileSync(config, JSON.stringify({ townshipCity: { 新街镇: "兴化市" } }));
    const report = summarizeJson([...pathsOf(township("新街镇")), "--level", "city", "--config", config]);
    expect(report.groups.map((g) => [g.name, g.city])).toEqual([["新街镇", "兴化市"]]);
    expect(figuresOnly(report.groups[0] as SummaryReport["groups"][number])).toEqual(
      townshipFigures(township("新街镇"), "兴化市"),
    );
  });
});

describe("re-running into an existing --out", () => {
  test("replaces only the summary's own sheets and keeps every other sheet", async () => {
    const out = fileOf("rerun.xlsx");
    summarizeJson([...pathsOf(township("戴窑镇")), "--out", out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const mine = wb.addWorksheet("我的备注");
    mine.getCell("A1").value = "乡里的备注，汇总不能动";
    await wb.xlsx.writeFile(out);
    const report = summarizeJson([
      ...pathsOf(township("安丰镇")),
      "--out",
      out,
      "--sample",
      "10",
      "--seed",
      "7",
    ]);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    expect(after.worksheets.map((w) => w.name).sort()).toEqual(
      ["我的备注", "统计", "乡镇汇总", "明细", "抽查样本", "安全住房率"].sort(),
    );
    expect(after.getWorksheet("我的备注")?.getCell("A1").value).toBe("乡里的备注，汇总不能动");
    // The statistics are the new township's, not the old one's.
    const stats = after.getWorksheet("统计");
    const names: unknown[] = [];
    stats?.eachRow((row) => {
      const v = row.getCell(1).value;
      names.push(v && typeof v === "object" && "text" in v ? v.text : v);
    });
    for (const g of report.groups) expect(names).toContain(g.name);
    expect(names).not.toContain("东里村");
  });
});

describe("spot-check sample", () => {
  test("--sample 10 --seed 20240701 is reproducible, another seed draws another sample, ≥ 1 per township", async () => {
    const args = [...paths, "--level", "city", "--sample", "10"];
    const a = summarizeJson([...args, "--seed", "20240701"]);
    const b = summarizeJson([...args, "--seed", "20240701"]);
    const c = summarizeJson([...args, "--seed", "20240702"]);
    expect(a.sample?.households).toEqual(b.sample?.households);
    expect(c.sample?.households).not.toEqual(a.sample?.households);
    expect(a.sample?.seed).toBe(20240701);
    for (const t of townships) {
      const n = t.files.flatMap((f) => f.villages).flatMap((v) => v.households).length;
      const drawn = a.sample?.households.filter((h) => h.township === t.township) ?? [];
      expect(drawn.length).toBe(Math.max(1, Math.ceil(n / 10)));
    }
    const out = fileOf("sample.xlsx");
    summarizeJson([...args, "--seed", "20240701", "--out", out]);
    expect(await sheetNames(out)).toContain("抽查样本");
  });

  test("without --seed a seed is chosen, printed, and reusable", () => {
    const args = ["summarize", ...pathsOf(township("戴窑镇")), "--today", CITY_TODAY, "--sample", "20"];
    const first = runCli(args);
    expect(first.status).toBe(0);
    const seed = /使用 --seed (\d+) 可重现/.exec(first.stdout)?.[1];
    expect(seed).toBeDefined();
    const listed = (s: string) => s.split("\n").filter((l) => /^\s+\d+\. /.test(l));
    expect(listed(first.stdout).length).toBeGreaterThan(0);
    const again = runCli([...args, "--seed", seed as string]);
    expect(listed(again.stdout)).toEqual(listed(first.stdout));
  });
});

describe("bad usage exits 2 with one line in Chinese and English", () => {
  test.each<[string, string[]]>([
    ["no file", []],
    ["unknown level", ["{戴窑镇}", "--level", "county"]],
    ["missing file", [join(tmpdir(), "no-such-township.xlsx")]],
    ["--out is an input", ["{戴窑镇}", "--out", "{戴窑镇}"]],
    ["sample of 0 %", ["{戴窑镇}", "--sample", "0"]],
    ["seed not a number", ["{戴窑镇}", "--sample", "10", "--seed", "abc"]],
    ["seed without sample", ["{戴窑镇}", "--seed", "5"]],
    ["format csv", ["{戴窑镇}", "--format", "csv"]],
  ])("%s", (_name, raw) => {
    const input = pathsOf(township("戴窑镇"))[0] as string;
    const copy = fileOf("bad-usage-input.xlsx");
    copyFileSync(input, copy);
    const before = hash(copy);
    const args = raw.map((a) => (a === "{戴窑镇}" ? copy : a));
    const run = runCli(["summarize", ...args, "--today", CITY_TODAY]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^anju: .*[\u4e00-\u9fff].* \/ [ -~]/);
    expect(hash(copy)).toBe(before);
  });

  test("an existing --out that is no workbook is left alone", () => {
    const out = fileOf("not-a-workbook.xlsx");
    writeFileSync(out, "这不是工作簿");
    const run = runCli(["summarize", ...pathsOf(township("戴窑镇")), "--out", out, "--today", CITY_TODAY]);
    expect(run.status).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("这不是工作簿");
    expect(existsSync(out)).toBe(true);
  });
});
