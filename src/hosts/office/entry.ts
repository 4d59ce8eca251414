import type { SheetSpec, SheetValidation } from "../../engine/summary";
import type { UiKey } from "../../engine/messages";
import { COMMAND_BYTES, jsonBytes } from "./budget";
import { rangeAddress } from "./geometry";
import type { Batch, Session } from "./session";

/**
 * What a blank table (SPEC §12) adds to a sheet beyond values and styles, written through Excel's own API where
 * this Excel has it: data validation with input messages and alerts (ExcelApi 1.8), custom-formula conditional
 * formats (1.6), and A4 landscape with the header rows printed on every page (1.9). Returns the catalogue keys of
 * the notices for what this Excel could not add (the sheet is then plain there, and the clerk is told).
 *
 * A validation that only shows an input message (free text: 户主姓名, 房屋地址) has no rule, and Excel's API sets no
 * prompt without one; those are left out here (the .xlsx file written by the CLI and the page carries them).
 */
export async function writeEntryRules(s: Session, batch: Batch, spec: SheetSpec): Promise<UiKey[]> {
  const { ctx, caps } = s;
  const notices: UiKey[] = [];
  const sheet = () => ctx.workbook.worksheets.getItem(spec.name);
  const validations = (spec.validations ?? []).filter((v) => v.rule.type !== "any");
  if (validations.length > 0 && !caps.dataValidation) notices.push("tplNoValidation");
  if (caps.dataValidation) {
    for (const v of validations) {
      const rule = validationRule(v);
      await batch.add(
        { request: COMMAND_BYTES * 4 + jsonBytes(rule) + jsonBytes(v.prompt) + jsonBytes(v.error) },
        () => {
          const dv = sheet().getRange(rangeAddress(v.range)).dataValidation;
          dv.ignoreBlanks = true;
          dv.rule = rule;
          dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
          if (v.error)
            dv.errorAlert = {
              showAlert: true,
              style: ALERT[v.error.style],
              title: v.error.title,
              message: v.error.text,
            };
        },
      );
    }
  }
  const formats = spec.conditionalFormats ?? [];
  if (formats.length > 0 && !caps.conditionalFormats) notices.push("tplNoFormats");
  if (caps.conditionalFormats) {
    // One format per range (each written for its own first row, which all ranges share); set in order, so the
    // first (an error's colour) has the highest priority, as in the written file.
    let priority = 0;
    for (const cf of formats) {
      for (const range of cf.ranges) {
        const at = priority++;
        await batch.add({ request: COMMAND_BYTES * 4 + jsonBytes(cf.formula) }, () => {
          const format = sheet().getRange(rangeAddress(range)).conditionalFormats.add("Custom");
          format.custom.rule.formula = `=${cf.formula}`;
          format.custom.format.fill.color = cf.fill;
          format.priority = at;
        });
      }
    }
  }
  const print = spec.print;
  if (print && caps.pageLayout) {
    await batch.add({ request: COMMAND_BYTES * 4 }, () => {
      const layout = sheet().pageLayout;
      layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = "A4";
      if (print.titleRows)
        layout.setPrintTitleRows(`$${print.titleRows.top + 1}:$${print.titleRows.bottom + 1}`);
    });
  }
  return notices;
}

const ALERT = { stop: "Stop", warning: "Warning", information: "Information" } as const;

type Rule = Excel.DataValidationRule;

/** The engine's rule in Excel's words (DataValidationRule: exactly one of its kinds). */
export function validationRule(v: SheetValidation): Rule {
  const r = v.rule;
  switch (r.type) {
    case "list":
      return { list: { inCellDropDown: true, source: r.values.join(",") } };
    case "date":
      return { date: { formula1: r.from, formula2: r.to, operator: "Between" } };
    case "whole":
    case "decimal":
    case "textLength": {
      const kind = r.type === "whole" ? "wholeNumber" : r.type;
      const { min, max } = r;
      const basic: Excel.BasicDataValidation =
        min !== undefined && max !== undefined
          ? min === max
            ? { formula1: min, operator: "EqualTo" }
            : { formula1: min, formula2: max, operator: "Between" }
          : min !== undefined
            ? { formula1: min, operator: "GreaterThanOrEqualTo" }
            : { formula1: max ?? 0, operator: "LessThanOrEqualTo" };
      return { [kind]: basic } as Rule;
    }
    case "any":
      return {};
  }
}
