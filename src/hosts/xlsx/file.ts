import { readFile, stat } from "node:fs/promises";
import type { WorkbookData } from "../../engine/model/types";
import { WorkbookReadError } from "./errors";
import { readXlsx, type ReadLimits } from "./read";

/** Reads an .xlsx file from disk (read-only: the file is never opened for writing). */
export async function readWorkbookFile(path: string, limits?: ReadLimits): Promise<WorkbookData> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Error("not a file");
    size = s.size;
  } catch {
    throw new WorkbookReadError("not-found", `找不到文件：${path}`, `file not found: ${path}`);
  }
  if (limits && size > limits.maxUncompressedBytes) {
    throw new WorkbookReadError(
      "too-large",
      "文件过大，未读取",
      "the file is larger than the configured limit",
    );
  }
  const bytes = await readFile(path);
  return readXlsx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits);
}
