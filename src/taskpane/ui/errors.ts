import type { Locale } from "../../engine/messages";
import { t } from "../../engine/messages";
import type { ParamValue } from "../../engine/model/types";

/** A failure the user is told about in catalogue words: the key and its slots, rendered in the pane's language. */
export class KeyedError extends Error {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, ParamValue>> = {},
  ) {
    super(t(key, params));
    this.name = "KeyedError";
  }
}

/**
 * A reason in the user's language: errors with a catalogue key (KeyedError, the Office host's OfficeHostError)
 * are rendered from the catalogue; WorkbookReadError and CliError carry zh and en; anything else says its message.
 */
export function errorText(e: unknown, locale: Locale): string {
  if (e && typeof e === "object") {
    const { key, params, zh, en } = e as { key?: unknown; params?: unknown; zh?: unknown; en?: unknown };
    if (typeof key === "string") {
      const rendered = t(key, (params ?? {}) as Record<string, ParamValue>, locale);
      if (rendered !== key) return rendered;
    }
    if (typeof zh === "string" && typeof en === "string") return locale === "en-US" ? en : zh;
  }
  return e instanceof Error ? e.message : String(e);
}
