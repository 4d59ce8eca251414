import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { WorkbookReadError } from "./errors";
import { readWorkbookBytes, type LoadSheetJs, type SheetJs, type WorkbookRead } from "./input";
import type { ReadInfo, ReadLimits } from "./read";

/**
 * SheetJS for Node, loaded on first use (an .xlsx never pays for it): with require, which tsx's CommonJS hook and
 * jest both handle (a dynamic import() would go through Node's ESM loader).
 */
export const NODE_SHEETJS: LoadSheetJs = () =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  Promise.resolve(require("@e965/xlsx") as SheetJs);

/**
 * Reads a workbook file from disk — .xlsx, .xlsm, .xls, .et, .ods or .csv (SPEC §8), sniffed from its content —
 * into the engine's WorkbookData. Read-only: the file is opened for reading only and never written, so a check can
 * never change its input. A file larger than the uncompressed limit is refused before it is read. This is the one
 * entry point for the CLI's commands (check, summarize, diff, fill).
 */
export async function readWorkbookFile(
  path: string,
  limits?: ReadLimits,
  info?: ReadInfo,
): Promise<WorkbookRead & { bytes: Uint8Array }> {
  const bytes = await readInputFile(path, limits);
  const read = await readWorkbookBytes(bytes, basename(path), {
    loadSheetJs: NODE_SHEETJS,
    ...(limits ? { limits } : {}),
    ...(info ? { info } : {}),
  });
  return { ...read, bytes };
}

/** The raw bytes of an input file, with the reading errors a clerk can act on. */
export async function readInputFile(path: string, limits?: ReadLimits): Promise<Uint8Array> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Error("not a file");
    size = s.size;
  } catch {
    throw new WorkbookReadError("not-found", { path });
  }
  if (limits && size > limits.maxUncompressedBytes) {
    throw new WorkbookReadError("too-large", { mb: Math.round(limits.maxUncompressedBytes / 1024 / 1024) });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path, { flag: "r" });
  } catch {
    throw new WorkbookReadError("not-found", { path });
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
