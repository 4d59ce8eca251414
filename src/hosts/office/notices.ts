import { AnjuError, type ErrorParams } from "../../engine/errors";
import { t, type Locale, type UiKey } from "../../engine/messages";
import type { ParamValue } from "../../engine/model/types";

/**
 * Something the clerk should know about a run that still did its job (a protected sheet left unmarked, an Excel
 * without notes): shown in the task pane or the ribbon's message, never thrown.
 */
export interface Notice {
  /** Catalogue key (src/engine/messages, `office…`). */
  readonly key: UiKey;
  readonly params: Readonly<Record<string, ParamValue>>;
}

export function noticeText(n: Notice, locale: Locale = "zh-CN"): string {
  return t(n.key, n.params, locale);
}

/**
 * A run that could not be done at all (Excel busy editing a cell, a workbook it refuses to write): the reason's
 * catalogue key, rendered by the front end (`errorText`), and what Excel threw.
 */
export class OfficeHostError extends AnjuError {
  constructor(
    key: UiKey,
    params: ErrorParams = {},
    readonly original?: unknown,
  ) {
    super(key, params);
    this.name = "OfficeHostError";
  }
}

/** The `code` of an OfficeExtension.Error (or of the test fake's), if any. */
export function officeErrorCode(e: unknown): string | undefined {
  if (e && typeof e === "object" && "code" in e) {
    const code = (e as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/** Turns what Excel throws into a clear catalogue message; unknown errors keep Excel's own text. */
export function explain(e: unknown): OfficeHostError {
  if (e instanceof OfficeHostError) return e;
  const code = officeErrorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new OfficeHostError("officeCellEditMode", {}, e);
    case "AccessDenied":
      return new OfficeHostError("officeAccessDenied", {}, e);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new OfficeHostError("officeTooLarge", {}, e);
    default:
      return new OfficeHostError("officeFailed", { message: code ? `${code}: ${message}` : message }, e);
  }
}
