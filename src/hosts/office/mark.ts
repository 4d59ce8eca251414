import { planMarks, type CellMark } from "../../engine/marks";
import { noteText, t, type Locale } from "../../engine/messages";
import { parseA1 } from "../../engine/model/address";
import type { CellRange, Finding } from "../../engine/model/types";
import { MARK_COLORS } from "../port";
import { COMMAND_BYTES, jsonBytes } from "./budget";
import { addressBatches, rangeAddress, toRects, type Cell } from "./geometry";
import type { Notice } from "./notices";
import type { Discovery } from "./read";
import { writeResultsSheet, RESULTS_SHEET } from "./results";
import { Batch, type Session } from "./session";
import {
  encodeState,
  entryKey,
  NO_FILL,
  STATE_SHEET,
  textHash,
  type MarkEntry,
  type NoteKind,
  type SavedFill,
} from "./state";

/** A note Anju wrote starts like this (noteText's `【RULE-ID】`), so one left behind is recognised as ours. */
const OUR_NOTE = /^【(?:GEN|RV|RL|RN)-[A-Z0-9-]+】/;

export interface ReconcileInput {
  readonly discovery: Discovery;
  /** Every entry of the state sheet (all sheets). */
  readonly previous: readonly MarkEntry[];
  /** Findings of this run; only those on `scope` sheets are marked. Empty: clear. */
  readonly findings: readonly Finding[];
  /** Sheets whose marks this run owns: their previous marks go, their new ones come. */
  readonly scope: ReadonlySet<string>;
  /** Rewrite the 校验结果 sheet (no notes or comments in this Excel), or delete it (`delete`, on 清除标记). */
  readonly results: "write" | "delete" | "keep";
  readonly locale: Locale;
  /** Queued with the last write batch (event registrations), so that it costs no sync of its own. */
  readonly finally?: () => void;
  /** `previous` differs from the state sheet (marks moved with inserted rows): write it even if no cell changes. */
  readonly stateDirty?: boolean;
  /** false: no comments even where Excel has them (a cell held a note Excel 1.10–1.17 cannot see). */
  readonly comments?: boolean;
}

export interface ReconcileOutcome {
  /** The state now in the workbook. */
  readonly entries: readonly MarkEntry[];
  readonly notices: readonly Notice[];
  /** Cells marked after this run. */
  readonly marked: number;
  /** Cells whose fill or note this run wrote or restored (0 when nothing changed). */
  readonly touched: number;
  /** The discovery with Anju's own sheets as they are now (created or deleted by this run). */
  readonly discovery: Discovery;
}

/**
 * Brings the marks of `scope` sheets from what the state sheet says (previous run) to what `findings` need, in
 * a bounded number of syncs: one probe of the original fills (and of notes already on the cells), then batched
 * writes. Cells whose colour and note stay the same are not touched. The state sheet is written first as the
 * union of old and new marks, and last as the new marks only, so that a run interrupted half-way never leaves a
 * mark that 清除标记 cannot take back.
 */
export async function reconcile(s: Session, input: ReconcileInput): Promise<ReconcileOutcome> {
  const { discovery: d, locale } = input;
  const { caps } = s;
  const ctx = s.ctx;
  const notices: Notice[] = [];
  const exists = new Map(d.sheets.map((x) => [x.name, x]));
  // Entries of sheets that no longer exist (deleted, renamed) can never be restored: dropped.
  const previous = input.previous.filter((e) => exists.has(e.sheet));
  const allPlan = planMarks(input.findings).filter((m) => input.scope.has(m.sheet));
  const writable = new Set<string>();
  for (const name of input.scope) {
    const info = exists.get(name);
    if (!info) continue;
    if (!info.protected) {
      writable.add(name);
      continue;
    }
    if (allPlan.some((m) => m.sheet === name) || previous.some((e) => e.sheet === name)) {
      notices.push({ key: "officeSheetProtected", params: { sheet: name } });
    }
  }
  if (d.readOnly) {
    notices.unshift({ key: "officeReadOnly", params: {} });
    return { entries: previous, notices, marked: 0, touched: 0, discovery: d };
  }
  const plan = allPlan.filter((m) => writable.has(m.sheet));
  const keep = previous.filter((e) => !writable.has(e.sheet));
  const before = new Map(previous.filter((e) => writable.has(e.sheet)).map((e) => [key(e), e]));
  const planKeys = new Set(plan.map(key));

  const probe = await probeCells(s, plan, before);

  const noteKind = caps.notes ? "note" : caps.comments && input.comments !== false ? "comment" : "";
  const texts = new Map<string, string>();
  const fresh = new Map<string, MarkEntry>();
  const changed: CellMark[] = [];
  for (const m of plan) {
    const k = key(m);
    const old = before.get(k);
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
      !probe.ours.some((o) => key(o) === k);
    fresh.set(k, same ? { ...entry, commentId: old.commentId } : entry);
    if (!same) changed.push(m);
  }
  const skipped = plan.filter((m) => probe.foreign.has(key(m))).length;
  if (skipped > 0) notices.push({ key: "officeForeignNotes", params: { count: skipped } });
  const changedKeys = new Set(changed.map(key));

  const batch = new Batch(s, () => {
    if (caps.suspendCalc) ctx.workbook.application.suspendApiCalculationUntilNextSync();
    if (caps.rangeAreas) ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  });
  const leaving = [...before.values()].filter((e) => !planKeys.has(key(e)));
  const nothingToDo =
    leaving.length === 0 &&
    changed.length === 0 &&
    probe.ours.length === 0 &&
    input.results !== "write" &&
    input.stateDirty !== true;
  if (nothingToDo && !(input.results === "delete" && exists.has(RESULTS_SHEET))) {
    if (input.finally) await batch.add({ request: COMMAND_BYTES }, input.finally);
    await batch.flush();
    return { entries: [...keep, ...fresh.values()], notices, marked: plan.length, touched: 0, discovery: d };
  }
  if (caps.runtime) {
    await batch.add({ request: COMMAND_BYTES }, () => {
      ctx.runtime.enableEvents = false;
    });
  }
  const state = new StateWriter(s, batch, exists.has(STATE_SHEET), t("officeStateNote", {}, locale));
  // Cells about to change are recorded without a mark colour: should this run stop half-way, the next one
  // paints them again instead of trusting a colour that may never have been written.
  const union = new Map<string, MarkEntry>();
  for (const e of [...keep, ...before.values()]) union.set(key(e), e);
  for (const e of fresh.values())
    union.set(key(e), changedKeys.has(key(e)) ? { ...e, mark: "", noteHash: "" } : e);
  await state.write([...union.values()]);

  // Cells marked before and not now get their own fill back.
  await restoreFills(s, batch, leaving);

  // Anju's notes and comments that leave or change go (changed ones are added again below).
  for (const e of before.values()) {
    if (!planKeys.has(key(e)) || changedKeys.has(key(e))) await deleteNote(s, batch, e);
  }
  for (const n of probe.ours) await deleteNoteAt(s, batch, n.sheet, n.address, n.commentId);

  await paint(s, batch, changed);

  for (const m of changed) {
    const k = key(m);
    const entry = fresh.get(k);
    if (!entry || entry.note === "") continue;
    const text = texts.get(k) ?? "";
    await batch.add({ request: COMMAND_BYTES * 2 + jsonBytes(text) + jsonBytes(m.address) }, () => {
      const ws = ctx.workbook.worksheets.getItem(m.sheet);
      if (entry.note === "note") {
        ws.notes.add(m.address, text);
        return;
      }
      const comment = ws.comments.add(ws.getRange(m.address), text);
      comment.load("id");
      return () => fresh.set(k, { ...entry, commentId: comment.id });
    });
  }

  if (input.results === "write") {
    await writeResultsSheet(s, batch, input.findings, exists.has(RESULTS_SHEET), locale);
  } else if (input.results === "delete" && exists.has(RESULTS_SHEET)) {
    await batch.add({ request: COMMAND_BYTES }, () => {
      ctx.workbook.worksheets.getItem(RESULTS_SHEET).delete();
    });
  }

  // Comment ids come back with the sync that added them; the final state needs them.
  if (noteKind === "comment" && changed.length > 0) await batch.flush();
  const final = [...keep, ...fresh.values()];
  await state.write(final);
  if (caps.runtime) {
    await batch.add({ request: COMMAND_BYTES }, () => {
      ctx.runtime.enableEvents = true;
    });
  }
  if (input.finally) await batch.add({ request: COMMAND_BYTES }, input.finally);
  await batch.flush();
  const results =
    input.results === "write" ? true : input.results === "delete" ? false : exists.has(RESULTS_SHEET);
  return {
    entries: final,
    notices,
    marked: plan.length,
    touched: leaving.length + changed.length,
    discovery: withOwnSheets(d, state.exists, results),
  };
}

/** A discovery whose list of sheets says whether the state and 校验结果 sheets exist now. */
export function withOwnSheets(d: Discovery, state: boolean, results: boolean): Discovery {
  const others = d.sheets.filter((x) => x.name !== STATE_SHEET && x.name !== RESULTS_SHEET);
  const own = (name: string, visibility: string) => ({
    name,
    id: `anju:${name}`,
    visibility,
    protected: false,
  });
  const sheets = [
    ...others,
    ...(results ? [d.sheets.find((x) => x.name === RESULTS_SHEET) ?? own(RESULTS_SHEET, "Visible")] : []),
    ...(state ? [d.sheets.find((x) => x.name === STATE_SHEET) ?? own(STATE_SHEET, "VeryHidden")] : []),
  ];
  return { ...d, sheets };
}

function key(x: { sheet: string; address: string }): string {
  return entryKey(x.sheet, x.address);
}

interface Probe {
  /** Original fills of cells not marked before. */
  readonly fills: Map<string, SavedFill>;
  /** Cells holding someone else's note or comment: left alone, no note added. */
  readonly foreign: Set<string>;
  /** Anju notes/comments found that the state does not list (state lost): deleted before re-adding. */
  readonly ours: Array<{ sheet: string; address: string; commentId: string }>;
}

/** Bytes of one cell's fill in a getCellProperties response. */
const FILL_PROPS_BYTES = 90;

async function probeCells(
  s: Session,
  plan: readonly CellMark[],
  before: Map<string, MarkEntry>,
): Promise<Probe> {
  const { ctx, caps } = s;
  const probe: Probe = { fills: new Map(), foreign: new Set(), ours: [] };
  const batch = new Batch(s);
  const unknown = plan.filter((m) => !before.has(key(m)));
  for (const [sheet, cells] of bySheet(unknown)) {
    if (caps.rangeAreas) {
      for (const rect of toRects(cells)) {
        const count = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
        await batch.add({ request: COMMAND_BYTES * 2, response: count * FILL_PROPS_BYTES }, () => {
          const props = ctx.workbook.worksheets
            .getItem(sheet)
            .getRange(rangeAddress(rect))
            .getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } });
          return () => {
            props.value.forEach((row, i) =>
              row.forEach((p, j) => {
                const address = rangeAddress({
                  top: rect.top + i,
                  left: rect.left + j,
                  bottom: rect.top + i,
                  right: rect.left + j,
                });
                probe.fills.set(entryKey(sheet, address), fillOf(p.format?.fill));
              }),
            );
          };
        });
      }
    } else {
      // ExcelApi 1.1: a multi-cell range reports no colour when its cells differ, so each cell is asked alone.
      for (const c of cells) {
        const address = rangeAddress({ top: c.row, left: c.col, bottom: c.row, right: c.col });
        await batch.add({ request: COMMAND_BYTES * 3, response: 40 }, () => {
          const fill = ctx.workbook.worksheets.getItem(sheet).getRange(address).format.fill;
          fill.load("color");
          return () => probe.fills.set(entryKey(sheet, address), fillOf({ color: fill.color }));
        });
      }
    }
  }
  if (s.caps.notes) {
    // A cell holds one note: a clerk's own note is kept, and Anju's message goes to the task pane only.
    for (const m of plan) {
      if (before.get(key(m))?.note === "note") continue;
      await batch.add({ request: COMMAND_BYTES * 3, response: 600 }, () => {
        const note = ctx.workbook.worksheets.getItem(m.sheet).notes.getItemOrNullObject(m.address);
        note.load("content");
        // Collectors run after the batch's sync (Batch.flush), which the lint rules cannot see.
        return () => {
          // eslint-disable-next-line office-addins/call-sync-before-read
          if (note.isNullObject) return;
          // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
          if (OUR_NOTE.test(String(note.content)))
            probe.ours.push({ sheet: m.sheet, address: m.address, commentId: "" });
          else probe.foreign.add(key(m));
        };
      });
    }
  } else if (caps.comments && plan.length > 0) {
    await probeComments(s, batch, plan, before, probe);
  }
  await batch.flush();
  return probe;
}

/** Comments cannot be looked up by cell without an error when absent: list them, then ask where each one is. */
async function probeComments(
  s: Session,
  batch: Batch,
  plan: readonly CellMark[],
  before: Map<string, MarkEntry>,
  probe: Probe,
): Promise<void> {
  const { ctx } = s;
  const known = new Set([...before.values()].map((e) => e.commentId).filter((id) => id !== ""));
  const planned = new Set(plan.map(key));
  const lists: Array<{ sheet: string; comments: Excel.CommentCollection }> = [];
  for (const sheet of new Set(plan.map((m) => m.sheet))) {
    await batch.add({ request: COMMAND_BYTES * 2, response: 50_000 }, () => {
      const comments = ctx.workbook.worksheets.getItem(sheet).comments;
      comments.load("items/id,items/content");
      lists.push({ sheet, comments });
    });
  }
  await batch.flush();
  for (const { sheet, comments } of lists) {
    for (const c of comments.items) {
      if (known.has(c.id)) continue;
      await batch.add({ request: COMMAND_BYTES * 2, response: 100 }, () => {
        const where = c.getLocation();
        where.load("address");
        return () => {
          const cell = parseA1(where.address.replace(/^.*!/, ""));
          if (!cell) return;
          const address = rangeAddress({ top: cell.row, left: cell.col, bottom: cell.row, right: cell.col });
          if (OUR_NOTE.test(String(c.content))) probe.ours.push({ sheet, address, commentId: c.id });
          else if (planned.has(entryKey(sheet, address))) probe.foreign.add(entryKey(sheet, address));
        };
      });
    }
  }
}

function fillOf(fill: { color?: string; pattern?: string; patternColor?: string } | undefined): SavedFill {
  if (!fill) return NO_FILL;
  const pattern = fill.pattern ?? null;
  if (pattern === "None") return { color: null, pattern, patternColor: null };
  // The plain path only sees a colour, and Excel reports an unfilled cell as white.
  if (pattern === null && (!fill.color || fill.color.toUpperCase() === "#FFFFFF")) return NO_FILL;
  return { color: fill.color ?? null, pattern, patternColor: fill.patternColor ?? null };
}

function bySheet(items: ReadonlyArray<{ sheet: string; address: string }>): Map<string, Cell[]> {
  const out = new Map<string, Cell[]>();
  for (const m of items) {
    const c = parseA1(m.address);
    if (!c) continue;
    const list = out.get(m.sheet);
    if (list) list.push(c);
    else out.set(m.sheet, [c]);
  }
  return out;
}

/** Fills cells by colour: RangeAreas within the area/character limits, or one Range per area before 1.9. */
async function paint(s: Session, batch: Batch, plan: readonly CellMark[]): Promise<void> {
  const groups = new Map<string, Map<string, Cell[]>>();
  for (const [sheet, marks] of groupBy(plan, (m) => m.sheet)) {
    groups.set(sheet, bySheetColour(marks));
  }
  for (const [sheet, byColour] of groups) {
    for (const [colour, cells] of byColour) {
      await forAreas(s, batch, sheet, toRects(cells), (fill) => {
        fill.color = `#${colour}`;
      });
    }
  }
}

function bySheetColour(marks: readonly CellMark[]): Map<string, Cell[]> {
  const out = new Map<string, Cell[]>();
  for (const m of marks) {
    const c = parseA1(m.address);
    if (!c) continue;
    const colour = MARK_COLORS[m.severity];
    const list = out.get(colour);
    if (list) list.push(c);
    else out.set(colour, [c]);
  }
  return out;
}

/** Puts back original fills: no fill → clear(); otherwise colour, pattern and pattern colour as they were. */
async function restoreFills(s: Session, batch: Batch, entries: readonly MarkEntry[]): Promise<void> {
  for (const [sheet, list] of groupBy(entries, (e) => e.sheet)) {
    for (const [, same] of groupBy(list, (e) => JSON.stringify(e.fill))) {
      const fill = (same[0] as MarkEntry).fill;
      const cells = same.map((e) => parseA1(e.address)).filter((c): c is Cell => c !== undefined);
      await forAreas(s, batch, sheet, toRects(cells), (f) => {
        if (fill.color === null) {
          f.clear();
          return;
        }
        f.color = fill.color;
        if (fill.pattern && fill.pattern !== "Solid" && fill.pattern !== "None") {
          f.pattern = fill.pattern as Excel.FillPattern;
          if (fill.patternColor) f.patternColor = fill.patternColor;
        }
      });
    }
  }
}

/** Applies `set` to the fill of every rectangle: batched RangeAreas on 1.9+, one Range per area before. */
async function forAreas(
  s: Session,
  batch: Batch,
  sheet: string,
  rects: readonly CellRange[],
  set: (fill: Excel.RangeFill) => void,
): Promise<void> {
  const { ctx, caps, budget } = s;
  if (caps.rangeAreas) {
    for (const list of addressBatches(rects, budget.maxAreas, budget.maxAddressChars)) {
      await batch.add({ request: COMMAND_BYTES * 3 + jsonBytes(list) }, () => {
        set(ctx.workbook.worksheets.getItem(sheet).getRanges(list).format.fill);
      });
    }
    return;
  }
  for (const r of rects) {
    const address = rangeAddress(r);
    await batch.add({ request: COMMAND_BYTES * 3 + address.length }, () => {
      set(ctx.workbook.worksheets.getItem(sheet).getRange(address).format.fill);
    });
  }
}

async function deleteNote(s: Session, batch: Batch, e: MarkEntry): Promise<void> {
  if (e.note === "") return;
  await deleteNoteAt(s, batch, e.sheet, e.address, e.note === "comment" ? e.commentId : "", e.note);
}

/** Deletes a note or comment Anju wrote; the *OrNullObject lookup makes a note already removed by hand a no-op. */
async function deleteNoteAt(
  s: Session,
  batch: Batch,
  sheet: string,
  address: string,
  commentId: string,
  kind: "note" | "comment" = commentId === "" ? "note" : "comment",
): Promise<void> {
  const { ctx, caps } = s;
  if (kind === "note" && caps.notes) {
    await batch.add({ request: COMMAND_BYTES * 3 }, () => {
      ctx.workbook.worksheets.getItem(sheet).notes.getItemOrNullObject(address).delete();
    });
  } else if (kind === "comment" && caps.comments && commentId !== "") {
    await batch.add({ request: COMMAND_BYTES * 2 }, () => {
      ctx.workbook.comments.getItemOrNullObject(commentId).delete();
    });
  }
}

function groupBy<T>(items: readonly T[], by: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = by(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/**
 * Writes the state sheet, creating it very hidden (ExcelApi 1.2+; visible before, with a word in its first row)
 * the first time, and deleting it when no marks remain.
 */
class StateWriter {
  constructor(
    private readonly s: Session,
    private readonly batch: Batch,
    public exists: boolean,
    private readonly notice: string,
  ) {}

  async write(entries: readonly MarkEntry[]): Promise<void> {
    const { ctx, caps } = this.s;
    const sheets = ctx.workbook.worksheets;
    if (entries.length === 0) {
      if (!this.exists) return;
      this.exists = false;
      await this.batch.add({ request: COMMAND_BYTES * 2 }, () => {
        sheets.getItem(STATE_SHEET).delete();
      });
      return;
    }
    const rows = encodeState(entries, this.notice);
    const created = !this.exists;
    this.exists = true;
    await this.batch.add({ request: COMMAND_BYTES * 3 }, () => {
      if (created) {
        const ws = sheets.add(STATE_SHEET);
        if (caps.v2) ws.visibility = "VeryHidden";
      } else sheets.getItem(STATE_SHEET).getRange().clear();
    });
    const perCall = 2_000;
    for (let i = 0; i < rows.length; i += perCall) {
      const part = rows.slice(i, i + perCall);
      await this.batch.add({ request: COMMAND_BYTES * 2 + jsonBytes(part) }, () => {
        sheets.getItem(STATE_SHEET).getRange(`A${i + 1}:A${i + part.length}`).values = part;
      });
    }
  }
}
