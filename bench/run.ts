/**
 * `npm run bench`: every measurement of issue 8 side by side in one run, written to bench/results.json and
 * bench/results.md. Workbooks are generated into bench/tmp/ (kept between runs, gitignored); each measurement
 * runs in its own child process (bench/child.ts) and is repeated, min and median reported.
 *
 *   npm run bench                 everything (about 10 minutes on a 2-core machine)
 *   npm run bench -- --quick      small sizes only, to try the harness
 *   npm run bench -- --only es5   the IE11 build against a modern one (after npm run build), into the last results
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { bundleEngine } from "./bundle";
import { benchDiff, diffSection, withDiffSection } from "./diff";
import { benchEs5 } from "./es5";
import { writeWorkbook } from "./generate";
import type { OfficeFakeRow } from "./office-fake";
import { renderMarkdown, type Results, type Stat } from "./report";

const ROOT = join(__dirname, "..");
const TMP = join(ROOT, "bench", "tmp");
const QUICK = process.argv.includes("--quick");
/** Bump when the generator changes, so that stale workbooks are made again. */
const GENERATOR = "v1";

const FILE_SIZES = QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const ENGINE: ReadonlyArray<[rows: number, repeats: number]> = QUICK
  ? [
      [1_000, 10],
      [10_000, 5],
    ]
  : [
      [1_000, 20],
      [10_000, 10],
      [100_000, 5],
      [1_000_000, 2],
    ];
const TABLESCHEMA: ReadonlyArray<[rows: number, repeats: number]> = QUICK
  ? [[1_000, 3]]
  : [
      [1_000, 5],
      [10_000, 3],
      [100_000, 2],
    ];
/** Whole-process repeats of the CLI and ExcelJS runs per file size. */
const PROCESS_REPEATS = (rows: number) => (rows >= 100_000 ? 3 : 5);

interface ChildResult {
  times: number[];
  maxRssMB: number;
  wallMs: number;
  [k: string]: unknown;
}

function child(args: readonly string[]): ChildResult {
  const resultFile = join(TMP, `result-${process.pid}.json`);
  rmSync(resultFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      "--max-old-space-size=8192",
      "--require",
      "tsx/cjs",
      join("bench", "child.ts"),
      ...args,
      "--result",
      resultFile,
    ],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 512 * 1024 * 1024, stdio: ["ignore", "ignore", "pipe"] },
  );
  const wallMs = performance.now() - t0;
  if (!existsSync(resultFile)) throw new Error(`bench child ${args.join(" ")} failed: ${r.stderr}`);
  const out = JSON.parse(readFileSync(resultFile, "utf8")) as ChildResult & { error?: string };
  rmSync(resultFile, { force: true });
  if (out.error) throw new Error(`bench child ${args.join(" ")}: ${out.error}`);
  return { ...out, wallMs };
}

export function stat(values: readonly number[]): Stat {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  return { min: s[0] ?? 0, median, max: s[s.length - 1] ?? 0, n: s.length };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function workbooks(): Promise<Map<number, string>> {
  mkdirSync(TMP, { recursive: true });
  const files = new Map<number, string>();
  for (const rows of FILE_SIZES) {
    const file = join(TMP, `table-a1-${rows}-${GENERATOR}.xlsx`);
    if (!existsSync(file)) {
      log(`generating ${file}`);
      await writeWorkbook(rows, file);
    }
    files.set(rows, file);
  }
  return files;
}

/**
 * results.md rendered again from results.json, with the sections other scripts write between their markers (the
 * half-year diff when this run has none, bench/cross.ts's cross-table check) kept as they were.
 */
function keepOwnSections(fresh: string, old: string): string {
  let out = fresh;
  for (const name of ["diff", "cross"]) {
    const begin = `<!-- ${name}:begin -->`;
    const end = `<!-- ${name}:end -->`;
    const a = old.indexOf(begin);
    const b = old.indexOf(end);
    if (a < 0 || b < a || out.includes(begin)) continue;
    const block = old.slice(a, b + end.length);
    const at = name === "diff" ? out.indexOf("## Cross-check") : -1;
    out = at >= 0 ? `${out.slice(0, at)}${block}\n\n${out.slice(at)}` : `${out.trimEnd()}\n\n${block}\n`;
  }
  return out;
}

function readOld(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

/**
 * `--only es5`: the IE11 build's entry alone (bench/es5.ts), merged into the results of the last full run.
 * Needs `npm run build` first (it measures dist/).
 */
async function onlyEs5(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  const file = join(ROOT, "bench", "results.json");
  const results = JSON.parse(readFileSync(file, "utf8")) as Results;
  results.es5 = await benchEs5(ROOT, TMP, stat, log);
  results.es5Date = new Date().toISOString();
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const md = join(ROOT, "bench", "results.md");
  writeFileSync(md, keepOwnSections(renderMarkdown(results), readOld(md)));
  log("wrote the es5 entry into bench/results.json and bench/results.md");
}

async function main(): Promise<void> {
  if (process.argv.includes("--only")) {
    const what = process.argv[process.argv.indexOf("--only") + 1];
    if (what !== "es5") throw new Error(`--only ${what}: only "es5" can run alone`);
    await onlyEs5();
    return;
  }
  const files = await workbooks();
  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? "",
      memoryGB: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    quick: QUICK,
    engine: [],
    tableschema: [],
    process: [],
    office: undefined,
  };
  // The es5 entry runs alone (--only es5): a full run keeps the last one.
  const last = join(ROOT, "bench", "results.json");
  if (existsSync(last)) {
    const old = JSON.parse(readFileSync(last, "utf8")) as Results;
    if (old.es5) Object.assign(results, { es5: old.es5, es5Date: old.es5Date ?? old.date });
  }

  log("bundling the engine with webpack");
  const bundle = await bundleEngine(ROOT, TMP);
  for (const [rows, repeats] of ENGINE) {
    for (const form of ["bundled", "tsx"] as const) {
      log(`engine (${form}) ${rows} rows × ${repeats}`);
      const r = child(["engine", String(rows), String(repeats), ...(form === "bundled" ? [bundle] : [])]);
      results.engine.push({
        form,
        rows,
        ms: stat(r.times),
        findings: Number(r.findings),
        maxRssMB: r.maxRssMB,
      });
    }
  }
  for (const [rows, repeats] of TABLESCHEMA) {
    log(`tableschema ${rows} rows × ${repeats}`);
    const r = child(["tableschema", String(rows), String(repeats)]);
    results.tableschema.push({ rows, ms: stat(r.times), rowsWithErrors: Number(r.rowsWithErrors) });
  }

  for (const [rows, file] of files) {
    const out = join(TMP, `annotated-${rows}.xlsx`);
    const baseline = join(TMP, `exceljs-${rows}.xlsx`);
    const runs = {
      json: [] as ChildResult[],
      out: [] as ChildResult[],
      exceljs: [] as ChildResult[],
    };
    const repeats = PROCESS_REPEATS(rows);
    for (let i = 0; i < repeats; i++) {
      log(`processes ${rows} rows, round ${i + 1}/${repeats}`);
      // Interleaved, so that a noisy minute on the shared machine falls on all three alike.
      runs.json.push(child(["cli", file, "--format", "json", "--today", "2024-07-15"]));
      runs.out.push(child(["cli", file, "--out", out, "--format", "json", "--today", "2024-07-15"]));
      runs.exceljs.push(child(["exceljs", file, baseline]));
    }
    const summary = (list: ChildResult[]) => ({
      wallMs: stat(list.map((r) => r.wallMs)),
      maxRssMB: stat(list.map((r) => r.maxRssMB)),
    });
    results.process.push({
      rows,
      fileMB: statSync(file).size / 1024 ** 2,
      annotatedMB: statSync(out).size / 1024 ** 2,
      exceljsMB: statSync(baseline).size / 1024 ** 2,
      findings: Number(runs.json[0]?.findings ?? 0),
      json: summary(runs.json),
      out: summary(runs.out),
      exceljs: summary(runs.exceljs),
      // Ratio of medians, and the median of the per-round ratios (robust to drift during the run).
      ratioJson: stat(runs.json.map((r, i) => r.wallMs / (runs.exceljs[i]?.wallMs ?? NaN))),
      ratioOut: stat(runs.out.map((r, i) => r.wallMs / (runs.exceljs[i]?.wallMs ?? NaN))),
    });
  }

  log("office host on the fake");
  const office = child(["office", "5000", "50000"]);
  results.office = { rows: office.rows as OfficeFakeRow[], maxRssMB: office.maxRssMB };

  writeFileSync(join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  // The half-year diff (issue 18) has its own section, measured by bench/diff.ts.
  log("anju diff, two 5,000-household submissions");
  const diff = await benchDiff(TMP, QUICK ? 2 : 5);
  writeFileSync(
    join(ROOT, "bench", "results-diff.json"),
    `${JSON.stringify({ date: results.date, ...diff }, null, 2)}\n`,
  );
  const md = join(ROOT, "bench", "results.md");
  writeFileSync(
    md,
    keepOwnSections(withDiffSection(renderMarkdown(results), diffSection(diff, results.date)), readOld(md)),
  );
  log("wrote bench/results.json and bench/results.md");
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
