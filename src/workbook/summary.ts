import { AnjuError } from "../engine/errors";
import { MARK_COLORS } from "../engine/marks";
import type { Locale } from "../engine/messages";
import ExcelJS from "exceljs";
import { columnLetter } from "../engine/model/address";
import type { CellRange } from "../engine/model/types";
import type {
  CellStyle,
  SheetCell,
  SheetConditionalFormat,
  SheetSpec,
  SheetValidation,
} from "../engine/summary";

const FORMATS = { date: "yyyy-mm-dd", yuan: "#,##0", percent: "0.00%", text: "@" } as const;
const THIN = { style: "thin" as const, color: { argb: "FFB4B4B4" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FILLS: Partial<Record<CellStyle, string>> = {
  header: "FFD9E1F2",
  subtotal: "FFF2F2F2",
  total: "FFE2EFDA",
  warn: `FF${MARK_COLORS.warning}`,
};

/** The existing output workbook cannot be updated; it is left as it was. `detail`: what ExcelJS said. */
export class SummaryOutputError extends AnjuError {
  constructor(readonly detail: string) {
    super("cliSummaryOutputUnreadable");
    this.name = "SummaryOutputError";
  }

  override text(locale: Locale): string {
    const line = super.text(locale);
    return locale === "en-US" ? `${line} (${this.detail})` : line;
  }
}

/**
 * Writes summary sheets into a workbook: a new one, or an existing output whose own summary sheets (`isOwn`, and
 * any sheet named like a new one) are replaced while every other sheet is kept. Values are written as values —
 * a text beginning with `=` stays text — so nothing in a summary is ever run as a formula.
 */
export async function writeSummaryWorkbook(
  existing: Uint8Array | undefined,
  sheets: readonly SheetSpec[],
  isOwn: (name: string) => boolean,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (existing) {
    try {
      await wb.xlsx.load(existing as unknown as ArrayBuffer);
    } catch (e) {
      throw new SummaryOutputError(e instanceof Error ? e.message : String(e));
    }
  } else {
    wb.creator = "Anju 安居台账核查";
  }
  const replaced = new Set(sheets.map((s) => s.name));
  for (const ws of [...wb.worksheets]) {
    if (isOwn(ws.name) || replaced.has(ws.name)) wb.removeWorksheet(ws.id);
  }
  for (const spec of sheets) writeSheet(wb, spec);
  // The first summary sheet is the one a clerk should see on opening.
  const first = wb.worksheets.findIndex((ws) => ws.name === sheets[0]?.name);
  if (first >= 0)
    wb.views = [
      { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: first, visibility: "visible" },
    ];
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name);
  spec.widths.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  spec.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      writeCell(ws.getCell(r + 1, c + 1), cell);
    });
  });
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (spec.freeze) {
    ws.views = [{ state: "frozen", xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }];
  }
  if (spec.filter) {
    const f = spec.filter;
    ws.autoFilter = `${columnLetter(f.left)}${f.top + 1}:${columnLetter(f.right)}${f.bottom + 1}`;
  }
  for (const [r, h] of Object.entries(spec.heights ?? {})) ws.getRow(Number(r) + 1).height = h;
  for (const v of spec.validations ?? []) addValidation(ws, v);
  (spec.conditionalFormats ?? []).forEach((cf, i) => addConditionalFormat(ws, cf, i + 1));
  if (spec.print) {
    const p = spec.print;
    // 9 is A4 in OOXML's paperSize list; fit to one page wide, as many pages down as it takes.
    ws.pageSetup.paperSize = 9;
    ws.pageSetup.orientation = p.orientation;
    if (p.fitWidth) Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    if (p.titleRows) ws.pageSetup.printTitlesRow = `${p.titleRows.top + 1}:${p.titleRows.bottom + 1}`;
  }
}

/**
 * Writes a new workbook holding only the given sheets (a blank table, SPEC §12), with the same cell writer as the
 * summaries.
 */
export async function writeSheetsWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  return writeSummaryWorkbook(undefined, sheets, () => false);
}

function rangeRef(r: CellRange): string {
  const a = `${columnLetter(r.left)}${r.top + 1}`;
  const b = `${columnLetter(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** ExcelJS's worksheet-level validations (`dataValidations.add(range, …)`, one sqref per range; untyped). */
interface ValidationTarget {
  readonly dataValidations: { add(address: string, validation: Record<string, unknown>): void };
}

function addValidation(ws: ExcelJS.Worksheet, v: SheetValidation): void {
  const rule = v.rule;
  const model: Record<string, unknown> = {
    type: rule.type,
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.text,
    formulae: [],
  };
  if (rule.type === "list") {
    model.formulae = [`"${rule.values.map((x) => x.replace(/"/g, '""')).join(",")}"`];
  } else if (rule.type === "date") {
    model.formulae = [rule.from, rule.to];
    model.operator = "between";
  } else if (rule.type !== "any") {
    const { min, max } = rule;
    if (min !== undefined && max !== undefined) {
      model.operator = min === max ? "equal" : "between";
      model.formulae = min === max ? [min] : [min, max];
    } else if (min !== undefined) {
      model.operator = "greaterThanOrEqual";
      model.formulae = [min];
    } else if (max !== undefined) {
      model.operator = "lessThanOrEqual";
      model.formulae = [max];
    }
  }
  if (v.error) {
    Object.assign(model, {
      showErrorMessage: true,
      errorStyle: v.error.style,
      errorTitle: v.error.title,
      error: v.error.text,
    });
  }
  (ws as unknown as ValidationTarget).dataValidations.add(rangeRef(v.range), model);
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: SheetConditionalFormat, priority: number): void {
  ws.addConditionalFormatting({
    ref: cf.ranges.map(rangeRef).join(" "),
    rules: [
      {
        type: "expression",
        priority,
        formulae: [cf.formula],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${cf.fill.replace(/^#/, "")}` } },
        },
      },
    ],
  });
}

function writeCell(target: ExcelJS.Cell, cell: SheetCell): void {
  const link = cell.link;
  if (link && cell.value !== null) {
    const hyperlink = "href" in link ? link.href : `#'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
    target.value = { text: String(cell.value), hyperlink };
    target.font = { color: { argb: "FF0563C1" }, underline: true };
  } else {
    target.value = cell.value;
  }
  if (cell.format) target.numFmt = FORMATS[cell.format];
  switch (cell.style) {
    case "title":
      target.font = { bold: true, size: 14 };
      target.alignment = { horizontal: "center", vertical: "middle" };
      break;
    case "header":
      target.font = { bold: true };
      target.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      target.border = BORDER;
      break;
    case "subtotal":
    case "total":
      target.font = { ...(target.font ?? {}), bold: true };
      target.border = BORDER;
      break;
    case "warn":
      target.font = { color: { argb: "FF9C5700" } };
      break;
    case "cell":
      target.border = BORDER;
      target.alignment = { vertical: "middle" };
      break;
    case "note":
      target.alignment = { horizontal: "left", vertical: "top", wrapText: true };
      break;
    default:
      break;
  }
  const fill = cell.style ? FILLS[cell.style] : undefined;
  if (fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
}
