/**
 * The engine bench in a browser page (bench/es5.ts bundles this twice: as the pages are built, ES5 for IE11, and
 * as a modern ES2022 build). `window.__anjuBench(rows)` checks a 表A.1 table of `rows` households built in memory
 * and returns the milliseconds of the check alone.
 */
import { checkWorkbook } from "../src/engine/check";
import { TODAY, workbookInMemory } from "./generate";

(window as unknown as Record<string, unknown>)["__anjuBench"] = (rows: number) => {
  const wb = workbookInMemory(rows);
  const t0 = performance.now();
  const findings = checkWorkbook(wb, { today: TODAY }).findings.length;
  return { ms: performance.now() - t0, findings };
};
