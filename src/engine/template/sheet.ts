import { TZ_NOTE1, TZ_NOTE2, TZ_NOTE3 } from "../messages/clauses";
import type { Locale } from "../messages";
import { SheetBuilder, type SheetCell, type SheetSpec } from "../summary/sheets/layout";
import { templateColumns, type TemplateColumn, type TemplateKind } from "./columns";
import { templateFormats } from "./formats";
import { columnValidation, fillDateValidation } from "./inputs";

/** Rows a blank table gets unless told (SPEC §12), and the most it may get. */
export const TEMPLATE_DEFAULT_ROWS = 50;
export const TEMPLATE_MAX_ROWS = 10000;

/** The titles of the blank tables: 表A.1 as TZ 附录A writes it (SPEC §12); the ledgers after SX 二.1. */
export const TEMPLATE_TITLES: Readonly<Record<TemplateKind, string>> = {
  revisit: "表A.1 泰州市农村低收入群体等住房安全保障重点对象住房安全状况评估汇总表",
  relocation: "易地扶贫搬迁对象安置情况台账",
  renovation: "农村危房改造对象改造情况台账",
};

/** Sheet names (a revisit table is named after its 村（社区） when one is given: one table per village, TZ 注1). */
export const TEMPLATE_SHEET_NAMES: Readonly<Record<TemplateKind, string>> = {
  revisit: "表A.1",
  relocation: "易地扶贫搬迁台账",
  renovation: "危房改造台账",
};

/** The meta row's labels, as 表A.1 prints them (SPEC §1: 乡镇（街道）/村（社区）/填报日期). */
const META_LABELS = ["乡镇（街道）：", "村（社区）：", "填报日期："] as const;

/** 注1–注3 of 表A.1, verbatim (TZ 附录A). */
export const REVISIT_NOTES: readonly string[] = [TZ_NOTE1, TZ_NOTE2, TZ_NOTE3];

export interface TemplateOptions {
  readonly township?: string;
  readonly village?: string;
  /** Numbered rows (default 50). */
  readonly rows?: number;
  /** Language of the input messages and error alerts (the table itself is the standard's Chinese). */
  readonly locale?: Locale;
}

export interface TemplateSheet {
  readonly kind: TemplateKind;
  readonly spec: SheetSpec;
  readonly columns: readonly TemplateColumn[];
  /** 0-based rows of the header band and of the numbered rows, inclusive. */
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** 0-based cell of the 填报日期 value. */
  readonly fillDateCell: { readonly row: number; readonly col: number };
}

/**
 * A blank table of a kind in the standard's layout (SPEC §12): title, meta row, the grouped and merged header,
 * numbered rows, 注1–注3 (表A.1), data validation with input messages and error alerts on every typed column,
 * conditional formats for the cross-field rules, frozen header, A4 landscape with the header printed on every page.
 */
export function templateSheet(kind: TemplateKind, o: TemplateOptions = {}): TemplateSheet {
  const locale = o.locale ?? "zh-CN";
  const rows = o.rows ?? TEMPLATE_DEFAULT_ROWS;
  if (!Number.isInteger(rows) || rows < 1 || rows > TEMPLATE_MAX_ROWS)
    throw new RangeError(`rows must be 1..${TEMPLATE_MAX_ROWS}`);
  const columns = templateColumns(kind);
  const widths = columns.map((c) => c.width);
  const b = new SheetBuilder(sheetName(kind, o.village), widths);
  const last = widths.length - 1;

  b.line(TEMPLATE_TITLES[kind], "title");
  b.heights[0] = 28;
  const fillDateCell = metaRow(b, [o.township ?? "", o.village ?? ""]);

  const headerTop = b.next;
  const depth = 1 + Math.max(...columns.map((c) => c.groups.length));
  header(b, columns, depth);
  const headerBottom = headerTop + depth - 1;

  const firstDataRow = b.next;
  for (let i = 1; i <= rows; i++) b.add(columns.map((c) => bodyCell(c, i)));
  const lastDataRow = b.next - 1;

  if (kind === "revisit") {
    const chars = widths.reduce((s, w) => s + w, 0);
    for (const note of REVISIT_NOTES) {
      const r = b.add([{ value: note, style: "note" }]);
      b.merge(r, 0, r, last);
      // Chinese characters are two widths wide; a merged cell does not grow by itself.
      b.heights[r] = 16 * Math.max(1, Math.ceil((note.length * 2) / chars));
    }
  }

  columns.forEach((c, col) => {
    const v = columnValidation(c, { top: firstDataRow, bottom: lastDataRow, left: col, right: col }, locale);
    if (v) b.validations.push(v);
  });
  const date = {
    top: fillDateCell.row,
    bottom: fillDateCell.row,
    left: fillDateCell.col,
    right: fillDateCell.col,
  };
  b.validations.push(fillDateValidation(date, META_LABELS[2].replace(/：$/, ""), locale));
  const keys = new Map(columns.map((c, i) => [c.key, i]));
  b.conditionalFormats.push(...templateFormats(kind, keys, firstDataRow, lastDataRow));
  b.freeze = { rows: firstDataRow, cols: 0 };
  b.print = {
    paper: "A4",
    orientation: "landscape",
    titleRows: { top: headerTop, bottom: headerBottom },
    fitWidth: true,
  };
  return {
    kind,
    spec: b.build(),
    columns,
    headerTop,
    headerBottom,
    firstDataRow,
    lastDataRow,
    fillDateCell,
  };
}

/** `张庄村` for a village's 表A.1, else the kind's name; characters Excel forbids replaced, cut to 31. */
function sheetName(kind: TemplateKind, village: string | undefined): string {
  const name =
    kind === "revisit" && village && village.trim() !== "" ? village.trim() : TEMPLATE_SHEET_NAMES[kind];
  return name.replace(/[[\]:*?/\\']/g, "_").slice(0, 31);
}

/**
 * 乡镇（街道）：[ ] 村（社区）：[ ] 填报日期：[ ] over the table's width, each label in its own cell and its value in
 * the merged cells after it (SPEC §1: a label's value is the next non-empty cell). Returns the 填报日期 value cell.
 */
function metaRow(b: SheetBuilder, values: readonly string[]): { row: number; col: number } {
  const n = b.widths.length;
  const r = b.add([]);
  const row = b.rows[r] as Array<SheetCell | null>;
  let dateCell = { row: r, col: n - 1 };
  META_LABELS.forEach((label, i) => {
    const from = Math.floor((i * n) / 3);
    const to = Math.floor(((i + 1) * n) / 3) - 1;
    // The label takes the columns it needs (two widths per Chinese character), the value the rest.
    let labelEnd = from;
    let width = b.widths[from] ?? 0;
    while (labelEnd < to - 1 && width < label.length * 2) width += b.widths[++labelEnd] ?? 0;
    row[from] = { value: label, style: "info" };
    b.merge(r, from, r, labelEnd);
    const value = values[i] ?? "";
    row[labelEnd + 1] =
      i === 2 ? { value: null, format: "date", style: "cell" } : { value: value || null, style: "cell" };
    b.merge(r, labelEnd + 1, r, to);
    if (i === 2) dateCell = { row: r, col: labelEnd + 1 };
  });
  b.heights[r] = 22;
  return dateCell;
}

/**
 * The header band: each column's groups top down, then its own text, merged down to the band's last row; equal
 * groups of neighbouring columns merged across (基本资料 over four columns, 回访情况 over seven, 以往危房改造情况
 * over three, 处理意见 over two).
 */
function header(b: SheetBuilder, columns: readonly TemplateColumn[], depth: number): void {
  const top = b.next;
  for (let level = 0; level < depth; level++) {
    b.add(
      columns.map((c, col) => {
        // A group's text is written once, in the first column it spans (the merge shows it over the rest).
        const first = level < c.groups.length && groupPath(columns[col - 1], level) !== groupPath(c, level);
        const value = first ? (c.groups[level] ?? null) : level === c.groups.length ? c.header : null;
        return { value, style: "header" as const };
      }),
    );
  }
  columns.forEach((c, col) => {
    if (c.groups.length < depth - 1) b.merge(top + c.groups.length, col, top + depth - 1, col);
  });
  for (let level = 0; level < depth - 1; level++) {
    let col = 0;
    while (col < columns.length) {
      const path = groupPath(columns[col], level);
      let end = col;
      while (path !== undefined && end + 1 < columns.length && groupPath(columns[end + 1], level) === path)
        end++;
      if (path !== undefined && end > col) b.merge(top + level, col, top + level, end);
      col = end + 1;
    }
  }
  for (let level = 0; level < depth; level++) b.heights[top + level] = 24;
}

/** The groups of a column down to a level, joined (two 维修加固 columns under different groups never merge). */
function groupPath(c: TemplateColumn | undefined, level: number): string | undefined {
  if (!c || level >= c.groups.length) return undefined;
  return c.groups.slice(0, level + 1).join("\u0000");
}

/** A numbered row's cell: 序号 filled in, the rest empty with the column's number format and a border. */
function bodyCell(c: TemplateColumn, seq: number): SheetCell {
  switch (c.input.type) {
    case "seq":
      return { value: seq, style: "cell" };
    case "date":
      return { value: null, format: "date", style: "cell" };
    case "phone":
    case "id":
      return { value: null, format: "text", style: "cell" };
    default:
      return { value: null, style: "cell" };
  }
}
