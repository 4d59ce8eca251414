import { createContext, useContext, useMemo, type ReactNode } from "react";
import {
  kindLabel,
  ruleTitle,
  severityLabel,
  t as translate,
  type Locale,
  type UiKey,
} from "../engine/messages";
import type { ParamValue } from "../engine/model/types";

/**
 * The user's language: zh-CN unless the host says English. Office gives `Office.context.displayLanguage`
 * (`zh-CN`, `en-US` …), the browser `navigator.language`; a `?lang=` parameter overrides both (tests,
 * screenshots). Chinese first: anything that is neither Chinese nor English gets zh-CN.
 */
export function pickLocale(...candidates: ReadonlyArray<string | null | undefined>): Locale {
  for (const c of candidates) {
    if (!c) continue;
    const lang = c.toLowerCase();
    if (lang.startsWith("zh")) return "zh-CN";
    if (lang.startsWith("en")) return "en-US";
  }
  return "zh-CN";
}

/** `?lang=` of the page, if any. */
export function localeParam(search: string): string | undefined {
  return new URLSearchParams(search).get("lang") ?? undefined;
}

export interface Strings {
  readonly locale: Locale;
  t(key: UiKey, params?: Readonly<Record<string, ParamValue>>): string;
  severity(s: string): string;
  rule(id: string): string;
  kind(k: string): string;
}

export function makeStrings(locale: Locale): Strings {
  return {
    locale,
    t: (key, params = {}) => translate(key, params, locale),
    severity: (s) => severityLabel(s, locale),
    rule: (id) => ruleTitle(id, locale),
    kind: (k) => kindLabel(k, locale),
  };
}

const StringsContext = createContext<Strings>(makeStrings("zh-CN"));

export function StringsProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const strings = useMemo(() => makeStrings(locale), [locale]);
  return <StringsContext.Provider value={strings}>{children}</StringsContext.Provider>;
}

/** Every visible string of the front end comes through here, from the message catalogue. */
export function useStrings(): Strings {
  return useContext(StringsContext);
}
