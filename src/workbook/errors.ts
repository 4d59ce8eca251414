import { t, type Locale } from "../engine/messages";
import type { ParamValue } from "../engine/model/types";

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
const KEYS: Record<WorkbookReadErrorCode, string> = {
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
 * reason is data — a code and parameters — rendered from the catalogue; `detail` (English, technical) is
 * appended to the English line only, for whoever supports the clerk.
 */
export class WorkbookReadError extends Error {
  readonly zh: string;
  readonly en: string;

  constructor(
    readonly code: WorkbookReadErrorCode,
    readonly params: Readonly<Record<string, ParamValue>> = {},
  ) {
    const zh = workbookReadMessage(code, params, "zh-CN");
    const base = workbookReadMessage(code, params, "en-US");
    const detail = params.detail;
    const en = detail === undefined || detail === "" ? base : `${base} (${detail})`;
    super(`${zh} / ${en}`);
    this.name = "WorkbookReadError";
    this.zh = zh;
    this.en = en;
  }
}

export function workbookReadMessage(
  code: WorkbookReadErrorCode,
  params: Readonly<Record<string, ParamValue>>,
  locale: Locale,
): string {
  return t(KEYS[code], params, locale);
}
