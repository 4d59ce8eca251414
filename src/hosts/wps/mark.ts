import { MARK_COLORS, type CellMark } from "../../engine/marks";
import { t, type Locale } from "../../engine/messages";
import type { Finding } from "../../engine/model/types";
import { freshMarks, groupBy, interimState, markKey, scopeMarks } from "../inplace/plan";
import type { EtApp, EtWorksheet } from "./et";
import type { Notice } from "./notices";
import { quietly } from "./quiet";
import { rectAddress, sheetOf, type Discovery } from "./read";
import { entryKey, NO_FILL, savedFillOf, STATE_SHEET, type MarkEntry, type SavedFill } from "./state";
import {
  cellsOf,
  paintRects,
  restoreRects,
  RESULTS_SHEET,
  StateWriter,
  toRects,
  writeResultsSheet,
} from "./write";

/** A comment Anju wrote starts like this (noteText's `【RULE-ID】`), so one left behind is recognised as ours. */
export const OUR_NOTE = /^【[A-Z]+(?:-[A-Z0-9]+)+】/;

export interface ReconcileInput {
  readonly discovery: Discovery;
  /** Every entry of the state sheet (all sheets). */
  readonly previous: readonly MarkEntry[];
  /** Findings of this run; only those on `scope` sheets are marked. Empty: clear. */
  readonly findings: readonly Finding[];
  /** Sheets whose marks this run owns: their previous marks go, their new ones come. */
  readonly scope: ReadonlySet<string>;
  readonly locale: Locale;
  /** 清除标记 of every sheet: the 校验结果 sheet goes too. */
  readonly clearing?: boolean;
}

export interface ReconcileOutcome {
  readonly entries: readonly MarkEntry[];
  readonly notices: readonly Notice[];
  /** Cells marked after this run. */
  readonly marked: number;
  /** Cells whose fill or comment this run wrote or restored. */
  readonly touched: number;
}

const key = markKey;

/**
 * Brings the marks of `scope` sheets from what the state sheet says (previous run) to what `findings` need:
 * every protected sheet is found before anything is written (and left whole, with a notice), original fills and
 * comments are read first, cells whose colour and comment stay the same are not touched, and the state is written
 * first as the union of old and new marks and last as the new ones only, so that a run that stops half-way never
 * leaves a mark 清除标记 cannot take back. Screen updating and events are off around the writes.
 */
export function reconcile(app: EtApp, input: ReconcileInput): ReconcileOutcome {
  const { discovery: d, locale } = input;
  const notices: Notice[] = [];
  const exists = new Map(d.sheets.map((x) => [x.name, x]));
  const scope = scopeMarks(d.sheets, input);
  for (const sheet of scope.protectedSheets) notices.push({ key: "wpsSheetProtected", params: { sheet } });
  const unchanged = { entries: scope.previous, notices, marked: 0, touched: 0 };
  if (d.readOnly && scope.anything) {
    return { ...unchanged, notices: [{ key: "wpsReadOnly", params: {} }, ...notices] };
  }
  const { plan, keep, before, planKeys, leaving } = scope;
  const hasResults = exists.has(RESULTS_SHEET);

  const probe = probeCells(app, plan, before);
  // ET's comments are Excel's notes: one is added to every marked cell but where the clerk has one.
  const marks = freshMarks(scope, { ...probe, isOurs: (k) => probe.ours.has(k) }, "note", locale);
  const { fresh, texts, changed, changedKeys } = marks;
  const foreignFindings = input.findings.filter((f) =>
    f.cells.some((c) => probe.foreign.has(entryKey(f.sheet, c))),
  );
  if (probe.foreign.size > 0)
    notices.push({ key: "wpsForeignComments", params: { count: probe.foreign.size } });
  const results =
    foreignFindings.length > 0
      ? "write"
      : hasResults && (input.clearing || input.scope.size > 0)
        ? "delete"
        : "keep";
  const final = [...keep, ...fresh.values()];
  if (leaving.length === 0 && changed.length === 0 && probe.ours.size === 0 && results === "keep") {
    return { entries: final, notices, marked: plan.length, touched: 0 };
  }
  const needsSheet =
    (final.length > 0 && !exists.has(STATE_SHEET)) || results === "write" || results === "delete";
  if (needsSheet && d.protectStructure) {
    return { ...unchanged, notices: [{ key: "wpsStructureProtected", params: {} }, ...notices] };
  }

  quietly(app, () => {
    const state = new StateWriter(app, exists.has(STATE_SHEET), t("wpsStateNote", {}, locale));
    // Cells about to change are recorded without a mark colour first (interimState).
    state.write(interimState(scope, marks));

    const sheets = new Map<string, EtWorksheet>();
    const ws = (name: string) => {
      let s = sheets.get(name);
      if (!s) sheets.set(name, (s = sheetOf(app, name)));
      return s;
    };
    // Anju's comments that leave or change go; cells marked before and not now get their own fill back.
    for (const e of before.values()) {
      if (e.note === "note" && (!planKeys.has(key(e)) || changedKeys.has(key(e))))
        deleteOurComment(ws(e.sheet), e.address);
    }
    for (const k of probe.ours) {
      const [sheet, address] = k.split("\u0000") as [string, string];
      deleteOurComment(ws(sheet), address);
    }
    for (const group of groupBy(leaving, (e) => `${e.sheet}\u0000${JSON.stringify(e.fill)}`).values()) {
      const first = group[0] as MarkEntry;
      restoreRects(
        ws(first.sheet),
        group.map((e) => e.address),
        first.fill,
      );
    }
    for (const group of groupBy(changed, (m) => `${m.sheet}\u0000${MARK_COLORS[m.severity]}`).values()) {
      const first = group[0] as CellMark;
      paintRects(
        ws(first.sheet),
        group.map((m) => m.address),
        MARK_COLORS[first.severity],
      );
    }
    for (const m of changed) {
      const text = texts.get(key(m)) ?? "";
      if (text !== "") ws(m.sheet).Range(m.address).AddComment(text);
    }
    if (results === "write") writeResultsSheet(app, d, foreignFindings, locale);
    else if (results === "delete") sheetOf(app, RESULTS_SHEET).Delete();
    state.write(final);
    if (exists.has(d.active)) sheetOf(app, d.active).Activate();
  });
  return { entries: final, notices, marked: plan.length, touched: leaving.length + changed.length };
}

function deleteOurComment(ws: EtWorksheet, address: string): void {
  const comment = ws.Range(address).Comment;
  if (comment && OUR_NOTE.test(comment.Text())) comment.Delete();
}

interface Probe {
  /** Original fills of cells not marked before. */
  readonly fills: Map<string, SavedFill>;
  /** Cells holding the clerk's own comment: kept, no Anju comment added. */
  readonly foreign: Set<string>;
  /** Anju comments the state does not list (state lost): deleted before adding again. */
  readonly ours: Set<string>;
}

/**
 * Reads, before writing, the original fills of cells not marked before (one Interior read per rectangle when its
 * cells agree, cell by cell otherwise) and the comments on every cell to be marked.
 */
function probeCells(app: EtApp, plan: readonly CellMark[], before: ReadonlyMap<string, MarkEntry>): Probe {
  const probe: Probe = { fills: new Map(), foreign: new Set(), ours: new Set() };
  for (const [sheet, marks] of groupBy(plan, (m) => m.sheet)) {
    const ws = sheetOf(app, sheet);
    const unknown = marks.filter((m) => !before.has(key(m)));
    for (const rect of toRects(cellsOf(unknown.map((m) => m.address)))) {
      const whole = savedFillOf(ws.Range(rectAddress(rect)).Interior);
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const address = rectAddress({ top: r, left: c, bottom: r, right: c });
          const fill = whole ?? savedFillOf(ws.Range(address).Interior) ?? NO_FILL;
          probe.fills.set(entryKey(sheet, address), fill);
        }
      }
    }
    for (const m of marks) {
      const comment = ws.Range(m.address).Comment;
      if (!comment) continue;
      const text = comment.Text();
      if (!OUR_NOTE.test(text)) probe.foreign.add(key(m));
      else if (before.get(key(m))?.note !== "note") probe.ours.add(key(m));
    }
  }
  return probe;
}
