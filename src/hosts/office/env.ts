import type { IsSetSupported } from "./caps";
import type { OfficeSettingsBag } from "./settings";

/**
 * What the Office host needs from its surroundings, gathered in one place so that tests can run the host on the
 * in-memory fake (test/hosts/office/fake-excel.ts) and the ribbon command can share the task pane's code.
 */
export interface OfficeEnv {
  /** `Excel.run`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported: IsSetSupported;
  /** The document was opened read-only (Office.context.document.mode), known without a sync. */
  documentReadOnly(): boolean;
  /** File name for the report (the workbook's URL's last segment), or "" when unsaved. */
  fileName(): string;
  /** The document's settings bag (Office.context.document.settings); undefined where Office has none. */
  settings?(): OfficeSettingsBag | undefined;
  /** Timers, replaceable in tests (live re-check debounce). */
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real thing: the `Excel` and `Office` globals that office.js defines. */
export function officeEnv(): OfficeEnv {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    documentReadOnly: () => String(Office.context.document?.mode ?? "") === "readOnly",
    fileName: () => fileNameOf(Office.context.document?.url ?? ""),
    settings: () => (Office.context.document?.settings as OfficeSettingsBag | undefined) ?? undefined,
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  };
}

/** `https://…/乡镇/戴窑镇.xlsx?web=1` → `戴窑镇.xlsx`. */
export function fileNameOf(url: string): string {
  const path = url.split(/[?#]/)[0] ?? "";
  const last = path.split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
