import { DEFAULT_CONFIG } from "../engine/config";
import type { WorkbookData } from "../engine/model/types";
import { WorkbookReadError } from "./errors";
import { readCsv } from "./formats/csv";
import { readOds } from "./formats/ods";
import { detectFormat, formatLabel, type WorkbookFormat } from "./formats/sniff";
import type { LoadSheetJs } from "./formats/sheetjs";
import { readXls } from "./formats/xls";
import { readXlsx, type ReadInfo, type ReadLimits } from "./read";

export type { LoadSheetJs, SheetJs } from "./formats/sheetjs";

export { detectFormat, formatLabel, type WorkbookFormat } from "./formats/sniff";

/** Formats read by readWorkbookBytes, for pickers (`accept`) and messages. */
export const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv"] as const;

/** Number formats of numeric cells (dates above all), per sheet, keyed by row × 16,384 + column; not for .xlsx. */
export type NumberFormats = ReadonlyArray<ReadonlyMap<number, string>>;

export interface WorkbookRead {
  readonly workbook: WorkbookData;
  readonly format: WorkbookFormat;
  /** For writing a non-.xlsx input as .xlsx (the annotated copy): dates shown as dates. */
  readonly numberFormats?: NumberFormats;
}

export interface ReadOptions {
  readonly limits?: ReadLimits;
  /** Filled with what reading found (cells, merged area, bytes). */
  readonly info?: ReadInfo;
  /** SheetJS, for .xls/.et/.ods: Node passes require (src/workbook/file.ts), the pages a lazily loaded chunk. */
  readonly loadSheetJs: LoadSheetJs;
}

/**
 * The one entry point for reading a workbook a clerk has (SPEC §8): .xlsx/.xlsm with the project's own fast reader,
 * .xls/.et/.ods with SheetJS, .csv with its own reader, all into the same WorkbookData under the same limits. The
 * format is sniffed from the content — a compound file (D0 CF 11 E0), a zip holding an ODS mimetype or an Excel
 * package, text — never trusted from the name; anything else gets a message naming what it is. Every failure is a
 * WorkbookReadError. The bytes are never changed.
 */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions,
): Promise<WorkbookRead> {
  const limits = options.limits ?? DEFAULT_CONFIG.limits;
  const format = detectFormat(bytes, fileName);
  if (format === "xlsx") return { workbook: readXlsx(bytes, limits, options.info), format };
  const numberFormats: Array<Map<number, string>> = [];
  if (format === "csv")
    return {
      workbook: guarded(() => readCsv(bytes, fileName, limits, options.info, numberFormats), format),
      format,
      numberFormats,
    };
  let xlsx;
  try {
    xlsx = await options.loadSheetJs();
  } catch (e) {
    throw new WorkbookReadError("damaged", {
      format: formatLabel(format),
      detail: `the reader could not be loaded: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
  const workbook = guarded(
    () =>
      format === "ods"
        ? readOds(xlsx, bytes, limits, options.info, numberFormats)
        : readXls(xlsx, bytes, limits, format, options.info, numberFormats),
    format,
  );
  return { workbook, format, numberFormats };
}

/** Whatever a hostile file provokes beyond the readers' own errors is still a file that cannot be read. */
function guarded(read: () => WorkbookData, format: WorkbookFormat): WorkbookData {
  try {
    return read();
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError("damaged", {
      format: formatLabel(format),
      detail: e instanceof Error ? e.message : String(e),
    });
  }
}
