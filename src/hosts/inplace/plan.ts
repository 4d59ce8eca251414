import { MARK_COLORS, planMarks, type CellMark } from "../../engine/marks";
import { noteText, type Locale } from "../../engine/messages";
import type { Finding } from "../../engine/model/types";
import { entryKey, NO_FILL, textHash, type MarkEntry, type NoteKind, type SavedFill } from "./state";

/**
 * Which cells get which mark, for any host that marks in place (Excel, WPS): from the state of the previous run
 * and the findings of this one, the marks to paint, the cells to give their own fill back, and the states to
 * write before and after. Pure: each host reads the cells (the probe) and writes through its own API.
 */

export const markKey = (x: { readonly sheet: string; readonly address: string }): string =>
  entryKey(x.sheet, x.address);

export interface MarkScope {
  /** The previous run's entries of sheets that still exist (those of deleted or renamed sheets are dropped). */
  readonly previous: MarkEntry[];
  /** Protected sheets of the scope that have marks to make or take back (each gets a notice; left whole). */
  readonly protectedSheets: string[];
  /** Anything to do at all (marks planned or previous ones in scope, protected sheets included). */
  readonly anything: boolean;
  /** The marks on the sheets that can be written. */
  readonly plan: CellMark[];
  /** Entries of sheets this run does not write, kept as they are. */
  readonly keep: MarkEntry[];
  /** The previous entries of the sheets written, by markKey. */
  readonly before: Map<string, MarkEntry>;
  readonly planKeys: Set<string>;
  /** Cells marked before and not now: their own fill goes back. */
  readonly leaving: MarkEntry[];
}

export function scopeMarks(
  sheets: ReadonlyArray<{ readonly name: string; readonly protected: boolean }>,
  input: {
    readonly previous: readonly MarkEntry[];
    readonly findings: readonly Finding[];
    readonly scope: ReadonlySet<string>;
  },
): MarkScope {
  const exists = new Map(sheets.map((x) => [x.name, x]));
  const previous = input.previous.filter((e) => exists.has(e.sheet));
  const allPlan = planMarks(input.findings).filter((m) => input.scope.has(m.sheet));
  const writable = new Set<string>();
  const protectedSheets: string[] = [];
  for (const name of input.scope) {
    const info = exists.get(name);
    if (!info) continue;
    if (!info.protected) writable.add(name);
    else if (allPlan.some((m) => m.sheet === name) || previous.some((e) => e.sheet === name))
      protectedSheets.push(name);
  }
  const plan = allPlan.filter((m) => writable.has(m.sheet));
  const before = new Map(previous.filter((e) => writable.has(e.sheet)).map((e) => [markKey(e), e]));
  const planKeys = new Set(plan.map(markKey));
  return {
    previous,
    protectedSheets,
    anything: allPlan.length > 0 || previous.length > 0,
    plan,
    keep: previous.filter((e) => !writable.has(e.sheet)),
    before,
    planKeys,
    leaving: [...before.values()].filter((e) => !planKeys.has(markKey(e))),
  };
}

/** What the host found on the cells to mark before writing. */
export interface CellProbe {
  /** Original fills of cells not marked before. */
  readonly fills: ReadonlyMap<string, SavedFill>;
  /** Cells holding the clerk's own note or comment: kept, no note of Anju's added. */
  readonly foreign: ReadonlySet<string>;
  /** A note of Anju's that the state does not list (the state was lost): deleted and added again. */
  isOurs(key: string): boolean;
}

export interface FreshMarks {
  /** The entry of every planned cell (a cell left as it was keeps its comment id). */
  readonly fresh: Map<string, MarkEntry>;
  /** The note text of every planned cell ("" where none is added). */
  readonly texts: Map<string, string>;
  /** Marks whose colour or note changes (or that are Anju's and unlisted): written this run. */
  readonly changed: CellMark[];
  readonly changedKeys: Set<string>;
}

/** The new entries: `noteKind` is what this host adds to a marked cell ("" none, findings in 校验结果). */
export function freshMarks(
  scope: MarkScope,
  probe: CellProbe,
  noteKind: NoteKind,
  locale: Locale,
): FreshMarks {
  const fresh = new Map<string, MarkEntry>();
  const texts = new Map<string, string>();
  const changed: CellMark[] = [];
  for (const m of scope.plan) {
    const k = markKey(m);
    const old = scope.before.get(k);
    const note: NoteKind = noteKind !== "" && !probe.foreign.has(k) ? noteKind : "";
    const text = note === "" ? "" : noteText(m.findings, locale);
    texts.set(k, text);
    const entry: MarkEntry = {
      sheet: m.sheet,
      address: m.address,
      fill: old?.fill ?? probe.fills.get(k) ?? NO_FILL,
      mark: MARK_COLORS[m.severity],
      note,
      commentId: "",
      noteHash: note === "" ? "" : textHash(text),
    };
    const same =
      old !== undefined &&
      old.mark === entry.mark &&
      old.note === entry.note &&
      old.noteHash === entry.noteHash &&
      !probe.isOurs(k);
    fresh.set(k, same ? { ...entry, commentId: old.commentId } : entry);
    if (!same) changed.push(m);
  }
  return { fresh, texts, changed, changedKeys: new Set(changed.map(markKey)) };
}

/**
 * The state written before anything else: old and new marks, the cells about to change recorded without a mark
 * colour, so that a run stopped half-way is repainted by the next one instead of trusting a colour that may never
 * have been written, and 清除标记 can always take every mark back.
 */
export function interimState(scope: MarkScope, marks: FreshMarks): MarkEntry[] {
  const union = new Map<string, MarkEntry>();
  for (const e of [...scope.keep, ...scope.before.values()]) union.set(markKey(e), e);
  for (const e of marks.fresh.values())
    union.set(markKey(e), marks.changedKeys.has(markKey(e)) ? { ...e, mark: "", noteHash: "" } : e);
  return [...union.values()];
}

/** Items grouped by a key, in first-seen order. */
export function groupBy<T>(items: readonly T[], by: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = by(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}
