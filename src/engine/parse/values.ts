import type { CellValue } from "../model/types";
import { compareYMD, isValidYMD, parseDate, type YMD } from "./date";
import { cellText, fold, foldUpper, isCellError } from "./text";
import { nfkc as toNfkc } from "./nfkc";

const TICK_YES = new Set(["√", "✓", "✔", "☑", "☒", "是", "有", "Y", "YES", "1", "●", "V", "对", "TRUE"]);
/** What leaves a tick box empty (upper case; the blank tables' conditional formats read ticks with this list). */
export const TICK_NO_WORDS: readonly string[] = [
  "",
  "否",
  "无",
  "×",
  "✗",
  "✘",
  "X",
  "N",
  "NO",
  "0",
  "FALSE",
  "/",
  "-",
  "—",
];
const TICK_NO = new Set(TICK_NO_WORDS);
/** The empty box a printed form puts in its tick columns: left as it is, it is not ticked. */
export const EMPTY_BOXES: ReadonlySet<string> = new Set(["□", "☐"]);

/**
 * A cell that says "nothing here": empty, an empty box, or what clerks write in a column that does not apply
 * (`无`, `/`, `—`, `0`, `否`). A year column or an optional 身份证号 holding it is empty, not a bad value.
 */
export function isNoEntry(v: CellValue): boolean {
  if (v === null) return true;
  if (typeof v === "number") return v === 0;
  if (typeof v !== "string") return false;
  // A text starting with a digit 1–9 (an ID, a year, an amount) is none of the words below.
  const c0 = v.charCodeAt(0);
  if (c0 >= 49 && c0 <= 57) return false;
  const t = foldUpper(v);
  return TICK_NO.has(t) || EMPTY_BOXES.has(t) || /^[-—–─/／\\]+$/.test(t);
}

/**
 * A tick box as clerks fill it: `√ ✓ ✔ ☑ 是 有 Y y 1 ●` tick it; empty or `否 无 × N 0` leave it empty.
 * Anything else that was written in the box counts as ticked: something was entered on purpose.
 */
export function parseTick(v: CellValue): boolean {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (isCellError(v)) return false;
  const t = foldUpper(v);
  if (TICK_YES.has(t)) return true;
  if (TICK_NO.has(t) || EMPTY_BOXES.has(t)) return false;
  return true;
}

export type Grade = "A" | "B" | "C" | "D";
const GRADE_WORDS: ReadonlyArray<[string, Grade]> = [
  ["完好", "A"],
  ["轻微", "B"],
  ["中度", "C"],
  ["严重", "D"],
];

/**
 * A safety grade (TZ 注3): `A`, `A级`, `Ａ`, `a`, `A（完好）`, `C级危房`, `D级危房（整栋危险）`, or the words
 * 完好/轻微/中度/严重. Undefined when it is none of A–D.
 */
export function parseGrade(v: CellValue): Grade | undefined {
  if (typeof v !== "string") return undefined;
  const t = foldUpper(v);
  if (t === "") return undefined;
  const letter = /^([ABCD])(?:级|類|类)?(?:危房|房屋|危险)?(?:\((.*)\))?$/.exec(t);
  if (letter) {
    // A word in brackets naming another grade (`A（严重）`) contradicts the letter: neither can be trusted.
    const said = GRADE_WORDS.filter(([word]) => (letter[2] ?? "").includes(word));
    return said.some(([, grade]) => grade !== letter[1]) ? undefined : (letter[1] as Grade);
  }
  for (const [word, grade] of GRADE_WORDS) {
    if (t === word || t === `${word}(${grade})` || t === `${grade}${word}`) return grade;
  }
  const inWords = GRADE_WORDS.filter(([word]) => t.includes(word));
  if (inWords.length === 1 && inWords[0] && !/[ABCD]/.test(t.replace(/\(.*\)/, ""))) return inWords[0][1];
  return undefined;
}

/** A year written as `2019`, `2019年`, `2019年5月`, or as a date in any form `parseDate` reads. */
export function parseYear(v: CellValue, date1904 = false): number | undefined {
  if (v === null || typeof v === "boolean" || isCellError(v)) return undefined;
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1000 && v <= 2999) return v;
    // `2019.5` typed for May 2019 is stored as the number 2019.5: a year and a month, not the serial of a date
    // in 1905 (the serials of real dates are far above 2999).
    if (v >= 1000 && v < 3000) return Math.floor(v);
    return parseDate(v, date1904)?.y;
  }
  const t = fold(v);
  const m = /^(\d{4})(?:年(?:度)?)?$/.exec(t);
  if (m) return Number(m[1]);
  // A year with its month (`2019年5月`, `2019.5`, `2019-05`): the column asks for the year.
  const ym = /^(\d{4})(?:年|[-/.])(\d{1,2})月?$/.exec(t);
  if (ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) return Number(ym[1]);
  return parseDate(v, date1904)?.y;
}

/**
 * A number as typed: real numbers, numbers stored as text (`1,234`, `１２`, ` 35.5 `), with an optional unit
 * the header already states (`35㎡`, `2万元` is not converted here: units come from the header).
 */
export function parseNumber(v: CellValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  const t = fold(v).replace(/,/g, "");
  const m = /^([+-]?\d+(?:\.\d+)?)(?:㎡|m2|平方米|平米|元|万元|人|口)?$/i.exec(t);
  return m ? Number(m[1]) : undefined;
}

const PHONE_SPLIT = /[、，,；;/\s]+/;
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^(?:\(0\d{2,3}\)|0\d{2,3}-?)\d{7,8}$/;

/** One or more phone numbers: mainland mobiles (11 digits, 1[3-9]…) or landlines (0xx(x)-7/8 digits). */
export function isValidPhoneList(v: CellValue): boolean {
  const text = typeof v === "number" ? String(v) : typeof v === "string" ? nfkc(v).trim() : "";
  if (text === "") return false;
  // Most cells hold one plain number: nothing below would change it.
  if (MOBILE.test(text) || LANDLINE.test(text)) return true;
  // A mobile written in 3-4-4 groups (`138-1234-5678`, `138 1234 5678`) or a landline with a space after its
  // area code (`0523 83412345`) is one number, not several separated by spaces.
  const raw = text
    .replace(/^(\+86|0086)\s+/, "$1")
    .replace(/(^|\D)(1[3-9]\d)[- ](\d{4})[- ](\d{4})(?!\d)/g, "$1$2$3$4")
    .replace(/(^|\D)(0\d{2,3}) (\d{7,8})(?!\d)/g, "$1$2-$3");
  const parts = raw.split(PHONE_SPLIT).filter((p) => p !== "");
  // The country code (+86 / 0086 / 86-) is sometimes written before a mobile: it is still a mainland mobile.
  const national = (p: string) => p.replace(/^(?:\+86|0086|86-)-?(?=1[3-9])/, "");
  return (
    parts.length > 0 &&
    parts.every((p) => MOBILE.test(national(p)) || LANDLINE.test(p.replace(/[（）]/g, "")))
  );
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

export type IdProblem = "length" | "birthDate" | "checkDigit";

/**
 * GB 11643-1999 citizen ID: 18 characters, a real birth date, and the ISO 7064 MOD 11-2 check digit. A birth
 * date after `today` is no real birth date either (a mistyped year such as 2058 for 1958).
 */
export function checkIdNumber(v: CellValue, today?: YMD): IdProblem | undefined {
  const t = foldUpper(cellText(v));
  if (!/^\d{17}[\dX]$/.test(t)) return "length";
  const y = Number(t.slice(6, 10));
  const m = Number(t.slice(10, 12));
  const d = Number(t.slice(12, 14));
  const birth = isValidYMD(y, m, d) ? { y, m, d } : undefined;
  if (!birth || y < 1900 || (today !== undefined && compareYMD(birth, today) > 0)) return "birthDate";
  let sum = 0;
  // The pattern above made the first 17 characters ASCII digits.
  for (let i = 0; i < 17; i++) sum += (t.charCodeAt(i) - 48) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] === t[17] ? undefined : "checkDigit";
}

/** The ID as a comparable key (upper case, folded), or undefined when it is empty. */
export function idKey(v: CellValue): string | undefined {
  const t = foldUpper(cellText(v));
  return t === "" ? undefined : t;
}

/** NFKC, skipped for plain ASCII (which it leaves as it is): most cells are, and normalize is costly. */
function nfkc(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007f]/.test(s) ? toNfkc(s) : s;
}
