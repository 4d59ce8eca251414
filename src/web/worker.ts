import "../polyfills/worker";
import { checkPhase, readPhase, toJobError, type CheckJobInput } from "./job";

/**
 * The browser page's check, off the page's thread: a 5,000-row workbook is read and checked here while the page
 * stays responsive, and 取消 simply ends the worker. Messages: in {id, input}; out progress, done or error.
 */
interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent<{ id: number; input: CheckJobInput }>) => void | Promise<void>) | null;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (e) => {
  const { id, input } = e.data;
  try {
    scope.postMessage({ id, type: "progress", progress: { step: "progressReading" } });
    const workbook = await readPhase(input.bytes, input.fileName);
    scope.postMessage({
      id,
      type: "progress",
      progress: {
        step: "progressChecking",
        ...(input.sheets?.length === 1 ? { sheet: input.sheets[0] } : {}),
      },
    });
    scope.postMessage({ id, type: "done", output: checkPhase(workbook, input) });
  } catch (err) {
    scope.postMessage({ id, type: "error", error: toJobError(err) });
  }
};
