import { CLAUSE_SOURCES } from "../messages/clauses";
import { t, type Locale } from "../messages";
import type { CellRange } from "../model/types";
import type { SheetValidation, ValidationRule } from "../summary/sheets/layout";
import type { ColumnInput, TemplateColumn } from "./columns";

/** Excel's limits on an input message and an error alert (longer ones make Excel repair the file). */
export const PROMPT_TITLE_MAX = 32;
export const PROMPT_TEXT_MAX = 255;

export const YEAR_MIN = 1980;
export const YEAR_MAX = 2100;
export const DATE_FROM = "2000-01-01";
export const DATE_TO = "2100-12-31";
export const TICK = "√";

/**
 * The data validation of one column over the given rows: the rule, an input message (what to type, then the clause
 * it comes from, quoted from the standard) and a Chinese error alert. Undefined for 序号 (numbered in advance).
 */
export function columnValidation(
  column: TemplateColumn,
  range: CellRange,
  locale: Locale,
): SheetValidation | undefined {
  const v = validationOf(column.input, column.header, locale);
  if (!v) return undefined;
  const title = clip(column.header, PROMPT_TITLE_MAX);
  const prompt = { title, text: promptText(v.hint, column.clause) };
  if (!v.error) return { range, rule: v.rule, prompt };
  return {
    range,
    rule: v.rule,
    prompt,
    error: {
      title: clip(t("tplErrorTitle", { column: column.header }, locale), PROMPT_TITLE_MAX),
      text: clip(v.error, PROMPT_TEXT_MAX),
      style: v.open ? "warning" : "stop",
    },
  };
}

/** The 填报日期 cell of the meta row: a date, quoting TZ 注1 (one table per village, filled by the township). */
export function fillDateValidation(range: CellRange, label: string, locale: Locale): SheetValidation {
  const v = validationOf({ type: "date" }, label, locale) as Parts;
  return {
    range,
    rule: v.rule,
    prompt: { title: clip(label, PROMPT_TITLE_MAX), text: promptText(v.hint, "TZ 注1") },
    error: {
      title: clip(t("tplErrorTitle", { column: label }, locale), PROMPT_TITLE_MAX),
      text: clip(v.error ?? "", PROMPT_TEXT_MAX),
      style: "stop",
    },
  };
}

interface Parts {
  readonly rule: ValidationRule;
  readonly hint: string;
  readonly error?: string;
  readonly open?: boolean;
}

function validationOf(input: ColumnInput, column: string, l: Locale): Parts | undefined {
  switch (input.type) {
    case "seq":
      return undefined;
    case "text":
      return { rule: { type: "any" }, hint: t(input.hint, {}, l) };
    case "phone":
      return {
        rule: { type: "textLength", min: 7 },
        hint: t("tplHintPhone", {}, l),
        error: t("tplErrorPhone", { column }, l),
        open: true,
      };
    case "id":
      return {
        rule: { type: "textLength", min: 18, max: 18 },
        hint: t("tplHintId", {}, l),
        error: t("tplErrorId", { column }, l),
      };
    case "tick":
      return {
        rule: { type: "list", values: [TICK] },
        hint: t("tplHintTick", { tick: TICK }, l),
        error: t("tplErrorTick", { column, tick: TICK }, l),
      };
    case "year":
      return {
        rule: { type: "whole", min: YEAR_MIN, max: YEAR_MAX },
        hint: t("tplHintYear", { min: YEAR_MIN, max: YEAR_MAX }, l),
        error: t("tplErrorYear", { column, min: YEAR_MIN, max: YEAR_MAX }, l),
      };
    case "date":
      return {
        rule: { type: "date", from: DATE_FROM, to: DATE_TO },
        hint: t("tplHintDate", {}, l),
        error: t("tplErrorDate", { column, from: DATE_FROM, to: DATE_TO }, l),
      };
    case "list": {
      const values = input.values.join(t("tplListJoin", {}, l));
      if (input.other) {
        const other = t(input.other, {}, l);
        return {
          rule: { type: "list", values: input.values },
          hint: t("tplHintListOpen", { values, other }, l),
          error: t("tplErrorListOpen", { column, values, other }, l),
          open: true,
        };
      }
      return {
        rule: { type: "list", values: input.values },
        hint: t("tplHintList", { values }, l),
        error: t("tplErrorList", { column, values }, l),
      };
    }
    case "whole":
      return {
        rule: { type: "whole", min: input.min, max: input.max },
        hint: t("tplHintWhole", { min: input.min, max: input.max }, l),
        error: t("tplErrorWhole", { column, min: input.min, max: input.max }, l),
      };
    case "amount":
      return {
        rule: { type: "decimal", min: 0 },
        hint: t("tplHintAmount", { unit: input.unit }, l),
        error: t("tplErrorAmount", { column, unit: input.unit }, l),
      };
  }
}

/**
 * What to type, then the clause in the standard's own words (`TZ 注3：此表…`, `SX 三.1(3)：易地扶贫搬迁…`); cut
 * with … to Excel's 255 characters. No line break between them: ExcelJS writes the message as an attribute, where a
 * raw line break is read back as a space.
 */
function promptText(hint: string, clause: string | undefined): string {
  const quotes = clause === undefined ? undefined : CLAUSE_SOURCES[clause]?.quotes;
  if (clause === undefined || !quotes || quotes.length === 0) return clip(hint, PROMPT_TEXT_MAX);
  const doc = clause.split(" ")[0] ?? "";
  const number = clause.slice(doc.length + 1);
  const text = quotes.join("");
  const cited = text.startsWith(number) ? `${doc} ${text}` : `${clause}：${text}`;
  return clip(`${hint}${cited}`, PROMPT_TEXT_MAX);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
