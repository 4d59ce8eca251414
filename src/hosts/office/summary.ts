import { columnLetter } from "../../engine/model/address";
import type { CellRange } from "../../engine/model/types";
import type { UiKey } from "../../engine/messages";
import {
  CELL_LOOKS,
  LINK_COLOR,
  numberFormatOf,
  padRow,
  type CellLook,
  type CellStyle,
  type SheetSpec,
} from "../../engine/summary";
import { COMMAND_BYTES, jsonBytes } from "./budget";
import { writeEntryRules } from "./entry";
import { addressBatches, rangeAddress, toRects, type Cell } from "./geometry";
import type { Discovery } from "./read";
import { Batch, type Session } from "./session";

/** Rows per write command of a summary sheet. */
const ROWS_PER_CALL = 500;
/** Excel's column width unit is points; a character of the default font is about 7 points wide. */
const POINTS_PER_CHAR = 7;

/**
 * Writes summary sheets (SheetSpec data, the same the CLI writes with ExcelJS) into the open workbook, replacing
 * only sheets the summary owns (`isOwn`, and any sheet named like a new one). Text is written into cells
 * formatted as text, so a value starting with = stays text; links are hyperlinks (ExcelApi 1.7) or HYPERLINK
 * formulas before that. The first sheet is activated at the end. A blank table's validations, conditional formats
 * and page setup are written where this Excel has them; returns the catalogue keys of notices for what it has not.
 */
export async function writeSummarySheets(
  s: Session,
  d: Discovery,
  sheets: readonly SheetSpec[],
  isOwn: (name: string) => boolean,
): Promise<UiKey[]> {
  const { ctx, caps } = s;
  const batch = new Batch(s, () => {
    if (caps.suspendCalc) ctx.workbook.application.suspendApiCalculationUntilNextSync();
    if (caps.rangeAreas) ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  });
  if (caps.runtime) {
    await batch.add({ request: COMMAND_BYTES }, () => {
      ctx.runtime.enableEvents = false;
    });
  }
  const replaced = new Set(sheets.map((x) => x.name));
  const wsList = ctx.workbook.worksheets;
  // Old summary sheets are renamed out of the way first and deleted only after the new ones exist, so that the
  // workbook never runs out of visible sheets (a summary workbook may hold nothing else).
  const stale = d.sheets.map((x) => x.name).filter((n) => isOwn(n) || replaced.has(n));
  const parked = new Map(stale.map((n, i) => [n, `_anju_old_${i + 1}`]));
  for (const [name, temp] of parked) {
    await batch.add({ request: COMMAND_BYTES * 2 }, () => {
      wsList.getItem(name).name = temp;
    });
  }
  const notices = new Set<UiKey>();
  for (const spec of sheets) for (const key of await writeSheet(s, batch, spec)) notices.add(key);
  for (const temp of parked.values()) {
    await batch.add({ request: COMMAND_BYTES }, () => {
      wsList.getItem(temp).delete();
    });
  }
  const first = sheets[0];
  await batch.add({ request: COMMAND_BYTES * 2 }, () => {
    if (first) wsList.getItem(first.name).activate();
    if (caps.runtime) ctx.runtime.enableEvents = true;
  });
  await batch.flush();
  return [...notices];
}

async function writeSheet(s: Session, batch: Batch, spec: SheetSpec): Promise<UiKey[]> {
  const { ctx, caps, budget } = s;
  const sheets = ctx.workbook.worksheets;
  const width = Math.max(spec.widths.length, ...spec.rows.map((r) => r.length), 1);
  await batch.add({ request: COMMAND_BYTES * 2 }, () => {
    sheets.add(spec.name);
  });
  // Values and formats, in blocks of rows.
  for (let top = 0; top < spec.rows.length; top += ROWS_PER_CALL) {
    const part = spec.rows.slice(top, top + ROWS_PER_CALL);
    const values = part.map((row) =>
      padRow(row, width).map((c) => (c === null || c.value === null ? "" : c.value)),
    );
    const formats = part.map((row) => padRow(row, width).map(numberFormatOf));
    const address = rangeAddress({ top, left: 0, bottom: top + part.length - 1, right: width - 1 });
    await batch.add({ request: COMMAND_BYTES * 3 + jsonBytes(values) + jsonBytes(formats) }, () => {
      const range = sheets.getItem(spec.name).getRange(address);
      range.numberFormat = formats;
      range.values = values;
    });
  }
  // Links: hyperlinks where Excel has them (1.7), else HYPERLINK formulas (the cell is then a formula).
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const link = cell?.link;
      if (!cell || !link || cell.value === null) continue;
      const at = rangeAddress({ top: r, left: c, bottom: r, right: c });
      const text = String(cell.value);
      const external = "href" in link;
      const target = external ? link.href : `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
      await batch.add({ request: COMMAND_BYTES * 3 + jsonBytes(text) + jsonBytes(target) }, () => {
        const range = sheets.getItem(spec.name).getRange(at);
        if (caps.events) {
          range.hyperlink = external
            ? { address: target, textToDisplay: text }
            : { documentReference: target, textToDisplay: text };
        } else {
          const q = (x: string) => `"${x.replace(/"/g, '""')}"`;
          range.numberFormat = [["General"]];
          range.formulas = [[`=HYPERLINK(${q(external ? target : `#${target}`)},${q(text)})`]];
        }
        range.format.font.color = LINK_COLOR;
        range.format.font.underline = "Single";
      });
    }
  }
  // Styles by kind, as RangeAreas (1.9) or one range per area.
  const byStyle = new Map<CellStyle, Cell[]>();
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.style) return;
      const list = byStyle.get(cell.style);
      if (list) list.push({ row: r, col: c });
      else byStyle.set(cell.style, [{ row: r, col: c }]);
    }),
  );
  for (const [style, cells] of byStyle) {
    const rects = toRects(cells);
    const apply = (format: Excel.RangeFormat) => styleFormat(format, CELL_LOOKS[style]);
    if (caps.rangeAreas) {
      for (const list of addressBatches(rects, budget.maxAreas, budget.maxAddressChars)) {
        await batch.add({ request: COMMAND_BYTES * 8 + jsonBytes(list) }, () =>
          apply(sheets.getItem(spec.name).getRanges(list).format),
        );
      }
    } else {
      for (const rect of rects) {
        await batch.add({ request: COMMAND_BYTES * 8 }, () =>
          apply(sheets.getItem(spec.name).getRange(rangeAddress(rect)).format),
        );
      }
    }
  }
  // Merges, column widths, frozen header, filter.
  await batch.add({ request: COMMAND_BYTES * (2 + spec.merges.length + spec.widths.length + 3) }, () => {
    const ws = sheets.getItem(spec.name);
    if (caps.v2) for (const m of spec.merges) ws.getRange(rangeAddress(m)).merge(false);
    spec.widths.forEach((w, c) => {
      if (caps.v2)
        ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = w * POINTS_PER_CHAR;
    });
    if (spec.freeze && caps.events && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
      ws.freezePanes.freezeAt(ws.getRange(freezeAddress(spec.freeze)));
    }
    if (spec.filter && caps.rangeAreas) ws.autoFilter.apply(ws.getRange(rangeAddress(spec.filter)));
  });
  const heights = Object.entries(spec.heights ?? {});
  if (heights.length > 0 && caps.v2) {
    await batch.add({ request: COMMAND_BYTES * (1 + heights.length) }, () => {
      const ws = sheets.getItem(spec.name);
      for (const [r, h] of heights) ws.getRange(`${Number(r) + 1}:${Number(r) + 1}`).format.rowHeight = h;
    });
  }
  return writeEntryRules(s, batch, spec);
}

/** A named style's look in Office's words (borders are left out). */
function styleFormat(format: Excel.RangeFormat, look: CellLook): void {
  if (look.fill) format.fill.color = look.fill;
  if (look.bold) format.font.bold = true;
  if (look.size) format.font.size = look.size;
  if (look.color) format.font.color = look.color;
  if (look.hAlign) format.horizontalAlignment = look.hAlign === "center" ? "Center" : "Left";
  if (look.vAlign) format.verticalAlignment = look.vAlign === "center" ? "Center" : "Top";
  if (look.wrap) format.wrapText = true;
}

/** The range whose rows above and columns to the left stay in view. */
function freezeAddress(freeze: { rows: number; cols: number }): string {
  const r: CellRange = {
    top: 0,
    left: 0,
    bottom: Math.max(0, freeze.rows - 1),
    right: Math.max(0, freeze.cols - 1),
  };
  if (freeze.cols === 0) return `${r.top + 1}:${r.bottom + 1}`;
  if (freeze.rows === 0) return `${columnLetter(0)}:${columnLetter(r.right)}`;
  return rangeAddress(r);
}
