import { OfficeMockObject } from "office-addin-mock";
import type { FakeExcel } from "./fake-excel";

export interface OfficeGlobalOptions {
  /** Office.context.ui (dialogs). */
  readonly ui?: Record<string, unknown>;
  /** Other members of the `Office` namespace (actions, onReady, enums). */
  readonly members?: Record<string, unknown>;
  /** Requirement sets besides ExcelApi (DialogApi …) the host claims. */
  readonly sets?: readonly string[];
}

/**
 * The `Office` common API (requirements, document URL and mode, dialogs, add-in command actions) for code that
 * uses the globals, such as the ribbon command. Built on office-addin-mock: the common API has no load/sync, which
 * office-addin-mock models for its Outlook host, so that host is named. (office-addin-mock pulls in
 * office-addin-manifest, whose ES-module dependencies jest cannot load: a test importing this file mocks
 * `office-addin-manifest` with the one enum office-addin-mock reads from it.)
 */
export function officeGlobal(fake: FakeExcel, options: OfficeGlobalOptions = {}): OfficeMockObject {
  const sets = new Set(options.sets ?? ["DialogApi"]);
  return new OfficeMockObject(
    {
      context: {
        requirements: {
          isSetSupported: (name: string, v: string) => (sets.has(name) ? true : fake.isSetSupported(name, v)),
        },
        document: { url: fake.url, mode: fake.documentReadOnly ? "readOnly" : "readWrite" },
        displayLanguage: "zh-CN",
        ui: options.ui ?? {},
      },
      ...(options.members ?? {}),
    },
    "outlook" as never,
  );
}
