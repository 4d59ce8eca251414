import type { CellMark } from "../../engine/marks";
import { parseA1 } from "../../engine/model/address";
import type { CellRange } from "../../engine/model/types";
import { MARK_COLORS } from "../port";
import { COMMAND_BYTES, jsonBytes } from "./budget";
import { addressBatches, rangeAddress, toRects, type Cell } from "./geometry";
import type { Batch, Session } from "./session";
import { groupBy } from "../inplace/plan";
import { encodeState, STATE_SHEET, type MarkEntry } from "../inplace/state";

/** Fills cells by colour: RangeAreas within the area/character limits, or one Range per area before 1.9. */
export async function paint(s: Session, batch: Batch, plan: readonly CellMark[]): Promise<void> {
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
export async function restoreFills(s: Session, batch: Batch, entries: readonly MarkEntry[]): Promise<void> {
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

export async function deleteNote(s: Session, batch: Batch, e: MarkEntry): Promise<void> {
  if (e.note === "") return;
  await deleteNoteAt(s, batch, e.sheet, e.address, e.note === "comment" ? e.commentId : "", e.note);
}

/** Deletes a note or comment Anju wrote; the *OrNullObject lookup makes a note already removed by hand a no-op. */
export async function deleteNoteAt(
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

/**
 * Writes the state sheet, creating it very hidden (ExcelApi 1.2+; visible before, with a word in its first row)
 * the first time, and deleting it when no marks remain.
 */
export class StateWriter {
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
    await this.batch.add({ request: COMMAND_BYTES * 4 + jsonBytes(this.notice) }, () => {
      if (created) {
        const ws = sheets.add(STATE_SHEET);
        if (caps.v2) ws.visibility = "VeryHidden";
      } else sheets.getItem(STATE_SHEET).getRange().clear();
      // In plain words beside the data, for whoever finds the sheet (it stays visible before ExcelApi 1.2).
      sheets.getItem(STATE_SHEET).getRange("B1").values = [[this.notice]];
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
