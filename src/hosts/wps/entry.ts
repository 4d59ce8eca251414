import type { UiKey } from "../../engine/messages";
import { a1 } from "../../engine/model/address";
import type { SheetSpec, SheetValidation } from "../../engine/summary";
import { bgrOf, type EtApp, type EtWorksheet } from "./et";
import { rectAddress } from "./read";

/** EtXlDVType. */
const DV_TYPE = { any: 0, whole: 1, decimal: 2, list: 3, date: 4, textLength: 6 } as const;
/** EtXlDVAlertStyle. */
const ALERT = { stop: 1, warning: 2, information: 3 } as const;
/** EtXlFormatConditionOperator. */
const XL_BETWEEN = 1;
const XL_EQUAL = 3;
const XL_GREATER_EQUAL = 7;
const XL_LESS_EQUAL = 8;
/** EtXlFormatConditionType xlExpression. */
const XL_EXPRESSION = 2;
const XL_LANDSCAPE = 2;
const XL_PORTRAIT = 1;
const XL_PAPER_A4 = 9;

/**
 * What a blank table (SPEC §12) adds beyond values and styles, through ET's own object model (VBA's, as WPS
 * documents it in lib.et.d.ts): data validation with input messages and alerts (Range.Validation.Add), live
 * colours for the cross-field errors (Range.FormatConditions.Add with xlExpression, Interior.Color in BGR), the
 * frozen header (ActiveWindow.SplitRow/SplitColumn + FreezePanes) and A4 landscape with the header rows printed on
 * every page (PageSetup). `ws` is the sheet just written, active. Each part is tried on its own: a part this WPS
 * refuses leaves the sheet plain there and gives a notice key, never a failure.
 */
export function writeEntryRules(app: EtApp, ws: EtWorksheet, spec: SheetSpec): UiKey[] {
  const notices: UiKey[] = [];
  const validations = spec.validations ?? [];
  if (validations.length > 0 && !attempt(() => validations.forEach((v) => addValidation(ws, v))))
    notices.push("wpsTplNoValidation");
  const formats = spec.conditionalFormats ?? [];
  if (formats.length > 0 && !attempt(() => addFormats(ws, spec))) notices.push("wpsTplNoFormats");
  const freeze = spec.freeze;
  const print = spec.print;
  const layout = attempt(() => {
    if (freeze && (freeze.rows > 0 || freeze.cols > 0)) freezePanes(app, freeze);
  });
  const printed = attempt(() => {
    if (!print) return;
    const page = ws.PageSetup;
    page.Orientation = print.orientation === "landscape" ? XL_LANDSCAPE : XL_PORTRAIT;
    page.PaperSize = XL_PAPER_A4;
    if (print.titleRows) page.PrintTitleRows = `$${print.titleRows.top + 1}:$${print.titleRows.bottom + 1}`;
    if (print.fitWidth) {
      page.Zoom = false;
      page.FitToPagesWide = 1;
      page.FitToPagesTall = false;
    }
  });
  if (!layout || !printed) notices.push("wpsTplNoLayout");
  return notices;
}

function attempt(fn: () => void): boolean {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
}

function addValidation(ws: EtWorksheet, v: SheetValidation): void {
  const dv = ws.Range(rectAddress(v.range)).Validation;
  // A cell holds one rule; none is there on a new sheet, but Delete() is harmless and makes Add never raise.
  dv.Delete();
  const [type, operator, f1, f2] = etRule(v);
  const alert = v.error ? ALERT[v.error.style] : ALERT.stop;
  if (type === DV_TYPE.any || type === DV_TYPE.list) dv.Add(type, alert, operator, f1);
  else dv.Add(type, alert, operator, f1, f2);
  dv.IgnoreBlank = true;
  if (type === DV_TYPE.list) dv.InCellDropdown = true;
  dv.InputTitle = v.prompt.title;
  dv.InputMessage = v.prompt.text;
  dv.ShowInput = true;
  if (v.error) {
    dv.ErrorTitle = v.error.title;
    dv.ErrorMessage = v.error.text;
    dv.ShowError = true;
  } else {
    dv.ShowError = false;
  }
}

type EtRule = [type: number, operator: number | undefined, formula1: string | undefined, formula2?: string];

/** The engine's rule as Validation.Add's arguments. */
export function etRule(v: SheetValidation): EtRule {
  const r = v.rule;
  switch (r.type) {
    case "any":
      return [DV_TYPE.any, undefined, undefined];
    case "list":
      return [DV_TYPE.list, undefined, r.values.join(",")];
    case "date":
      return [DV_TYPE.date, XL_BETWEEN, dateFormula(r.from), dateFormula(r.to)];
    case "whole":
    case "decimal":
    case "textLength": {
      const type = DV_TYPE[r.type];
      const { min, max } = r;
      if (min !== undefined && max !== undefined)
        return min === max ? [type, XL_EQUAL, String(min)] : [type, XL_BETWEEN, String(min), String(max)];
      if (min !== undefined) return [type, XL_GREATER_EQUAL, String(min)];
      return [type, XL_LESS_EQUAL, String(max ?? 0)];
    }
  }
}

/** `2000-01-01` → `=DATE(2000,1,1)`: a date whatever the computer's date format (a text date is read by it). */
function dateFormula(ymd: string): string {
  const [y, m, d] = ymd.split("-").map(Number);
  return `=DATE(${y ?? 1900},${m ?? 1},${d ?? 1})`;
}

/**
 * One rule per range, in the spec's order, each moved last so that the first (an error's colour) keeps the
 * highest priority, as in the written file. The formula is written for the first row of its ranges; ET (like
 * Excel's FormatConditions.Add) reads its relative references from the active cell, so that cell — the range's
 * top-left — is selected first.
 */
function addFormats(ws: EtWorksheet, spec: SheetSpec): void {
  for (const cf of spec.conditionalFormats ?? []) {
    for (const range of cf.ranges) {
      ws.Range(a1(range.top, range.left)).Select();
      const condition = ws
        .Range(rectAddress(range))
        .FormatConditions.Add(XL_EXPRESSION, undefined, `=${cf.formula}`);
      condition.Interior.Color = bgrOf(cf.fill);
      condition.SetLastPriority();
    }
  }
}

/** Rows above and columns left of the split stay in view (VBA's way: unfreeze, scroll home, split, freeze). */
function freezePanes(app: EtApp, freeze: { rows: number; cols: number }): void {
  const win = app.ActiveWindow;
  if (!win) throw new Error("no active window");
  win.FreezePanes = false;
  win.ScrollRow = 1;
  win.ScrollColumn = 1;
  win.SplitColumn = freeze.cols;
  win.SplitRow = freeze.rows;
  win.FreezePanes = true;
}
