/**
 * One measurement in its own process (`node --require tsx/cjs bench/child.ts <task> … --result <file>`), so
 * that each starts with a fresh heap and its peak memory is its own. Writes `{ times, maxRssMB, … }` as JSON to
 * the result file when the process exits (peak RSS from the kernel's own accounting, process.resourceUsage()).
 *
 *   engine <rows> <repeats> [bundle]   checkWorkbook on rows built in memory (sources, or a webpack bundle)
 *   tableschema <rows> <repeats>       the same rows through Frictionless' tableschema
 *   cli <file> [anju check args…]      the CLI's main() as `anju check` runs it
 *   exceljs <file> <out>               ExcelJS baseline: readFile, a fill on 2 % of cells, writeFile
 *   office <rows…>                     the Office host on the in-memory fake (bench/office-fake.ts)
 */
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { checkWorkbook } from "../src/engine/check";
import type { CellValue } from "../src/engine/model/types";
import { formatYMD, fromSerial } from "../src/engine/parse/date";
import { COL, COLS, HEADER, householdRows, TODAY, TOP_ROWS, workbookInMemory } from "./generate";
import { benchOfficeFake } from "./office-fake";

const args = process.argv.slice(2);
const resultAt = args.indexOf("--result");
const resultFile = resultAt >= 0 ? args[resultAt + 1] : undefined;
const [task = "", ...rest] = resultAt >= 0 ? args.slice(0, resultAt) : args;
const result: Record<string, unknown> = { task };

process.on("exit", () => {
  result.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  if (resultFile) writeFileSync(resultFile, JSON.stringify(result));
});

const now = () => performance.now();

/** The engine from its sources (through tsx, as the CLI runs it) or from the webpack bundle (bench/bundle.ts). */
async function engine(rows: number, repeats: number, bundle: string | undefined): Promise<void> {
  const check: typeof checkWorkbook = bundle
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require(bundle) as { checkWorkbook: typeof checkWorkbook }).checkWorkbook
    : checkWorkbook;
  // Warm the JIT on a small table first, so every size is measured warm.
  check(workbookInMemory(2000), { today: TODAY });
  const wb = workbookInMemory(rows);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < repeats; i++) {
    const t0 = now();
    findings = check(wb, { today: TODAY }).findings.length;
    times.push(now() - t0);
  }
  Object.assign(result, { rows, times, findings });
}

/** The fields as a Table Schema: the constraints the issue names (required, enum A–D, phone pattern, date). */
const SCHEMA = {
  fields: HEADER.map((name, i) => {
    const f: { name: string; type: string; constraints?: Record<string, unknown> } = { name, type: "string" };
    if (i === COL.seq) f.type = "integer";
    if (i === COL.head || i === COL.address) f.constraints = { required: true };
    if (i === COL.phone) f.constraints = { pattern: "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}" };
    if (i === COL.id) f.constraints = { pattern: "\\d{17}[\\dXx]" };
    if (i === COL.revisitDate) Object.assign(f, { type: "date", constraints: { required: true } });
    if (i === COL.grade) f.constraints = { required: true, enum: ["A", "B", "C", "D"] };
    return f;
  }),
};

/** A cell as a CSV would hold it (what tableschema reads): serial dates as ISO text, empty as "". */
function asText(v: CellValue, col: number): string {
  if (v === null) return "";
  if (typeof v === "number" && col === COL.revisitDate) {
    const d = fromSerial(v);
    return d ? formatYMD(d) : String(v);
  }
  return typeof v === "object" ? v.error : String(v);
}

async function tableschema(rows: number, repeats: number): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Table } = require("tableschema") as {
    Table: {
      load(source: unknown, options: unknown): Promise<{ read(o: unknown): Promise<unknown[]> }>;
    };
  };
  const source: string[][] = [HEADER];
  for (const row of householdRows(rows)) source.push(row.map((v, c) => asText(v, c)));
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < repeats; i++) {
    const t0 = now();
    const table = await Table.load(source, { schema: SCHEMA, headers: 1 });
    const out = await table.read({ forceCast: true });
    errors = out.filter((r) => r instanceof Error).length;
    times.push(now() - t0);
  }
  Object.assign(result, { rows, times, rowsWithErrors: errors, columns: COLS });
}

async function cli(argv: string[]): Promise<void> {
  let bytes = 0;
  let findings: number | undefined;
  let out = "";
  const t0 = now();
  const status = await main(["check", ...argv], (s) => {
    bytes += s.length;
    if (argv.includes("json")) out += s;
  });
  if (out !== "") findings = (JSON.parse(out) as { findings: unknown[] }).findings.length;
  Object.assign(result, { times: [now() - t0], status, stdoutChars: bytes, findings });
}

/** What a script would do with ExcelJS: read the workbook, fill 2 % of the data cells, write it back. */
async function exceljs(file: string, out: string): Promise<void> {
  const t0 = now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  let filled = 0;
  if (ws) {
    for (let r = TOP_ROWS + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= COLS; c++) {
        if (((r - TOP_ROWS - 1) * COLS + c) % 50 !== 0) continue;
        row.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
        filled++;
      }
    }
  }
  await wb.xlsx.writeFile(out);
  Object.assign(result, { times: [now() - t0], filled });
}

async function run(): Promise<void> {
  const n = (i: number) => Number(rest[i]);
  if (task === "engine") await engine(n(0), n(1), rest[2]);
  else if (task === "tableschema") await tableschema(n(0), n(1));
  else if (task === "cli") await cli(rest);
  else if (task === "exceljs") await exceljs(rest[0] ?? "", rest[1] ?? "");
  else if (task === "office") result.rows = await benchOfficeFake({ rows: rest.map(Number) });
  else throw new Error(`unknown task ${task}`);
}

run().catch((e: unknown) => {
  result.error = e instanceof Error ? e.message : String(e);
  process.exitCode = 3;
});
