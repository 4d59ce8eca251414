import type { CellValue } from "../model/types";
import { cellText, isCellError } from "./text";
import { nfkc } from "./nfkc";

/** A calendar date without time zone. */
export interface YMD {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export function isValidYMD(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Arithmetic for real dates (this runs for every date cell); Date for anything else, as before.
  if (Number.isInteger(y) && y >= 100 && Number.isInteger(m) && m >= 1 && m <= 12) {
    return m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : (MONTH_DAYS[m - 1] ?? 31);
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Days since 1970-01-01 (UTC), for comparisons and arithmetic. */
export function dayNumber(date: YMD): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / 86_400_000);
}

export function compareYMD(a: YMD, b: YMD): number {
  return dayNumber(a) - dayNumber(b);
}

export function formatYMD(date: YMD): string {
  return `${date.y}-${String(date.m).padStart(2, "0")}-${String(date.d).padStart(2, "0")}`;
}

/** `date` moved back by whole calendar months, the day clamped to the month's end (08-31 − 6 → 02-29). */
export function minusMonths(date: YMD, months: number): YMD {
  const total = date.y * 12 + (date.m - 1) - months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** Excel serial → date. 1900 system: serial 60 is Excel's phantom 1900-02-29, treated as 02-28. */
export function fromSerial(serial: number, date1904 = false): YMD | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const whole = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  // Excel counts a phantom 1900-02-29 as serial 60 (Lotus 1-2-3's leap-year bug): serials 1–59 lie one day later
  // than counting from 1899-12-30 gives, and 60 is read as 02-28 (it used to land on 03-01 together with 61).
  const days = date1904 || whole > 60 ? whole : whole === 60 ? 60 : whole + 1;
  const dt = new Date(epoch + days * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Date → Excel serial, the inverse of `fromSerial` (before 1900-03-01 Excel's serials are one day less). */
export function toSerial(date: YMD, date1904 = false): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const days = Math.round((Date.UTC(date.y, date.m - 1, date.d) - epoch) / 86_400_000);
  return !date1904 && days < 61 ? days - 1 : days;
}

const TEXT_DATE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*(?:日|号)?(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Reads a date in every form township sheets use: Excel serials, `2024-06-30`, `2024/6/30`, `2024.6.30`,
 * `2024年6月30日`, `20240630` (as text or as a number), full-width digits included. Undefined when unreadable.
 */
export function parseDate(v: CellValue, date1904 = false): YMD | undefined {
  if (v === null || typeof v === "boolean" || isCellError(v)) return undefined;
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 19000101 && v <= 22001231) return compact(String(v));
    return fromSerial(v, date1904);
  }
  const text = nfkc(cellText(v)).trim();
  if (text === "") return undefined;
  const m = TEXT_DATE.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  if (COMPACT_DATE.test(text)) return compact(text);
  // A serial typed as text ("45473") is how some exports store dates.
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromSerial(Number(text), date1904);
  return undefined;
}

function compact(text: string): YMD | undefined {
  const m = COMPACT_DATE.exec(text);
  return m ? checked(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function checked(y: number, m: number, d: number): YMD | undefined {
  return isValidYMD(y, m, d) ? { y, m, d } : undefined;
}

/** Parses `YYYY-MM-DD` strictly (for `--today` and configuration). */
export function parseIsoDate(text: string): YMD | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? checked(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
