import { WorkbookReadError } from "./errors";
import type { ReadInfo, ReadLimits } from "./read";
import { listZip, readEntry } from "./zip";

/**
 * Refuses, with a clear reason, a workbook that reading accepted but that would make ExcelJS (which writes the
 * annotated copy) run out of memory or time: ExcelJS inflates every part of the zip, media included, with no
 * limit, and expands every merge cell by cell (A1:XFD1048576 is 17 billion cells). `maxCells` is what the host
 * can afford for ExcelJS's model (it needs far more memory per cell than the reader).
 */
export function assertAnnotatable(bytes: Uint8Array, info: ReadInfo, limits: ReadLimits): void {
  if (info.rawMergedCells > limits.maxCells) {
    throw new WorkbookReadError("unsupported", {
      reason: `合并单元格区域过大（共 ${info.rawMergedCells} 个单元格）`,
      reasonEn: `merged areas cover ${info.rawMergedCells} cells`,
    });
  }
  if (info.cells > limits.maxCells) {
    throw new WorkbookReadError("unsupported", {
      reason: `工作簿过大（约 ${info.cells} 个单元格，本机最多约 ${limits.maxCells} 个）`,
      reasonEn: `about ${info.cells} cells, more than the ${limits.maxCells} this machine can afford`,
    });
  }
  // Every part, counted by real inflated bytes (a lying header cannot slip past), nothing kept.
  const budget = { used: 0, max: limits.maxUncompressedBytes };
  const tooLarge = () =>
    new WorkbookReadError("too-large", { mb: Math.round(limits.maxUncompressedBytes / 1024 / 1024) });
  for (const entry of listZip(bytes)) readEntry(bytes, entry, budget, tooLarge, () => undefined);
}
