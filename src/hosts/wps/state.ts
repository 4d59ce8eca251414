/**
 * The mark state in WPS: the very hidden sheet `_anju_fills` (Visible = 2) in the shared encoding of
 * src/hosts/inplace/state.ts, so that 清除标记 works after the workbook was saved, closed and reopened — in WPS on
 * another computer, or in Excel, and the other way round. PluginStorage would not do: it is the add-in's, not the
 * document's, and is gone with the WPS session. What is WPS's alone stays here: ET's fills (BGR numbers, XlPattern
 * numbers) in the state's terms, and entries read as WPS uses them.
 */
import { decodeState as decodeShared, NO_FILL, type DecodedState, type SavedFill } from "../inplace/state";
import { PATTERN_NAMES, hexOf, patternNumber, XL_NONE, type EtInterior } from "./et";

export {
  encodeState,
  entryKey,
  NO_FILL,
  STATE_SHEET,
  textHash,
  type DecodedState,
  type MarkEntry,
  type SavedFill,
} from "../inplace/state";

/**
 * The state sheet's column A as WPS uses it: ET has one kind of cell note (Excel's note), so a threaded comment
 * the Office host added counts as Anju's note here, and no comment id is carried (WPS writes none back).
 */
export function decodeState(column: ReadonlyArray<unknown>): DecodedState {
  const decoded = decodeShared(column);
  return {
    damaged: decoded.damaged,
    entries: decoded.entries.map((e) => ({ ...e, note: e.note === "" ? "" : "note", commentId: "" })),
  };
}

/** A fill as ET reports it, in the state's terms; null when the cells of the range differ. */
export function savedFillOf(i: EtInterior): SavedFill | null {
  const pattern = i.Pattern;
  const colorIndex = i.ColorIndex;
  const color = i.Color;
  if (pattern === null || colorIndex === null || color === null) return null;
  if (pattern === XL_NONE || colorIndex === XL_NONE) return NO_FILL;
  const name = PATTERN_NAMES[pattern] ?? "Solid";
  const pc = name === "Solid" ? null : i.PatternColor;
  return { color: hexOf(color), pattern: name, patternColor: pc === null ? null : hexOf(pc) };
}

/** The pattern number to restore (xlSolid when the state came from an Excel that only saw the colour). */
export function restorePattern(fill: SavedFill): number {
  return patternNumber(fill.pattern === "None" ? "Solid" : fill.pattern) ?? 1;
}
