import type { Progress, RunOptions } from "../hosts/controller";
import { WorkbookCheck } from "../engine/check";
import {
  checkOptions,
  checkPhase,
  fromJobError,
  readPhase,
  type CheckJobInput,
  type CheckJobOutput,
  type JobError,
} from "./job";

type WorkerMessage =
  | { id: number; type: "progress"; progress: Progress }
  | { id: number; type: "done"; output: CheckJobOutput }
  | { id: number; type: "error"; error: JobError };

function abortError(): Error {
  return new DOMException("aborted", "AbortError");
}

/** Lets the page paint (progress, the 取消 button) before the next synchronous step. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs check jobs in a Web Worker when the page can start one, else on the page itself. The one-file offline copy
 * (dist/anju-offline.html, opened from file://) has no worker script beside it, so it always runs in the page.
 */
export class CheckEngine {
  private worker: Worker | undefined;
  private workerFailed = false;
  private nextId = 1;

  /**
   * @param allowWorker whether to try a Web Worker first (not from file://, nor in the offline page).
   * @param stepRows rows checked between two paints on the in-page path: about 50 ms in a current browser.
   */
  constructor(
    private readonly allowWorker = canUseWorker(),
    private readonly stepRows = 5000,
  ) {}

  async check(input: CheckJobInput, options: RunOptions = {}): Promise<CheckJobOutput> {
    if (options.signal?.aborted) throw abortError();
    if (this.allowWorker && !this.workerFailed) {
      try {
        return await this.inWorker(input, options);
      } catch (e) {
        if (!(e instanceof WorkerStartError)) throw e;
        this.workerFailed = true;
      }
    }
    return this.inPage(input, options);
  }

  /**
   * On the page's own thread (no worker could start): the workbook is read, then checked a few thousand rows at a
   * time, the page painting the progress and answering 取消 between steps. Same findings as the worker
   * (WorkbookCheck is checkWorkbook in steps).
   */
  private async inPage(input: CheckJobInput, { signal, onProgress }: RunOptions): Promise<CheckJobOutput> {
    onProgress?.({ step: "progressReading" });
    await yieldToPage();
    if (signal?.aborted) throw abortError();
    const read = await readPhase(input.bytes, input.fileName);
    const run = new WorkbookCheck(read.workbook, checkOptions(input));
    for (;;) {
      const { sheet, rowsDone, rowsTotal } = run.progress;
      onProgress?.({
        step: "progressChecking",
        ...(sheet !== undefined ? { sheet } : {}),
        ...(rowsTotal > 0 ? { fraction: rowsDone / rowsTotal } : {}),
      });
      await yieldToPage();
      if (signal?.aborted) throw abortError();
      if (run.step(this.stepRows)) break;
    }
    return checkPhase(read, input, run.result());
  }

  private inWorker(input: CheckJobInput, { signal, onProgress }: RunOptions): Promise<CheckJobOutput> {
    const worker =
      this.worker ??
      // The chunk is named so that it is dist/check-worker.[hash].js (the IE11 test finds it by that name).
      (this.worker = new Worker(
        /* webpackChunkName: "check-worker" */ new URL("./worker.ts", import.meta.url),
      ));
    const id = this.nextId++;
    return new Promise<CheckJobOutput>((resolve, reject) => {
      let started = false;
      const cleanup = () => {
        worker.removeEventListener("message", onMessage);
        worker.removeEventListener("error", onError);
        signal?.removeEventListener("abort", onAbort);
      };
      const onMessage = (e: MessageEvent<WorkerMessage>) => {
        const m = e.data;
        if (m.id !== id) return;
        started = true;
        if (m.type === "progress") onProgress?.(m.progress);
        else {
          cleanup();
          if (m.type === "done") resolve(m.output);
          else reject(fromJobError(m.error));
        }
      };
      const onError = (e: ErrorEvent) => {
        cleanup();
        this.dropWorker();
        // A worker that never answered could not load (file://, blocked): run in the page instead.
        reject(started ? new Error(e.message || "worker failed") : new WorkerStartError());
      };
      const onAbort = () => {
        cleanup();
        this.dropWorker(); // the only way to stop a synchronous check mid-way
        reject(abortError());
      };
      worker.addEventListener("message", onMessage);
      worker.addEventListener("error", onError);
      signal?.addEventListener("abort", onAbort, { once: true });
      // A copy of the bytes: the session keeps its own for the annotated copy.
      worker.postMessage({ id, input });
    });
  }

  private dropWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  dispose(): void {
    this.dropWorker();
  }
}

class WorkerStartError extends Error {
  constructor() {
    super("worker could not start");
    this.name = "WorkerStartError";
  }
}

function canUseWorker(): boolean {
  if (typeof Worker === "undefined") return false;
  if (typeof location !== "undefined" && location.protocol === "file:") return false;
  return document.documentElement.getAttribute("data-offline") !== "1";
}
