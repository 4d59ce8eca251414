import type { CellError, CellValue } from "../model/types";
import { nfkc } from "./nfkc";

/** True for a formula error value such as `#N/A`. */
export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** The cell as the clerk reads it, trimmed; formula errors as their code; empty is "". */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.error;
}

export function isEmpty(v: CellValue): boolean {
  return cellText(v) === "";
}

/**
 * Folds full-width forms to ASCII (Ａ→A, （→(, ：→:, full-width digits and space) with NFKC, and removes every
 * kind of whitespace, so that header and value comparisons do not depend on how a sheet was typed.
 */
export function fold(text: string): string {
  return isFolded(text) ? text : nfkc(text).replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, "");
}

/**
 * True when NFKC and the whitespace removal leave the text as it is: only printable ASCII and CJK unified
 * ideographs (no decompositions, nothing that composes). Most cells are; this skips the costly normalize.
 */
function isFolded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x21 || c > 0x7e) && (c < 0x4e00 || c > 0x9fff)) return false;
  }
  return true;
}

/** `fold` plus upper case, for codes such as grades and ticks. */
export function foldUpper(text: string): string {
  return fold(text).toUpperCase();
}
