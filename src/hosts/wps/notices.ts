import { AnjuError, type ErrorParams } from "../../engine/errors";
import { t, type Locale, type UiKey } from "../../engine/messages";
import type { ParamValue } from "../../engine/model/types";

/** Something the clerk should know about a run that still did its job (a protected sheet left unmarked …). */
export interface Notice {
  /** Catalogue key (src/engine/messages, `wps…`). */
  readonly key: UiKey;
  readonly params: Readonly<Record<string, ParamValue>>;
}

export function noticeText(n: Notice, locale: Locale = "zh-CN"): string {
  return t(n.key, n.params, locale);
}

/** A run that could not be done at all: the reason's catalogue key (rendered by the front end) and what ET threw. */
export class WpsHostError extends AnjuError {
  constructor(
    key: UiKey,
    params: ErrorParams = {},
    readonly original?: unknown,
  ) {
    super(key, params);
    this.name = "WpsHostError";
  }
}

/** The HRESULT of a COM error as ET's bridge raises it (`number`, as in VBA's Err.Number), if any. */
export function comNumber(e: unknown): number | undefined {
  if (e && typeof e === "object" && "number" in e) {
    const n = (e as { number: unknown }).number;
    return typeof n === "number" ? n : undefined;
  }
  return undefined;
}

/** What ET throws, as a catalogue message; unknown errors keep ET's own text. */
export function explain(e: unknown): WpsHostError {
  if (e instanceof WpsHostError) return e;
  const message = e instanceof Error ? e.message : String(e);
  const n = comNumber(e);
  return new WpsHostError("wpsFailed", { message: n === undefined ? message : `${message} (${n})` }, e);
}
