import type { Locale } from "../engine/messages";
import type { CheckReport } from "../engine/report";
import type { AnjuController } from "../hosts/controller";

/** Where the task pane finds itself: inside Excel (with Office's display language) or anywhere else. */
export type HostInfo =
  | { readonly kind: "excel"; readonly displayLanguage: string | undefined }
  | { readonly kind: "outside"; readonly host: string | undefined }
  /** Excel without the Excel JavaScript API (Excel 2013 and older: no ExcelApi 1.1). */
  | { readonly kind: "excel-no-api"; readonly displayLanguage: string | undefined };

/**
 * Office.onReady tells the host; opened in a plain browser it reports `host: null`. When office.js did not load
 * at all, or never answers, the timeout decides: outside.
 */
export function detectHost(timeoutMs = 4000): Promise<HostInfo> {
  return new Promise((resolve) => {
    const office = (globalThis as { Office?: typeof Office }).Office;
    if (!office || typeof office.onReady !== "function") {
      resolve({ kind: "outside", host: undefined });
      return;
    }
    const timer = setTimeout(() => resolve({ kind: "outside", host: undefined }), timeoutMs);
    void office.onReady((info) => {
      clearTimeout(timer);
      const host = info?.host ?? undefined;
      if (host === office.HostType.Excel) {
        const displayLanguage = office.context?.displayLanguage;
        // Office 2016 (IE11 webview) has ExcelApi 1.1 and runs the whole pane; only older Excel lacks the API.
        const api = office.context?.requirements?.isSetSupported?.("ExcelApi", "1.1") !== false;
        resolve({ kind: api ? "excel" : "excel-no-api", displayLanguage });
      } else {
        resolve({ kind: "outside", host: host === undefined || host === null ? undefined : String(host) });
      }
    });
  });
}

/** What the task pane hands the Office host's controller (a subset of its OfficeControllerOptions). */
export interface OfficeControllerOptions {
  readonly locale: Locale;
  /** A notice of a run (protected sheet, no notes in this Excel …) in the user's language. */
  readonly onNotice: (notice: unknown, text: string) => void;
  /** The findings after a live re-check of an edited table. */
  readonly onLiveReport: (report: CheckReport) => void;
}

/**
 * The Office host's controller. The task pane is the composition root for Excel: it alone names the host
 * (src/hosts/office); the components in src/ui only see the AnjuController port. The host is evaluated only
 * inside Excel (an eager dynamic import: same bundle, no extra request), so the page outside Excel does no more
 * than say so.
 */
export async function loadOfficeController(
  options: OfficeControllerOptions,
): Promise<AnjuController | undefined> {
  const { createOfficeController } = await import(/* webpackMode: "eager" */ "../hosts/office");
  return createOfficeController(options);
}
