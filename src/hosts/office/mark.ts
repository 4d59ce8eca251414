import { t, type Locale } from "../../engine/messages";
import type { Finding } from "../../engine/model/types";
import { freshMarks, interimState, markKey, scopeMarks } from "../inplace/plan";
import { COMMAND_BYTES, jsonBytes } from "./budget";
import type { Notice } from "./notices";
import type { Discovery } from "./read";
import { probeCells } from "./probe";
import { writeResultsSheet, RESULTS_SHEET } from "./results";
import { Batch, type Session } from "./session";
import { STATE_SHEET, type MarkEntry } from "../inplace/state";
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
  const scope = scopeMarks(d.sheets, input);
  for (const sheet of scope.protectedSheets) notices.push({ key: "officeSheetProtected", params: { sheet } });
  if (d.readOnly) {
    notices.unshift({ key: "officeReadOnly", params: {} });
    return { entries: scope.previous, notices, marked: 0, touched: 0, discovery: d };
  }
  const { plan, keep, before, planKeys, leaving } = scope;

  const probe = await probeCells(s, plan, before);

  const noteKind = caps.notes ? "note" : caps.comments && input.comments !== false ? "comment" : "";
  const marks = freshMarks(
    scope,
    { fills: probe.fills, foreign: probe.foreign, isOurs: (k) => probe.ours.some((o) => key(o) === k) },
    noteKind,
    locale,
  );
  const { fresh, texts, changed, changedKeys } = marks;
  const skipped = plan.filter((m) => probe.foreign.has(key(m))).length;
  if (skipped > 0) notices.push({ key: "officeForeignNotes", params: { count: skipped } });

  const batch = new Batch(s, () => {
    if (caps.suspendCalc) ctx.workbook.application.suspendApiCalculationUntilNextSync();
    if (caps.rangeAreas) ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  });
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
  // Cells about to change are recorded without a mark colour first (interimState).
  await state.write(interimState(scope, marks));

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

const key = markKey;
