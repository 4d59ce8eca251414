import type { Finding, ParamValue, RelatedPlace } from "../model/types";
import { enUS } from "./en-US";
import { zhCN, type Catalogue, type UiKey } from "./zh-CN";

export type { RuleKey, UiKey } from "./zh-CN";

export type Locale = "zh-CN" | "en-US";
const CATALOGUES: Record<Locale, Catalogue> = { "zh-CN": zhCN, "en-US": enUS };

/** Fills `{slot}` placeholders; an unknown slot stays visible rather than vanishing. */
export function format(template: string, params: Readonly<Record<string, ParamValue>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    return v === undefined ? whole : String(v);
  });
}

function ruleEntry(locale: Locale, key: string): { title: string; message: string } | undefined {
  return CATALOGUES[locale].rules[key] ?? (locale === "zh-CN" ? undefined : CATALOGUES["zh-CN"].rules[key]);
}

/** The finding's message in the user's language, refined by its `problem`/`scope` parameter when the catalogue has it. */
export function renderMessage(f: Pick<Finding, "ruleId" | "params">, locale: Locale = "zh-CN"): string {
  const variant = f.params.problem ?? f.params.scope;
  const entry =
    (variant !== undefined ? ruleEntry(locale, `${f.ruleId}.${variant}`) : undefined) ??
    ruleEntry(locale, f.ruleId);
  if (!entry) return f.ruleId;
  const name = f.params.name;
  const params: Record<string, ParamValue> = {};
  for (const [k, v] of Object.entries(f.params)) params[k] = clip(v);
  params.name = name === undefined || name === "" ? "（户主未填）" : clip(name);
  return format(entry.message, params);
}

/**
 * Cell text quoted in a message is cut to this many characters. A 32,767-character cell quoted whole in every
 * finding of its row (and in every row sharing it) made reports of gigabytes; nobody reads past the start.
 */
export const QUOTED_MAX = 100;

function clip(v: ParamValue): ParamValue {
  if (typeof v !== "string" || v.length <= QUOTED_MAX) return v;
  // Never cut an emoji (a surrogate pair) in half.
  const high = v.charCodeAt(QUOTED_MAX - 1);
  return `${v.slice(0, high >= 0xd800 && high <= 0xdbff ? QUOTED_MAX - 1 : QUOTED_MAX)}…`;
}

export function ruleTitle(id: string, locale: Locale = "zh-CN"): string {
  return ruleEntry(locale, id)?.title ?? id;
}

export function t(
  key: UiKey,
  params: Readonly<Record<string, ParamValue>> = {},
  locale: Locale = "zh-CN",
): string {
  const template = CATALOGUES[locale].ui[key] ?? CATALOGUES["zh-CN"].ui[key] ?? key;
  return format(template, params);
}

/** Whether a string from outside the typed code (an error rebuilt after crossing the worker boundary) is a key. */
export function isUiKey(key: string): key is UiKey {
  return Object.prototype.hasOwnProperty.call(zhCN.ui, key);
}

export function severityLabel(severity: string, locale: Locale = "zh-CN"): string {
  return CATALOGUES[locale].severity[severity] ?? severity;
}

export function kindLabel(kind: string, locale: Locale = "zh-CN"): string {
  return CATALOGUES[locale].kind[kind] ?? kind;
}

/** A related place of a cross-table finding as one line of text: `file sheet!row cells`. */
export function placeText(p: Readonly<RelatedPlace>): string {
  return `${p.file} ${p.sheet}!${p.row}${p.cells.length > 0 ? ` ${p.cells.join(",")}` : ""}`;
}

/** Text of a cell note: rule ID and severity, message, clause (and a cross-table finding's related places). */
export function noteText(
  findings: ReadonlyArray<Pick<Finding, "ruleId" | "severity" | "params" | "clause" | "related">>,
  locale: Locale = "zh-CN",
): string {
  return findings
    .map(
      (f) =>
        `${t("noteHeader", { ruleId: f.ruleId, severity: severityLabel(f.severity, locale) }, locale)}\n` +
        `${renderMessage(f, locale)}\n${t("noteClause", { clause: f.clause }, locale)}` +
        (f.related ?? []).map((p) => `\n${t("cliRelated", { place: placeText(p) }, locale)}`).join(""),
    )
    .join("\n\n");
}
