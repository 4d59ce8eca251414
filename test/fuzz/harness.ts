import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FuzzCase } from "../../scripts/fuzz-corpus";
import { CheckReportSchema } from "../../src/engine/report";
import { readXlsx } from "../../src/workbook/read";
import { ROOT } from "../helpers/cli";
import { FuzzRunner, type RunOutcome } from "./runner";

/**
 * The fuzz test (issue 9): every input of the corpus (scripts/fuzz-corpus.ts) through `anju check`, in-process
 * in a worker thread, and a handful through the real CLI process. For each: exit status 0, 1 or 2; for 2 one
 * line in Chinese and English, never a stack trace or an "internal error"; no hang (a time limit per input);
 * bounded memory (a heap cap on the worker); the input byte-identical afterwards; no network access. Inputs that
 * are read are checked again with --out, and the annotated copy must be readable.
 */
export const TODAY = "2024-07-15";
const TIME_LIMIT_MS = 60_000;

export const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

export interface Tally {
  inputs: number;
  runs: number;
  crashes: number;
  hangs: number;
  inputsModified: number;
  exit: Record<string, number>;
  /** --out runs refused with a reason (a workbook read and checked, but no annotated copy written). */
  copiesRefused: number;
  slowestMs: number;
  slowest: string;
}

/** What is wrong with one run, if anything: a crash (bad status, stack trace, internal error) or a broken promise. */
function judge(
  c: FuzzCase,
  r: RunOutcome,
  format: string,
  withOut: boolean,
): { crash?: string; wrong?: string } {
  if (r.kind === "hang") return {};
  if (r.kind === "died") return { crash: r.error };
  if (r.status === "threw") return { crash: r.stderr };
  if (![0, 1, 2].includes(r.status)) return { crash: `exit status ${r.status}` };
  if (r.network.length > 0) return { crash: `network: ${r.network.join(", ")}` };
  if (r.status === 2) {
    const line = r.stderr;
    if (!/^anju: [^\n]+\n$/.test(line))
      return { crash: `not one line: ${JSON.stringify(line.slice(0, 300))}` };
    if (/\n\s+at |internal error|内部错误/.test(line)) return { crash: line };
    const [zh, en] = line.split(" / ");
    if (!zh || !/[\u4e00-\u9fff]/.test(zh) || !en || !/[A-Za-z]{3}/.test(en))
      return { crash: `not zh + en: ${line}` };
    if (c.reason && !withOut && !c.reason.test(line)) return { wrong: `reason ${c.reason} not in: ${line}` };
  } else {
    if (r.stderr !== "") return { crash: `stderr on success: ${r.stderr}` };
    if (format === "json") {
      const parsed = CheckReportSchema.safeParse(JSON.parse(r.stdout));
      if (!parsed.success) return { wrong: `json: ${parsed.error.message.slice(0, 300)}` };
      if ((parsed.data.counts.error > 0 ? 1 : 0) !== r.status)
        return { wrong: "exit status disagrees with counts" };
    } else if (format === "csv" && !r.stdout.startsWith("\uFEFF")) return { wrong: "csv without BOM" };
  }
  // With --out, a workbook that was read may still be refused a copy (exit 2, with its reason checked above).
  const allowed = c.status && withOut ? [...c.status, 2] : c.status;
  if (allowed && !allowed.includes(r.status))
    return { wrong: `exit ${r.status}, expected ${allowed.join("/")}` };
  return {};
}

export async function fuzz(cases: readonly FuzzCase[], label: string, outDir: string): Promise<Tally> {
  const runner = new FuzzRunner();
  const tally: Tally = {
    inputs: 0,
    runs: 0,
    crashes: 0,
    hangs: 0,
    inputsModified: 0,
    exit: {},
    copiesRefused: 0,
    slowestMs: 0,
    slowest: "",
  };
  const problems: string[] = [];
  try {
    for (const [i, c] of cases.entries()) {
      tally.inputs++;
      const before = sha(c.file);
      const format = ["json", "text", "csv"][i % 3] ?? "json";
      const runs: Array<[string[], string]> = [
        [["check", c.file, "--today", TODAY, "--format", format], format],
      ];
      for (let k = 0; k < runs.length; k++) {
        const [argv, fmt] = runs[k]!;
        const r = await runner.run(argv, TIME_LIMIT_MS);
        tally.runs++;
        const status = r.kind === "done" ? String(r.status) : r.kind;
        tally.exit[status] = (tally.exit[status] ?? 0) + 1;
        if (r.ms > tally.slowestMs) [tally.slowestMs, tally.slowest] = [Math.round(r.ms), c.name];
        if (r.kind === "hang") {
          tally.hangs++;
          problems.push(`${c.name}: hang (> ${TIME_LIMIT_MS} ms)`);
        }
        const { crash, wrong } = judge(c, r, fmt, k === 1);
        if (crash) {
          tally.crashes++;
          problems.push(`${c.name} [${argv.slice(2).join(" ")}]: CRASH ${crash}`);
        }
        if (wrong) problems.push(`${c.name} [${argv.slice(2).join(" ")}]: ${wrong}`);
        // Read fine: check it again writing the annotated copy, which must be a readable workbook.
        if (k === 0 && r.kind === "done" && (r.status === 0 || r.status === 1)) {
          runs.push([
            [...argv.slice(0, 4), "--format", "json", "--out", join(outDir, `${c.name}.annotated.xlsx`)],
            "json",
          ]);
        } else if (k === 1 && r.kind === "done" && r.status === 2) {
          tally.copiesRefused++;
        } else if (k === 1 && r.kind === "done") {
          const out = join(outDir, `${c.name}.annotated.xlsx`);
          try {
            const read = readXlsx(new Uint8Array(readFileSync(out)));
            if (!read.sheets.some((s) => s.name === "校验结果"))
              problems.push(`${c.name}: annotated copy without 校验结果`);
          } catch (e) {
            problems.push(`${c.name}: annotated copy unreadable: ${String(e)}`);
          }
        }
      }
      if (sha(c.file) !== before) {
        tally.inputsModified++;
        problems.push(`${c.name}: INPUT MODIFIED`);
      }
    }
  } finally {
    await runner.close();
  }
  const summary = `fuzz (${label}): inputs tried ${tally.inputs}, runs ${tally.runs}, crashes ${tally.crashes}, hangs ${tally.hangs}, inputs modified ${tally.inputsModified}; annotated copies refused ${tally.copiesRefused}; exit statuses ${JSON.stringify(tally.exit)}; slowest ${tally.slowest} ${tally.slowestMs} ms`;
  console.log(summary);
  const record = join(ROOT, "test", "tmp");
  // The figures of the last run, for the closing note (test/tmp is not committed).
  mkdirSync(record, { recursive: true });
  writeFileSync(
    join(record, `fuzz-${label}.json`),
    `${JSON.stringify({ ...tally, summary, problems }, null, 2)}\n`,
  );
  expect(problems).toEqual([]);
  return tally;
}
