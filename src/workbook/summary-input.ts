import type { CheckOptions } from "../engine/check";
import { DEFAULT_CONFIG } from "../engine/config";
import { AnjuError } from "../engine/errors";
import { t, type Locale } from "../engine/messages";
import type { WorkbookData } from "../engine/model/types";
import { checkForSummary, type SummaryInput } from "../engine/summary";
import { WorkbookReadError } from "./errors";
import { readXlsx } from "./read";

/** A picked input workbook that cannot be read: its name and the reader's reason, both in the user's language. */
export class PickedFileError extends AnjuError {
  constructor(
    readonly file: string,
    readonly reason: WorkbookReadError,
  ) {
    super("officeCityFileUnreadable", { file });
    this.name = "PickedFileError";
  }

  override text(locale: Locale): string {
    return t(this.key, { ...this.params, reason: this.reason.text(locale) }, locale);
  }
}

/** One workbook checked as a summary input (a township's own summary is read from its 乡镇汇总). */
export function summaryInput(
  file: string,
  workbook: WorkbookData,
  options: Omit<CheckOptions, "sheets">,
): SummaryInput {
  const { result, fromSummary } = checkForSummary(workbook, options);
  return fromSummary ? { file, result, fromSummary } : { file, result };
}

/**
 * A workbook the user picked (生成市级汇总 in Excel, WPS and the browser page), read from its bytes and checked
 * as a summary input; an unreadable one is named in the reason.
 */
export function pickedSummaryInput(
  file: string,
  bytes: Uint8Array,
  options: Omit<CheckOptions, "sheets">,
): SummaryInput {
  let workbook: WorkbookData;
  try {
    workbook = readXlsx(bytes, (options.config ?? DEFAULT_CONFIG).limits);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new PickedFileError(file, e);
    throw e;
  }
  return summaryInput(file, workbook, options);
}
