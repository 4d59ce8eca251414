import { AnjuError, type ErrorParams } from "../engine/errors";
import { t, type Locale, type UiKey } from "../engine/messages";

export type WorkbookReadErrorCode =
  | "not-found"
  | "not-zip"
  | "not-workbook"
  | "encrypted"
  | "xls"
  | "csv"
  | "corrupt"
  | "unsafe-xml"
  | "too-large"
  | "too-many-cells"
  | "empty"
  | "no-sheets"
  | "unsupported"
  | "damaged"
  | "et";

/** Catalogue key of each code (src/engine/messages, `ui`): the reason a clerk reads. */
const KEYS: Record<WorkbookReadErrorCode, UiKey> = {
  "not-found": "readNotFound",
  "not-zip": "readNotZip",
  "not-workbook": "readNotWorkbook",
  encrypted: "readEncrypted",
  xls: "readXls",
  csv: "readCsv",
  corrupt: "readCorrupt",
  "unsafe-xml": "readUnsafeXml",
  "too-large": "readTooLarge",
  "too-many-cells": "readTooManyCells",
  empty: "readEmpty",
  "no-sheets": "readNoSheets",
  unsupported: "readUnsupported",
  damaged: "readDamaged",
  et: "readEt",
};

/**
 * A workbook that cannot be read (exit status 2 on the CLI, a message in the task pane and web page). The
 * reason is data — a code and parameters — rendered from the catalogue at the edge; `detail` (English,
 * technical) is appended to the English line only, for whoever supports the clerk.
 */
export class WorkbookReadError extends AnjuError {
  constructor(
    readonly code: WorkbookReadErrorCode,
    params: ErrorParams = {},
    /** For `csv` and `unsupported`: the catalogue key of the reason, rendered (with `params`) into `{reason}`. */
    readonly why?: UiKey,
  ) {
    super(KEYS[code], params);
    this.name = "WorkbookReadError";
  }

  override text(locale: Locale): string {
    const params = this.why ? { ...this.params, reason: t(this.why, this.params, locale) } : this.params;
    const base = workbookReadMessage(this.code, params, locale);
    const detail = this.params.detail;
    return locale === "zh-CN" || detail === undefined || detail === "" ? base : `${base} (${detail})`;
  }
}

export function workbookReadMessage(
  code: WorkbookReadErrorCode,
  params: ErrorParams,
  locale: Locale,
): string {
  return t(KEYS[code], params, locale);
}
