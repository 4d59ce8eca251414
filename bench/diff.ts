/**
 * `anju diff` on two 5,000-household submissions (SPEC §10; target < 2 s): the two 戴窑镇 half-years of
 * scripts/samples/half-year.ts grown to 5,000 households each (four villages in three layouts, a split village,
 * the seeded DF cases), timed as whole processes (`anju diff --format json`, Node and tsx start-up included) and,
 * inside one process, read + check + diff of both workbooks after a warm-up.
 *
 *   npx tsx bench/diff.ts          measures and writes its section of bench/results.md (and results-diff.json)
 *   (npm run bench runs it too, through benchDiff)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { buildHalfYear } from "../scripts/samples/half-year";
import { checkWorkbook } from "../src/engine/check";
import { diffChecked } from "../src/engine/diff";
import { parseIsoDate } from "../src/engine/parse/date";
import { DiffReportSchema } from "../src/engine/report";
import { readWorkbookFile } from "../src/workbook/file";
import type { Stat } from "./report";

const ROOT = join(__dirname, "..");
const TMP = join(ROOT, "bench", "tmp");
const TARGET_MS = 2_000;
/** Clean households per village: with the seeded ones, 5,000 households in each submission. */
const PER_VILLAGE = 1_243;
const GENERATOR = "v2";

export interface DiffBench {
  readonly households: { previous: number; current: number };
  readonly fileKB: { previous: number; current: number };
  readonly findings: number;
  readonly process: Stat;
  /** CPU time (user + system) of the whole process: what its wall time is on an idle machine, roughly. */
  readonly processCpu: Stat;
  readonly inProcess: { read: Stat; check: Stat; diff: Stat; total: Stat };
  readonly maxRssMB: number;
  readonly targetMs: number;
}

function stat(values: readonly number[]): Stat {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  return { min: s[0] ?? 0, median, max: s[s.length - 1] ?? 0, n: s.length };
}

async function files(
  tmp: string,
): Promise<{ previous: string; current: string; households: DiffBench["households"] }> {
  mkdirSync(tmp, { recursive: true });
  const previous = join(tmp, `diff-5000-previous-${GENERATOR}.xlsx`);
  const current = join(tmp, `diff-5000-current-${GENERATOR}.xlsx`);
  const built = buildHalfYear({ cleanPerVillage: PER_VILLAGE });
  if (!existsSync(previous) || !existsSync(current)) {
    await built.previous.xlsx.writeFile(previous);
    await built.current.xlsx.writeFile(current);
  }
  return { previous, current, households: built.households };
}

/** Measures `anju diff` on the two submissions: `repeats` whole processes and as many in-process rounds. */
export async function benchDiff(tmp = TMP, repeats = 5): Promise<DiffBench> {
  const f = await files(tmp);
  // Reports the process's peak RSS on stderr when it exits.
  const rss = join(tmp, "rss-on-exit.js");
  writeFileSync(
    rss,
    'process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write("RSS " + Math.round(u.maxRSS / 1024) + " CPU " + Math.round((u.userCPUTime + u.systemCPUTime) / 1000) + "\\n"); });\n',
  );
  const wall: number[] = [];
  const cpu: number[] = [];
  let findings = 0;
  let maxRssMB = 0;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        "--require",
        "tsx/cjs",
        "--require",
        rss,
        join(ROOT, "src", "cli", "main.ts"),
        "diff",
        f.previous,
        f.current,
        "--format",
        "json",
        "--today",
        "2024-07-15",
      ],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
    );
    wall.push(performance.now() - t0);
    if (r.status !== 1) throw new Error(`anju diff exited ${r.status}: ${r.stderr}`);
    findings = DiffReportSchema.parse(JSON.parse(r.stdout)).findings.length;
    maxRssMB = Math.max(maxRssMB, Number(/RSS (\d+)/.exec(r.stderr)?.[1] ?? 0));
    cpu.push(Number(/CPU (\d+)/.exec(r.stderr)?.[1] ?? 0));
  }
  const today = parseIsoDate("2024-07-15");
  if (!today) throw new Error("bad date");
  const read: number[] = [];
  const check: number[] = [];
  const diff: number[] = [];
  const total: number[] = [];
  for (let i = 0; i <= repeats; i++) {
    const t0 = performance.now();
    const a = await readWorkbookFile(f.previous);
    const b = await readWorkbookFile(f.current);
    const t1 = performance.now();
    const previous = { file: "previous.xlsx", result: checkWorkbook(a.workbook, { today, rules: "none" }) };
    const current = { file: "current.xlsx", result: checkWorkbook(b.workbook, { today, rules: "none" }) };
    const t2 = performance.now();
    diffChecked(previous, current);
    const t3 = performance.now();
    if (i === 0) continue; // warm-up
    read.push(t1 - t0);
    check.push(t2 - t1);
    diff.push(t3 - t2);
    total.push(t3 - t0);
  }
  const kb = (p: string) => Math.round(readFileSync(p).length / 1024);
  return {
    households: f.households,
    fileKB: { previous: kb(f.previous), current: kb(f.current) },
    findings,
    process: stat(wall),
    processCpu: stat(cpu),
    inProcess: { read: stat(read), check: stat(check), diff: stat(diff), total: stat(total) },
    maxRssMB,
    targetMs: TARGET_MS,
  };
}

const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`);
const minMed = (s: Stat) => `${ms(s.min)} / ${ms(s.median)}`;

/** The markdown section of bench/results.md. */
export function diffSection(d: DiffBench, date: string): string {
  const met = d.process.median < d.targetMs ? "yes" : "no";
  return [
    "## f. Half-year diff: `anju diff` on two 5,000-household submissions (SPEC §10)",
    "",
    `Measured ${date} by \`npx tsx bench/diff.ts\` (also part of \`npm run bench\`). Two 戴窑镇 submissions from \`scripts/samples/half-year.ts\` (four villages in three layouts, one split over two sheets, the seeded DF cases), ${d.households.previous.toLocaleString("en-US")} and ${d.households.current.toLocaleString("en-US")} households, ${d.fileKB.previous} KB and ${d.fileKB.current} KB; ${d.findings} DF findings. Whole processes: \`anju diff <previous> <current> --format json\` from spawn to exit (Node and tsx start-up included), min / median of the repeats; in one process: both workbooks read, their tables found and rows parsed (no rule runs: neither workbook's own findings are reported), then matched and diffed, after a warm-up.`,
    "",
    "| what | target | min / median | met |",
    "| --- | --- | ---: | --- |",
    `| \`anju diff --format json\`, whole process | < ${ms(d.targetMs)} | ${minMed(d.process)} | ${met} |`,
    `| \`anju diff --format json\`, whole process, CPU time (user + system) | < ${ms(d.targetMs)} | ${minMed(d.processCpu)} | ${d.processCpu.median < d.targetMs ? "yes" : "no"} |`,
    `| in process: read both | | ${minMed(d.inProcess.read)} | |`,
    `| in process: find the tables and parse the rows of both | | ${minMed(d.inProcess.check)} | |`,
    `| in process: match and DF rules | | ${minMed(d.inProcess.diff)} | |`,
    `| in process: total | | ${minMed(d.inProcess.total)} | |`,
    "",
    `Peak RSS of the process: ${d.maxRssMB} MB. The machine is shared by several jobs (load ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores when measured): wall times include waiting for a core, so the process's own CPU time is given beside them; on an idle machine the wall time is about the CPU time.`,
    "",
  ].join("\n");
}

const BEGIN = "<!-- diff:begin -->";
const END = "<!-- diff:end -->";

/** results.md with the diff section put between its markers (added before the cross-check when absent). */
export function withDiffSection(markdown: string, section: string): string {
  const block = `${BEGIN}\n\n${section}\n${END}`;
  const a = markdown.indexOf(BEGIN);
  const b = markdown.indexOf(END);
  if (a >= 0 && b > a) return markdown.slice(0, a) + block + markdown.slice(b + END.length);
  const cross = markdown.indexOf("## Cross-check");
  return cross >= 0
    ? `${markdown.slice(0, cross)}${block}\n\n${markdown.slice(cross)}`
    : `${markdown.trimEnd()}\n\n${block}\n`;
}

async function cli(): Promise<void> {
  const d = await benchDiff();
  const date = new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC";
  writeFileSync(join(ROOT, "bench", "results-diff.json"), `${JSON.stringify({ date, ...d }, null, 2)}\n`);
  const path = join(ROOT, "bench", "results.md");
  writeFileSync(path, withDiffSection(readFileSync(path, "utf8"), diffSection(d, date)));
  process.stdout.write(diffSection(d, date));
}

if (require.main === module) void cli();
