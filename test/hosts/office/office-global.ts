import { OfficeMockObject } from "office-addin-mock";
import type { FakeExcel } from "./fake-excel";

/**
 * The `Office` common API (requirements, document URL and mode, dialogs, add-in command actions) for code that
 * uses the globals, such as the ribbon command. Built on office-addin-mock: the common API has no load/sync, which
 * office-addin-mock models for its Outlook host, so that host is named. (office-addin-mock pulls in
 * office-addin-manifest, whose ES-module dependencies jest cannot load: a test importing this file mocks
 * `office-addin-manifest` with the one enum office-addin-mock reads from it.)
 */
export function officeGlobal(fake: FakeExcel, extra: Record<string, unknown> = {}): OfficeMockObject {
  return new OfficeMockObject(
    {
      context: {
        requirements: { isSetSupported: (name: string, v: string) => fake.isSetSupported(name, v) },
        document: { url: fake.url, mode: fake.documentReadOnly ? "readOnly" : "readWrite" },
        displayLanguage: "zh-CN",
      },
      ...extra,
    },
    "outlook" as never,
  );
}

/** What `jest.mock("office-addin-manifest", …)` returns for office-addin-mock. */
export const OFFICE_APP_ENUM = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
