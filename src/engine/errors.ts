import { isUiKey, t, type Locale, type UiKey } from "./messages";
import type { ParamValue } from "./model/types";

export type ErrorParams = Readonly<Record<string, ParamValue>>;

/**
 * The one error type a user is told about: a catalogue key (src/engine/messages, `ui`) and its slots, nothing
 * rendered. The text is made at the edge, in the user's language: `errorText(e, locale)` in the pane and the page,
 * `zh` / `en` on the CLI's stderr line. Hosts subclass it (OfficeHostError, WorkbookReadError) to add data such as
 * a code or the host's original error; they never build text in the constructor.
 */
export class AnjuError extends Error {
  constructor(
    readonly key: UiKey,
    readonly params: ErrorParams = {},
  ) {
    // The key is the message: logs and stack traces name the reason without choosing a language.
    super(key);
    this.name = "AnjuError";
  }

  /** The reason in one language; a subclass may add technical detail (to the English line only). */
  text(locale: Locale): string {
    return t(this.key, this.params, locale);
  }

  /** The reason in Chinese (the CLI's stderr line, a host notice). */
  get zh(): string {
    return this.text("zh-CN");
  }

  /** The reason in English. */
  get en(): string {
    return this.text("en-US");
  }
}

/**
 * A reason in the user's language: an AnjuError from the catalogue; anything else carrying `zh` and `en` (the
 * CLI's usage errors, an error rebuilt after crossing the worker boundary) in the matching one; else its message.
 */
export function errorText(e: unknown, locale: Locale): string {
  if (e instanceof AnjuError) return e.text(locale);
  if (e && typeof e === "object") {
    const { key, params, zh, en } = e as { key?: unknown; params?: unknown; zh?: unknown; en?: unknown };
    if (typeof key === "string" && isUiKey(key)) return t(key, (params ?? {}) as ErrorParams, locale);
    if (typeof zh === "string" && typeof en === "string") return locale === "en-US" ? en : zh;
  }
  return e instanceof Error ? e.message : String(e);
}
