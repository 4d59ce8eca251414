import { WorkbookReadError } from "./errors";
import type { ReadInfo, ReadLimits } from "./read";
import { listZip, readEntry } from "./zip";

/**
 * Refuses, with a clear reason, a workbook that reading accepted but whose output would run out of memory or
 * time: an existing summary workbook that ExcelJS (which writes the summary sheets) must load — it inflates every
 * part of the zip, media included, with no limit, and expands every merge cell by cell (A1:XFD1048576 is 17
 * billion cells) — or a workbook converted to .xlsx through ExcelJS before annotating. The annotated copy itself
 * is written by the zip patcher (patch.ts), which changes only the parts it marks. `maxCells` is what the host can
 * afford for ExcelJS's model (it needs far more memory per cell than the reader).
 */
export function assertAnnotatable(bytes: Uint8Array, info: ReadInfo, limits: ReadLimits): void {
  if (info.rawMergedCells > limits.maxCells) {
    throw new WorkbookReadError("unsupported", { mergedCells: info.rawMergedCells }, "readWhyMerges");
  }
  if (info.cells > limits.maxCells) {
    throw new WorkbookReadError("unsupported", { cells: info.cells, max: limits.maxCells }, "readWhyCells");
  }
  // Every part, counted by real inflated bytes (a lying header cannot slip past), nothing kept.
  const budget = { used: 0, max: limits.maxUncompressedBytes };
  const tooLarge = () =>
    new WorkbookReadError("too-large", { mb: Math.round(limits.maxUncompressedBytes / 1024 / 1024) });
  for (const entry of listZip(bytes)) readEntry(bytes, entry, budget, tooLarge, () => undefined);
}
