import type { CellMark } from "../../engine/marks";
import { parseA1 } from "../../engine/model/address";
import { COMMAND_BYTES } from "./budget";
import { rangeAddress, toRects, type Cell } from "./geometry";
import { Batch, type Session } from "./session";
import { entryKey, NO_FILL, type MarkEntry, type SavedFill } from "../inplace/state";

/** A note Anju wrote starts like this (noteText's `【RULE-ID】`), so one left behind is recognised as ours. */
export const OUR_NOTE = /^【(?:GEN|RV|RL|RN)-[A-Z0-9-]+】/;

function key(x: { sheet: string; address: string }): string {
  return entryKey(x.sheet, x.address);
}

export interface Probe {
  /** Original fills of cells not marked before. */
  readonly fills: Map<string, SavedFill>;
  /** Cells holding someone else's note or comment: left alone, no note added. */
  readonly foreign: Set<string>;
  /** Anju notes/comments found that the state does not list (state lost): deleted before re-adding. */
  readonly ours: Array<{ sheet: string; address: string; commentId: string }>;
}

/** Bytes of one cell's fill in a getCellProperties response. */
const FILL_PROPS_BYTES = 90;

/**
 * One probe before writing: the original fills of cells not marked before (getCellProperties per rectangle on
 * 1.9+, the fill colour cell by cell before), and notes or comments already on the cells to be marked.
 */
export async function probeCells(
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

export function bySheet(items: ReadonlyArray<{ sheet: string; address: string }>): Map<string, Cell[]> {
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
