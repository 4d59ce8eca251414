import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { CITY_TODAY, writeCityTownships, type TownshipSpec } from "../../scripts/samples/city";
import { formSamples, writeFormSamples, type Figure, type FormSample } from "../../scripts/samples/forms";
import { FillReportSchema, type FillReport } from "../../src/engine/forms";
import type { Figures } from "../../src/engine/summary";
import { runCli } from "../helpers/cli";
import { townshipFigures, tzRates, villageFigures, villagesOf } from "../engine/summary/intended";

/**
 * `anju fill` (SPEC §13) on county forms built like real ones (scripts/samples/forms.ts) from the sample township
 * workbooks: every statistic cell holds the figure the households are meant to add up to (computed from their
 * intent, not by the engine); formula cells stay formulas; every other part, cell value and style is unchanged.
 */
const dir = mkdtempSync(join(tmpdir(), "anju-fill-"));
let townships: TownshipSpec[];
let inputs: string[];
let forms: string[];
const samples = formSamples();
/** Every value filled by the runs below. */
const values: number[] = [];
const hash = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

beforeAll(async () => {
  ({ townships, paths: inputs } = await writeCityTownships(join(dir, "in")));
  forms = await writeFormSamples(join(dir, "forms"));
});

function figure(f: Figures, which: Figure): number {
  switch (which) {
    case "A":
    case "B":
    case "C":
    case "D":
    case "unrated":
      return f.grades[which];
    case "dangerous":
      return f.grades.C + f.grades.D;
    case "none":
    case "reinforced":
    case "rebuilt":
      return f.history[which];
    case "planReinforce":
      return f.planned.reinforce;
    case "planRebuild":
      return f.planned.rebuild;
    case "subsidyWan":
      return f.subsidyYuan / 10_000;
    default:
      return f[which];
  }
}

/** Intended figures by the name the summary gives a village (township level) or a township (city level). */
function intended(level: "township" | "city"): Map<string, Figures> {
  const out = new Map<string, Figures>();
  for (const t of townships) {
    if (level === "city") out.set(t.township, townshipFigures(t));
    else for (const v of villagesOf(t)) out.set(v.expectedName, villageFigures(v, tzRates(t.city)));
  }
  return out;
}

/** Each `<c>` element of a worksheet by address, as its exact text. */
function cellsXml(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
    const r = /\sr="([A-Z]+\d+)"/.exec(m[0])?.[1];
    if (r) out.set(r, m[0]);
  }
  return out;
}

/** The worksheet part of each sheet name. */
function sheetParts(zip: Record<string, Uint8Array>): Map<string, string> {
  const text = (n: string) => new TextDecoder().decode(zip[n]);
  const rels = text("xl/_rels/workbook.xml.rels");
  const out = new Map<string, string>();
  for (const m of text("xl/workbook.xml").matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    out.set(m[1] ?? "", `xl/${target.replace(/^\/?xl\//, "")}`);
  }
  return out;
}

describe.each(samples.map((s, i) => [s.file, i] as const))("anju fill %s", (_file, index) => {
  const sample = (): FormSample => samples[index] as FormSample;
  let report: FillReport;
  let before: string;
  let outPath: string;
  let status: number | null;
  let stderr: string;

  beforeAll(() => {
    const form = forms[index] as string;
    before = hash(form);
    outPath = join(dir, `filled-${index}.xlsx`);
    const files = sample().level === "township" ? inputs.filter((p) => p.endsWith("戴窑镇.xlsx")) : inputs;
    const run = runCli(["fill", form, ...files, "--out", outPath, "--format", "json", "--today", CITY_TODAY]);
    status = run.status;
    stderr = run.stderr;
    report = FillReportSchema.parse(JSON.parse(run.stdout));
    values.push(...report.filled.map((f) => f.value));
  });

  test("exit 0, nothing on stderr, the form itself untouched", () => {
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(hash(forms[index] as string)).toBe(before);
  });

  test("every statistic cell of every matched row is filled with the intended figure, and nothing else", () => {
    const want = intended(sample().level);
    const expected: Array<[string, string, number]> = [];
    for (const [sheet, cells] of Object.entries(sample().expected)) {
      for (const [cell, [name, which]] of Object.entries(cells)) {
        const f = want.get(name);
        if (!f) throw new Error(`no intended figures for ${name}`);
        expected.push([sheet, cell, figure(f, which)]);
      }
    }
    const got = report.filled.map((f) => [f.sheet, f.cell, f.value] as [string, string, number]);
    const key = (x: [string, string, number]) => `${x[0]}!${x[1]}`;
    expect(got.map(key).sort()).toEqual(expected.map(key).sort());
    for (const e of expected) expect(got.find((g) => key(g) === key(e))?.[2]).toBeCloseTo(e[2], 6);
  });

  test("rows and labels that match nothing are reported; 合计/小计 and formula rows are not", () => {
    expect(report.unmatched.rows.map((r) => [r.sheet, r.row, r.name])).toEqual(sample().unmatchedRows);
    expect(report.unmatched.labels.map((l) => [l.sheet, l.cell, l.text])).toEqual(sample().unmatchedLabels);
  });

  test("the output zip: untouched parts byte for byte; workbook.xml only gains fullCalcOnLoad", () => {
    const a = unzipSync(readFileSync(forms[index] as string));
    const b = unzipSync(readFileSync(outPath));
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const filledParts = new Set([...sheetParts(a)].filter(([n]) => n in sample().expected).map(([, p]) => p));
    for (const name of Object.keys(a)) {
      if (name === "xl/workbook.xml" || filledParts.has(name)) continue;
      expect([name, Buffer.from(b[name] as Uint8Array).equals(Buffer.from(a[name] as Uint8Array))]).toEqual([
        name,
        true,
      ]);
    }
    const wbA = new TextDecoder().decode(a["xl/workbook.xml"]);
    const wbB = new TextDecoder().decode(b["xl/workbook.xml"]);
    expect(wbB).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    expect(wbB.replace(/ fullCalcOnLoad="1"/, "")).toBe(wbA.replace(/ fullCalcOnLoad="1"/, ""));
  });

  test("in the filled sheets: formula cells are the same formulas, every other unfilled cell's XML is the same", () => {
    const a = unzipSync(readFileSync(forms[index] as string));
    const b = unzipSync(readFileSync(outPath));
    for (const [sheet, part] of sheetParts(a)) {
      if (!(sheet in sample().expected)) continue;
      const ca = cellsXml(new TextDecoder().decode(a[part]));
      const cb = cellsXml(new TextDecoder().decode(b[part]));
      const filled = new Set(report.filled.filter((f) => f.sheet === sheet).map((f) => f.cell));
      for (const [at, xml] of ca) if (!filled.has(at)) expect([at, cb.get(at)]).toEqual([at, xml]);
      for (const [s, at] of sample().formulas) if (s === sheet) expect(cb.get(at)).toMatch(/<f[ >]/);
      for (const f of report.filled.filter((x) => x.sheet === sheet)) {
        const xml = cb.get(f.cell) ?? "";
        expect(xml).toContain(`<v>${f.value}</v>`);
        expect(xml).not.toMatch(/<f[ >]|\st="/);
        // The cell keeps its own format (borders, number format) where it had one.
        const own = /\ss="(\d+)"/.exec(ca.get(f.cell) ?? "")?.[1];
        if (own) expect(/\ss="(\d+)"/.exec(xml)?.[1]).toBe(own);
      }
    }
  });

  test("read back as a clerk's Excel would: every other cell's value and style, every merge and sheet the same", async () => {
    const a = new ExcelJS.Workbook();
    const b = new ExcelJS.Workbook();
    await a.xlsx.readFile(forms[index] as string);
    await b.xlsx.readFile(outPath);
    expect(b.worksheets.map((w) => [w.name, w.state])).toEqual(a.worksheets.map((w) => [w.name, w.state]));
    for (const wa of a.worksheets) {
      const wb = b.getWorksheet(wa.name) as ExcelJS.Worksheet;
      expect(Object.keys(wb.model.merges ?? {}).sort()).toEqual(Object.keys(wa.model.merges ?? {}).sort());
      const filled = new Map(report.filled.filter((f) => f.sheet === wa.name).map((f) => [f.cell, f.value]));
      wa.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const other = wb.getCell(cell.address);
          expect([cell.address, JSON.stringify(other.style)]).toEqual([
            cell.address,
            JSON.stringify(cell.style),
          ]);
          const v = filled.get(cell.address);
          if (v === undefined) expect([cell.address, other.value]).toEqual([cell.address, cell.value]);
          else expect([cell.address, other.value]).toEqual([cell.address, v]);
        }),
      );
    }
  });
});

test("a zero is written as 0 (each filled cell holds <v>value</v>, checked above), and the forms have zeros", () => {
  expect(values.length).toBeGreaterThan(0);
  expect(values).toContain(0);
});

describe("anju fill: usage and input errors are one line in Chinese and English, exit 2, nothing written", () => {
  const oneLine = (stderr: string) => {
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^anju: .*[\u4e00-\u9fa5].* \/ [A-Za-z-]/);
  };

  test("--out naming the form or an input, a missing --out, a form that is no workbook or holds no form", () => {
    const form = forms[0] as string;
    const input = inputs[0] as string;
    const before = [hash(form), hash(input)];
    const cases: Array<[string[], RegExp]> = [
      [["fill", form, input, "--out", form], /--out/],
      [["fill", form, input, "--out", input], /--out/],
      [["fill", form, input], /--out/],
      [["fill", form, "--out", join(dir, "x.xlsx")], /fill/],
      [["fill", input, input, "--out", join(dir, "y.xlsx")], /汇总表样|summary form/],
      [["fill", join(dir, "nope.xlsx"), input, "--out", join(dir, "z.xlsx")], /nope\.xlsx/],
      [["fill", form, input, "--out", join(dir, "w.xlsx"), "--level", "county"], /--level/],
    ];
    for (const [args, named] of cases) {
      const run = runCli(args);
      expect([args.join(" "), run.status]).toEqual([args.join(" "), 2]);
      expect(run.stdout).toBe("");
      oneLine(run.stderr);
      expect(run.stderr).toMatch(named);
    }
    expect([hash(form), hash(input)]).toEqual(before);
    for (const f of ["x.xlsx", "y.xlsx", "z.xlsx", "w.xlsx"])
      expect(() => readFileSync(join(dir, f))).toThrow();
  });

  test("the text report lists what was filled and what matched nothing", () => {
    const out = join(dir, "text.xlsx");
    const run = runCli(["fill", forms[1] as string, ...inputs, "--out", out, "--today", CITY_TODAY]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/已填写 \d+ 个单元格/);
    expect(run.stdout).toContain("千垛镇");
    expect(run.stdout).toContain("完成率（%）");
    expect(run.stdout).toContain(out);
  });
});
