import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { ROOT } from "../helpers/cli";
import type { FuzzJobResult } from "./worker";

export type RunOutcome =
  | ({ kind: "done" } & FuzzJobResult)
  | { kind: "hang"; ms: number }
  | { kind: "died"; ms: number; error: string };

/**
 * Runs CLI jobs one at a time in a worker thread (TypeScript through tsx), with a time limit per job and a heap
 * cap. A job that passes its time limit is a hang: the worker is terminated (that interrupts even synchronous
 * code) and a fresh one serves the next job. A worker that dies (heap out of memory) is a crash.
 */
export class FuzzRunner {
  private worker: Worker | undefined;
  private nextId = 1;

  constructor(private readonly heapMb = 2048) {}

  private start(): Worker {
    const tsx = require.resolve("tsx/cjs", { paths: [ROOT] });
    const script = join(__dirname, "worker.ts");
    const w = new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(script)});`, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      stdout: true,
      stderr: true,
    });
    w.unref();
    return w;
  }

  run(argv: readonly string[], timeoutMs: number): Promise<RunOutcome> {
    const w = (this.worker ??= this.start());
    const id = this.nextId++;
    const started = Date.now();
    return new Promise<RunOutcome>((resolve) => {
      const finish = (o: RunOutcome) => {
        clearTimeout(timer);
        w.off("message", onMessage);
        w.off("error", onError);
        w.off("exit", onExit);
        resolve(o);
      };
      const onMessage = (m: FuzzJobResult) => {
        if (m.id === id) finish({ kind: "done", ...m });
      };
      const onError = (e: Error) => {
        this.worker = undefined;
        finish({ kind: "died", ms: Date.now() - started, error: `${e.name}: ${e.message}` });
      };
      const onExit = (code: number) => {
        this.worker = undefined;
        finish({ kind: "died", ms: Date.now() - started, error: `worker exited with ${code}` });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void w.terminate();
        finish({ kind: "hang", ms: Date.now() - started });
      }, timeoutMs);
      w.on("message", onMessage);
      w.on("error", onError);
      w.on("exit", onExit);
      w.postMessage({ id, argv });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}
