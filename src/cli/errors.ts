import { AnjuError, type ErrorParams } from "../engine/errors";
import { t, type Locale, type UiKey } from "../engine/messages";

export interface CliErrorParts {
  /** Another error's reason, rendered in the same language into the `{reason}` slot. */
  readonly reason?: AnjuError;
  /** Lists, joined with the language's list separator into their slots. */
  readonly lists?: Readonly<Record<string, readonly string[]>>;
  /** Technical detail (what the OS or a parser said), added in brackets to the English line only. */
  readonly detail?: string;
}

/**
 * A usage or file error of the command line (exit 2): a catalogue key and its slots like every AnjuError, rendered
 * on stderr as `anju: <zh> / <en>` by main.ts; nothing is worded here.
 */
export class CliError extends AnjuError {
  constructor(
    key: UiKey,
    params: ErrorParams = {},
    readonly parts: CliErrorParts = {},
  ) {
    super(key, params);
    this.name = "CliError";
  }

  override text(locale: Locale): string {
    const params: Record<string, ErrorParams[string]> = { ...this.params };
    if (this.parts.reason) params.reason = this.parts.reason.text(locale);
    for (const [k, v] of Object.entries(this.parts.lists ?? {})) {
      params[k] = v.join(t("tplListJoin", {}, locale));
    }
    const line = t(this.key, params, locale);
    return locale === "en-US" && this.parts.detail ? `${line} (${this.parts.detail})` : line;
  }
}
