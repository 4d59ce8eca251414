import { planMarks, type CellMark } from "../../engine/marks";
import { noteText, t, type Locale } from "../../engine/messages";
import type { Finding } from "../../engine/model/types";
import { MARK_COLORS } from "../port";
import { COMMAND_BYTES, jsonBytes } from "./budget";
import type { Notice } from "./notices";
import type { Discovery } from "./read";
import { probeCells } from "./probe";
import { writeResultsSheet, RESULTS_SHEET } from "./results";
import { Batch, type Session } from "./session";
import { entryKey, NO_FILL, STATE_SHEET, textHash, type MarkEntry, type NoteKind } from "../inplace/state";
import { deleteNote, deleteNoteAt, paint, restoreFills, StateWriter } from "./write";

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
