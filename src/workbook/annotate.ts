import { DEFAULT_CONFIG } from "../engine/config";
import type { Locale } from "../engine/messages";
import { WorkbookReadError } from "./errors";
import { patchWorkbook } from "./patch";
import type { ZipCodec } from "./patch-zip";

import type { ListedFinding, ResultsSheet } from "./patch-results";

export { DIFF_RESULTS_SHEET, RESULTS_SHEET, type ResultsSheet } from "./patch-results";

export interface AnnotateOptions {
  /** Largest part inflated (limits.maxUncompressedBytes). */
  readonly maxBytes?: number;
  /** Deflate/inflate/CRC: fflate unless the host has a faster one (the CLI passes Node's zlib). */
  readonly codec?: ZipCodec;
  /** The results sheet to write: 校验结果 by default; a diff writes 比对结果 with a 文件 column. */
  readonly results?: ResultsSheet;
}

/**
 * An annotated copy of a workbook: each marked cell filled by its worst severity with a note (rule ID, message,
 * clause), and a 校验结果 sheet listing every finding with a link to its cells. Values are never changed; notes
 * and the results sheet hold text only (a cell value beginning with = is written as text, never as a formula).
 * The copy is the input's zip with only the changed parts rewritten (see patch.ts): fast on big tables, and
 * every style, formula, chart and setting Anju does not touch stays as it was. No Node APIs (the browser page
 * writes copies too).
 */
export async function annotateWorkbook(
  input: Uint8Array,
  findings: readonly ListedFinding[],
  locale: Locale = "zh-CN",
  options: AnnotateOptions = {},
): Promise<Uint8Array> {
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_CONFIG.limits.maxUncompressedBytes;
    return patchWorkbook(input, findings, locale, maxBytes, options.codec, options.results);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError(
      "unsupported",
      { detail: e instanceof Error ? e.message : String(e) },
      "readWhyFormat",
    );
  }
}
