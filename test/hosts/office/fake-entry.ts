/**
 * Data validation (ExcelApi 1.8), conditional formats (1.6) and the page layout (1.9) in the fake Excel, as
 * Microsoft documents them (Excel JavaScript API reference: Excel.DataValidation, Excel.DataValidationRule,
 * Excel.ConditionalFormatCollection, Excel.CustomConditionalFormat, Excel.PageLayout): only what a blank table
 * (SPEC §12) sets is modelled, and anything else throws rather than pass unnoticed.
 */
import type { CellRange } from "../../../src/engine/model/types";
import { FakeOfficeError, type SheetModel } from "./fake-model";

export interface ValidationModel {
  readonly range: CellRange;
  rule?: Record<string, Record<string, unknown>>;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatModel {
  readonly range: CellRange;
  readonly type: string;
  formula?: string;
  fill?: string;
}

export interface PageLayoutModel {
  orientation?: string;
  paperSize?: string;
  printTitleRows?: string;
}

/** Queues a command on the range (write-checked: protected sheets and read-only workbooks refuse it). */
export type Enqueue = (
  op: string,
  args: unknown,
  minApi: number,
  run: (sheet: SheetModel, range: CellRange) => void,
) => void;

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const RULE_KINDS = ["wholeNumber", "decimal", "date", "time", "textLength", "list", "custom"];
const ALERT_STYLES = ["Stop", "Warning", "Information"];
const same = (a: CellRange, b: CellRange) =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

function bad(message: string): never {
  throw new FakeOfficeError("InvalidArgument", message);
}

/** A DataValidationRule holds exactly one kind, each with its documented fields. */
function checkRule(rule: unknown): Record<string, Record<string, unknown>> {
  if (typeof rule !== "object" || rule === null) bad("dataValidation.rule must be an object");
  const kinds = Object.keys(rule);
  if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0] as string))
    bad(`one rule kind expected: ${kinds.join()}`);
  const kind = kinds[0] as string;
  const body = (rule as Record<string, Record<string, unknown>>)[kind] ?? {};
  if (kind === "list") {
    if (typeof body.source !== "string" || body.source === "") bad("list.source must be a text");
    if (body.inCellDropDown !== undefined && typeof body.inCellDropDown !== "boolean")
      bad("list.inCellDropDown");
  } else if (kind === "custom") {
    if (typeof body.formula !== "string") bad("custom.formula must be a text");
  } else {
    if (!OPERATORS.includes(String(body.operator))) bad(`${kind}.operator ${String(body.operator)}`);
    if (body.formula1 === undefined) bad(`${kind}.formula1 missing`);
    const two = body.operator === "Between" || body.operator === "NotBetween";
    if (two !== (body.formula2 !== undefined)) bad(`${kind}.formula2 goes with Between/NotBetween only`);
  }
  return rule as Record<string, Record<string, unknown>>;
}

/** `range.dataValidation`: set-only here (what the host does). */
export function dataValidationProxy(enqueue: Enqueue) {
  const on = (sheet: SheetModel, range: CellRange): ValidationModel => {
    let v = sheet.validations.find((x) => same(x.range, range));
    if (!v) {
      v = { range };
      sheet.validations.push(v);
    }
    return v;
  };
  return {
    set rule(rule: Excel.DataValidationRule) {
      enqueue("dataValidation.rule=", rule, 8, (sheet, range) => {
        on(sheet, range).rule = checkRule(rule);
      });
    },
    set prompt(prompt: Excel.DataValidationPrompt) {
      enqueue("dataValidation.prompt=", prompt, 8, (sheet, range) => {
        on(sheet, range).prompt = { ...prompt };
      });
    },
    set errorAlert(alert: Excel.DataValidationErrorAlert) {
      enqueue("dataValidation.errorAlert=", alert, 8, (sheet, range) => {
        if (alert.style !== undefined && !ALERT_STYLES.includes(String(alert.style)))
          bad(`errorAlert.style ${String(alert.style)}`);
        on(sheet, range).errorAlert = { ...alert } as NonNullable<ValidationModel["errorAlert"]>;
      });
    },
    set ignoreBlanks(value: boolean) {
      enqueue("dataValidation.ignoreBlanks=", value, 8, (sheet, range) => {
        on(sheet, range).ignoreBlanks = value;
      });
    },
  };
}

/**
 * `range.conditionalFormats.add(type)`: only `Custom` is modelled. A new format goes first (highest priority), as a
 * new rule does in Excel; setting `priority` moves it, the others keep their order.
 */
export function conditionalFormatsProxy(enqueue: Enqueue) {
  return {
    add(type: string) {
      if (type !== "Custom") throw new Error(`fake: conditional format type ${type} not modelled`);
      let model: ConditionalFormatModel | undefined;
      let sheetOf: SheetModel | undefined;
      enqueue("conditionalFormats.add", [type], 6, (sheet, range) => {
        model = { range, type };
        sheetOf = sheet;
        sheet.conditionalFormats.unshift(model);
      });
      const later = (op: string, args: unknown, run: (m: ConditionalFormatModel, s: SheetModel) => void) =>
        enqueue(op, args, 6, () => {
          if (!model || !sheetOf) throw new FakeOfficeError("ItemNotFound", "conditional format not added");
          run(model, sheetOf);
        });
      return {
        set priority(p: number) {
          later("conditionalFormat.priority=", p, (m, s) => {
            const list = s.conditionalFormats;
            list.splice(list.indexOf(m), 1);
            list.splice(Math.max(0, Math.min(p, list.length)), 0, m);
          });
        },
        custom: {
          rule: {
            set formula(f: string) {
              later("custom.rule.formula=", f, (m) => {
                if (!f.startsWith("=")) bad("custom.rule.formula is a formula starting with =");
                m.formula = f;
              });
            },
          },
          format: {
            fill: {
              set color(c: string) {
                later("custom.format.fill.color=", c, (m) => {
                  m.fill = c.toUpperCase();
                });
              },
            },
          },
        },
      };
    },
  };
}

/** `worksheet.pageLayout` (ExcelApi 1.9): orientation, paper size and the print title rows. */
export function pageLayoutProxy(
  enqueue: (op: string, args: unknown, run: (sheet: SheetModel) => void) => void,
) {
  return {
    set orientation(o: string) {
      enqueue("pageLayout.orientation=", o, (sheet) => {
        if (o !== "Landscape" && o !== "Portrait") bad(`orientation ${o}`);
        sheet.page.orientation = o;
      });
    },
    set paperSize(p: string) {
      enqueue("pageLayout.paperSize=", p, (sheet) => {
        sheet.page.paperSize = p;
      });
    },
    setPrintTitleRows(rows: string) {
      enqueue("pageLayout.setPrintTitleRows", rows, (sheet) => {
        if (!/^\$\d+:\$\d+$/.test(rows)) bad(`print title rows ${rows}`);
        sheet.page.printTitleRows = rows;
      });
    },
  };
}
