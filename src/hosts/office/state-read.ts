import type { MarkEntry } from "../inplace/state";
import { STATE_SHEET } from "../inplace/state";
import type { Notice } from "./notices";
import { dimsOf, readBlocks, usedRange, type Dims, type Discovery, type ReadResult } from "./read";
import type { Session } from "./session";

/** Sync 2 of a run: used ranges of the sheets to read (and of the state sheet). */
export async function measure(
  s: Session,
  d: Discovery,
  names: readonly string[],
  withState: boolean,
): Promise<{ targets: Array<{ name: string; dims: Dims | null }>; state: Dims | null }> {
  const wanted = names.filter((n) => !(d.activeDims !== undefined && n === d.active));
  const stateWanted = withState && d.sheets.some((x) => x.name === STATE_SHEET);
  const ranges = new Map<string, Excel.Range>();
  for (const n of wanted) ranges.set(n, usedRange(s, s.ctx.workbook.worksheets.getItem(n)));
  const stateRange = stateWanted ? usedRange(s, s.ctx.workbook.worksheets.getItem(STATE_SHEET)) : undefined;
  if (ranges.size > 0 || stateRange) await s.sync();
  const targets = names.map((name) => {
    const r = ranges.get(name);
    return { name, dims: r ? dimsOf(r) : (d.activeDims ?? null) };
  });
  const state = stateRange ? dimsOf(stateRange) : null;
  // The state's first row is its header; a sheet holding only that has no entries but is still read.
  return { targets, state: state ? { ...state, rows: state.top + state.rows, top: 0 } : null };
}

/** The state sheet's entries (2 syncs when it exists, none otherwise). */
export async function readState(
  s: Session,
  d: Discovery,
): Promise<{ entries: MarkEntry[]; notices: Notice[] }> {
  const { state } = await measure(s, d, [], true);
  if (!state) return { entries: [], notices: [] };
  const read = await readBlocks(s, [], state);
  return { entries: previousOf(read), notices: stateNotices(read) };
}

export function previousOf(read: ReadResult): MarkEntry[] {
  return read.state?.entries ?? [];
}

/** Rows of the state sheet edited by hand: those cells' original fills are lost, which the clerk should know. */
export function stateNotices(read: ReadResult): Notice[] {
  const damaged = read.state?.damaged ?? 0;
  return damaged > 0 ? [{ key: "officeStateDamaged", params: { count: damaged } }] : [];
}
