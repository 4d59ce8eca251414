import { readFile, stat } from "node:fs/promises";
import type { WorkbookData } from "../engine/model/types";
import { WorkbookReadError } from "./errors";
import { readXlsx, type ReadInfo, type ReadLimits } from "./read";

/**
 * Reads an .xlsx file from disk. Read-only: the file is opened for reading only and never written, so a check
 * can never change its input. A file larger than the uncompressed limit is refused before it is read.
 */
export async function readWorkbookFile(
  path: string,
  limits?: ReadLimits,
  info?: ReadInfo,
): Promise<{ workbook: WorkbookData; bytes: Uint8Array }> {
  const bytes = await readInputFile(path, limits);
  return { workbook: readXlsx(bytes, limits, info), bytes };
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
