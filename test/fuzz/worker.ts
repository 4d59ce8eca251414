import { parentPort } from "node:worker_threads";
import { denyNetwork } from "../network/deny-network";

/**
 * The fuzz test's worker thread: runs `anju check` in-process (runMain from src/cli/main.ts) for each job the
 * test sends, with all network access denied and recorded. A worker can be terminated when an input hangs, and
 * its heap is capped (resourceLimits), so a hang or a memory blow-up is counted instead of taking the test down.
 */
const port = parentPort;
if (!port) throw new Error("worker.ts runs in a worker thread");
const network: string[] = [];
denyNetwork((what) => network.push(what));

// Loaded after the network is denied, so that nothing in the CLI's import graph could connect before.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runMain } = require("../../src/cli/main") as typeof import("../../src/cli/main");

export interface FuzzJob {
  readonly id: number;
  readonly argv: readonly string[];
}

export interface FuzzJobResult {
  readonly id: number;
  /** Exit status, or "threw" when runMain itself threw (it must not). */
  readonly status: number | "threw";
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly network: readonly string[];
  readonly heapMb: number;
}

port.on("message", (job: FuzzJob) => {
  let stdout = "";
  let stderr = "";
  const started = performance.now();
  network.length = 0;
  void runMain(
    job.argv,
    (s) => (stdout += s),
    (s) => (stderr += s),
  )
    .then(
      (status) => status,
      (e: unknown) => {
        stderr += `THREW ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
        return "threw" as const;
      },
    )
    .then((status) => {
      const result: FuzzJobResult = {
        id: job.id,
        status,
        stdout,
        stderr,
        ms: performance.now() - started,
        network: [...network],
        heapMb: process.memoryUsage().heapUsed / 1024 / 1024,
      };
      port.postMessage(result);
    });
});
