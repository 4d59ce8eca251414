import type { CellValue } from "../model/types";
import { parseDate } from "./date";
import { cellText, fold, foldUpper, isCellError } from "./text";

/**
 * Values of the Shaanxi ledgers (SX 二.1, 三.1, 三.2) as county forms write them: 安置方式, 改造方式, 建设方式,
 * 是/否 columns that may also hold a report number or a date, 入住情况, and money in 元 or 万元.
 */

export type RelocationMode = "concentrated" | "dispersed" | "monetized";

/** 集中安置 (集中, 集中安置点, 城镇集中安置 …), 分散安置 (分散, 插花安置, 投亲靠友), 货币化安置 (货币化, 货币安置). */
export function parseMode(v: CellValue): RelocationMode | undefined {
  const t = fold(cellText(v));
  if (t === "") return undefined;
  const found: RelocationMode[] = [];
  if (/集中/.test(t)) found.push("concentrated");
  if (/分散|插花|投亲靠友/.test(t)) found.push("dispersed");
  if (/货币/.test(t)) found.push("monetized");
  return found.length === 1 ? found[0] : undefined;
}

/** The 安置方式 as the configuration names it (`subsidyPerPerson` keys) and as messages say it. */
export const MODE_NAMES: Readonly<Record<RelocationMode, "集中安置" | "分散安置" | "货币化安置">> = {
  concentrated: "集中安置",
  dispersed: "分散安置",
  monetized: "货币化安置",
};

export type RenovationMethod = "reinforce" | "rebuild";

/**
 * 改造方式: 维修加固 / 修缮加固 / 加固改造 / 维修改造 (reinforce); 拆除重建 / 翻建新建 / 原址翻建 / 异地新建 /
 * 异地非集中新建 / 异地相对集中新建 / 重建 (rebuild).
 */
export function parseMethod(v: CellValue): RenovationMethod | undefined {
  const t = fold(cellText(v));
  if (t === "") return undefined;
  const rebuild = /重建|翻建|新建|拆建|置换|改建/.test(t);
  const reinforce = /加固|修缮|维修/.test(t);
  if (rebuild === reinforce) return undefined;
  return rebuild ? "rebuild" : "reinforce";
}

export const METHOD_NAMES: Readonly<Record<RenovationMethod, string>> = {
  reinforce: "维修加固",
  rebuild: "拆除重建",
};

export type BuildMode = "self" | "unified";

/** 建设方式: 自建 / 自改 / 统规自建 (self: 一卡通 and 银行回单), 统建 / 统改 / 代建 (unified: 协议 and 支付凭证). */
export function parseBuildMode(v: CellValue): BuildMode | undefined {
  const t = fold(cellText(v));
  if (t === "") return undefined;
  if (/自建|自改|自修|自行/.test(t)) return "self";
  if (/统建|统改|统修|代建|统一建设|统一改造/.test(t)) return "unified";
  return undefined;
}

/** How a 是/否 column reads: `yes`, `no`, `empty`, or `unclear` (something else was written). */
export type Answer = "yes" | "no" | "empty" | "unclear";

const YES = new Set([
  "是",
  "有",
  "已",
  "√",
  "✓",
  "✔",
  "☑",
  "Y",
  "YES",
  "1",
  "●",
  "TRUE",
  "合格",
  "完成",
  "已完成",
]);
const NO = new Set(["否", "无", "X", "×", "✗", "✘", "N", "NO", "FALSE", "0", "/", "-", "—", "--"]);
const NO_START = /^(否|无|没有|未|不|待|暂无|暂未|尚未|在建|正在)/;

/** 是/否 (共有产权整改, 一卡通及银行回单, 协议及支付凭证): 是, √, 有, 已…; 否, 无, 未…, ×. */
export function parseYesNo(v: CellValue): Answer {
  if (v === null || isCellError(v)) return v === null ? "empty" : "unclear";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return v === 1 ? "yes" : v === 0 ? "no" : "unclear";
  const t = foldUpper(v);
  if (t === "") return "empty";
  if (YES.has(t)) return "yes";
  if (NO.has(t) || NO_START.test(t)) return "no";
  if (/^(已|有)/.test(t)) return "yes";
  return "unclear";
}

/**
 * 竣工验收 (是/否, or the number of the acceptance report) and 交付钥匙 (是/否, or the date the keys were handed
 * over): `yes` for 是 and its variants, a report number or a date (anything with digits that does not start with a
 * negative word); `no` for 否/未…; `unclear` for other words.
 */
export function parseDone(v: CellValue): Answer {
  if (typeof v === "number") return v === 0 ? "no" : "yes";
  const a = parseYesNo(v);
  if (a !== "unclear" || typeof v !== "string") return a;
  return /\d/.test(fold(v)) ? "yes" : /验收|交付|交钥匙|领取|合格/.test(v) ? "yes" : "unclear";
}

/** 入住情况: 已入住 / 是 / 已搬迁入住 / a move-in date are moved in; 未入住 / 否 / 部分入住 … are not. */
export function parseMovedIn(v: CellValue, date1904 = false): Answer {
  if (typeof v === "number") return v === 0 ? "no" : v === 1 || parseDate(v, date1904) ? "yes" : "unclear";
  const a = parseYesNo(v);
  if (a !== "unclear" || typeof v !== "string") return a;
  const t = fold(v);
  if (/未|没|不|待|部分|尚/.test(t)) return "no";
  if (/入住|搬入|居住/.test(t)) return "yes";
  return parseDate(v, date1904) ? "yes" : "unclear";
}

/** 安全性评定意见: 是, 安全, 已出具, or the number of the opinion; empty, 否, 无, 未出具 are missing. */
export function parseOpinion(v: CellValue): Answer {
  if (typeof v === "number") return v === 0 ? "no" : "yes";
  const a = parseYesNo(v);
  if (a !== "unclear" || typeof v !== "string") return a;
  // Any other opinion text (安全, 符合安全要求, 评定号) is an opinion on file.
  return "yes";
}

export type MoneyUnit = "yuan" | "wan";

/** The unit a header states: `补助资金（万元）` → 万元, `（元）` → 元; undefined when it states none. */
export function moneyUnit(headerText: string): MoneyUnit | undefined {
  const t = fold(headerText);
  if (/万元|\(万\)/.test(t)) return "wan";
  if (/元/.test(t)) return "yuan";
  return undefined;
}

/** A table-wide unit note above the header (`单位：万元`, `金额单位：元`). */
export function noteUnit(text: string): MoneyUnit | undefined {
  const m = /(?:金额|资金)?单位[:：]?(万元|元)/.exec(fold(text));
  return m ? (m[1] === "万元" ? "wan" : "yuan") : undefined;
}

/**
 * Money in 元. A number is in the column's unit; text may carry its own (`2.5万`, `25000元`). Rounded to the fen
 * so that 2.5 万元 is exactly 25,000 元.
 */
export function parseMoney(v: CellValue, unit: MoneyUnit): number | undefined {
  let n: number | undefined;
  let factor = unit === "wan" ? 10_000 : 1;
  if (typeof v === "number") n = Number.isFinite(v) ? v : undefined;
  else if (typeof v === "string") {
    const m = /^([+-]?\d+(?:\.\d+)?)(万元|万|元)?$/.exec(fold(v).replace(/[,，]/g, ""));
    if (m) {
      n = Number(m[1]);
      if (m[2] === "元") factor = 1;
      else if (m[2] !== undefined) factor = 10_000;
    }
  }
  return n === undefined ? undefined : Math.round(n * factor * 100) / 100;
}

/** An area in ㎡ (`85`, `85.5㎡`, `85平方米`, `85平米`, `85m²`). */
export function parseArea(v: CellValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  const m = /^(\d+(?:\.\d+)?)(m2|平方米|平米|平方)?$/i.exec(fold(v).replace(/,/g, ""));
  return m ? Number(m[1]) : undefined;
}

/** A count of persons (`4`, `4人`, `4口`); undefined when it is not a number. */
export function parseCount(v: CellValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  const m = /^(\d+(?:\.\d+)?)(人|口|名|口人)?$/.exec(fold(v));
  return m ? Number(m[1]) : undefined;
}

/** What clerks write in a cell that does not apply (货币化安置's 安置房面积, no 自筹资金): no value. */
export function isPlaceholder(text: string): boolean {
  return /^([/／\\]|-+|—+|－+|无|暂无|不适用)$/.test(fold(text));
}

/** The cell's text, "" for a placeholder such as `/` or `—`. */
export function valueText(v: CellValue): string {
  const t = cellText(v);
  return isPlaceholder(t) ? "" : t;
}

/** `a > b` for measured values, not tripped by binary fractions (75.3 ÷ 3 is 25.1, not 25.099999…). */
export function exceeds(a: number, b: number): boolean {
  return a - b > 1e-9;
}

/** Numbers in messages: at most two decimals, no trailing zeros. */
export function shown(n: number): number {
  return Math.round(n * 100) / 100;
}
