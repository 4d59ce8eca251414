import type { CellValue } from "../model/types";
import { cellText, fold, foldUpper } from "../parse/text";
import { checkIdNumber } from "../parse/values";

/**
 * Household identity (SPEC §9): one key for a household across tables, workbooks and half-years. Every
 * cross-table feature (diff, cross-table rules, roster) reads households through this file and `match.ts`.
 */

/** A household as a cross-table feature gives it: the caller's own data rides along in `ref`. */
export interface HouseholdRecord<T> {
  /** 身份证号 as written (a number, text, anything): only a valid GB 11643 number counts. */
  readonly id?: CellValue | undefined;
  /** 户主姓名 as written. */
  readonly name: string;
  /** 村 (the revisit table's 村（社区）, a ledger's 村 column, a roster's 村（社区）). */
  readonly village?: string | undefined;
  /** 乡镇 where the table gives one; compared only where both sides have it. */
  readonly township?: string | undefined;
  readonly ref: T;
}

/** The normalised parts of a household's identity. */
export interface HouseholdKeyParts {
  /** The valid GB 11643 ID, upper case (a lower-case x read as X); undefined when absent or invalid. */
  readonly id: string | undefined;
  /** 户主姓名, whitespace removed and full width folded. */
  readonly name: string;
  /** 村, likewise. */
  readonly village: string;
  /** 乡镇, likewise; "" when not given. */
  readonly township: string;
  /** 户主姓名 + 村 as one key (rule 2); undefined when either is empty. */
  readonly nameKey: string | undefined;
  /** The household's key: `id:<ID>` by rule 1, else `name:<姓名>|<村>` by rule 2, else undefined. */
  readonly key: string | undefined;
}

/** A name, village or township as a key: whitespace (incl. full-width and zero-width) removed, full width folded. */
export function normalizeName(text: string): string {
  const t = text.length > 256 ? text.slice(0, 256) : text;
  return fold(t);
}

/**
 * A 房屋地址 for comparison (only where a rule says so): whitespace removed, full width folded, digits as ASCII
 * (full-width ３ is 3), Latin letters upper case (`A栋` = `ａ栋`).
 */
export function normalizeAddress(text: string): string {
  const t = text.length > 256 ? text.slice(0, 256) : text;
  return foldUpper(t);
}

/** The 身份证号 as a key when it is a valid GB 11643 number (the one validator GEN-ID-INVALID uses). */
export function validIdKey(v: CellValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (checkIdNumber(v) !== undefined) return undefined;
  return foldUpper(cellText(v));
}

/** The parts of a household's identity (SPEC §9). */
export function householdKeyParts(
  record: Pick<HouseholdRecord<unknown>, "id" | "name" | "village" | "township">,
): HouseholdKeyParts {
  const id = validIdKey(record.id);
  const name = normalizeName(record.name);
  const village = normalizeName(record.village ?? "");
  const township = normalizeName(record.township ?? "");
  const nameKey = name !== "" && village !== "" ? `${name}\u0000${village}` : undefined;
  const key = id !== undefined ? `id:${id}` : nameKey !== undefined ? `name:${name}|${village}` : undefined;
  return { id, name, village, township, nameKey, key };
}

/** Two townships agree unless both are given and differ (SPEC §9: 乡镇 too where both sides have it). */
export function sameTownship(a: HouseholdKeyParts, b: HouseholdKeyParts): boolean {
  return a.township === "" || b.township === "" || a.township === b.township;
}
