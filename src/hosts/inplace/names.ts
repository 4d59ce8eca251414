/** Excel's and ET's longest sheet name. */
export const MAX_SHEET_NAME = 31;

/**
 * A name for a new sheet that no sheet of the workbook has: `wanted` itself, else `wanted (2)`, `wanted (3)` …
 * Sheet names compare without regard to case in Excel and WPS (`Sheet1` and `SHEET1` clash), and are at most 31
 * characters, so a long name is cut before its suffix. Never a name already taken: a new sheet replaces nothing.
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base = wanted.slice(0, MAX_SHEET_NAME);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
