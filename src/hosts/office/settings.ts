import { AnjuError } from "../../engine/errors";
import type { DocumentSettings } from "../inplace/port";

/**
 * Office's document settings (Office.context.document.settings, the common API's Settings requirement set, there
 * since Excel 2013, so in every Excel the add-in runs in): a property bag kept per add-in inside the document,
 * loaded when the add-in starts. `set` changes the copy in memory; `saveAsync` writes it into the document, which
 * keeps it when the clerk saves the workbook.
 */
export interface OfficeSettingsBag {
  /** null when there is no such setting. */
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: { status: string; error?: { message?: string } | null }) => void): void;
}

/** The port's DocumentSettings over Office's bag: text values only; `set` resolves once the bag is saved. */
export function officeSettings(bag: OfficeSettingsBag): DocumentSettings {
  return {
    get: (name) => {
      const v = bag.get(name);
      return typeof v === "string" ? v : undefined;
    },
    set: (name, value) =>
      new Promise<void>((resolve, reject) => {
        bag.set(name, value);
        bag.saveAsync((result) => {
          if (result.status === "failed")
            reject(new AnjuError("settingsNotSaved", { detail: result.error?.message ?? "" }));
          else resolve();
        });
      }),
  };
}
