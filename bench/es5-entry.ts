/**
 * The engine bench in a browser page (bench/es5.ts bundles this twice: as the pages are built, ES5 for IE11, and
 * as a modern ES2022 build). `window.__anjuBenchPrepare(rows)` builds a 表A.1 table of `rows` households in memory (the
 * same rows in both builds: bench/generate.ts is seeded) and collects the garbage when the page allows it
 * (`--js-flags=--expose-gc`); `window.__anjuBenchRun()` then checks it and answers the milliseconds of the check
 * alone, the number of findings and a digest of them, so that the caller can tell that both builds checked the
 * same rows to the same findings. The caller reads the main thread's CPU time around the run.
 */
import { checkWorkbook } from "../src/engine/check";
import type { WorkbookData } from "../src/engine/model/types";
import { TODAY, workbookInMemory } from "./generate";

/** FNV-1a over each finding's rule, sheet, row and cells: equal digests, equal findings. */
function digest(
  findings: ReadonlyArray<{ ruleId: string; sheet: string; row: number; cells: readonly string[] }>,
) {
  let h = 0x811c9dc5;
  for (const f of findings) {
    const text = `${f.ruleId}|${f.sheet}|${f.row}|${f.cells.join(",")};`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h.toString(16);
}

const w = window as unknown as Record<string, unknown>;
let ready: WorkbookData | undefined;

/** Builds the table (not timed) and collects the garbage, so that the check starts on a clean heap. */
w["__anjuBenchPrepare"] = (rows: number) => {
  ready = workbookInMemory(rows);
  const gc = w["gc"];
  if (typeof gc === "function") gc();
};

/** Checks the table prepared last: wall milliseconds of the check alone, the findings' number and digest. */
w["__anjuBenchRun"] = () => {
  if (!ready) throw new Error("__anjuBenchPrepare first");
  const wb = ready;
  ready = undefined;
  const t0 = performance.now();
  const findings = checkWorkbook(wb, { today: TODAY }).findings;
  const ms = performance.now() - t0;
  return { ms, findings: findings.length, digest: digest(findings) };
};
