import type { Config } from "../../config";
import {
  exceeds,
  parseArea,
  parseBuildMode,
  parseCount,
  parseDone,
  parseMethod,
  parseMovedIn,
  parseOpinion,
  parseYesNo,
  shown,
  valueText,
  type BuildMode,
  type RenovationMethod,
} from "../../parse/ledger";
import { cellText, fold } from "../../parse/text";
import { parseGrade, type Grade } from "../../parse/values";
import { readMoney, type MoneyCell } from "../../table/money";
import { cellReader, errorFields, type Answered, type Measured } from "../relocation/row";
import type { BaseRow, RuleContext } from "../types";

/** A 危房改造台账 row with every value parsed once, before any rule looks at it (SPEC §1.3). */
export interface RenovationRow extends BaseRow {
  readonly persons: Measured;
  readonly gradeText: string;
  /** `C级危房`, `D级危房（整栋危险）` read as C, D. */
  readonly grade: Grade | undefined;
  readonly methodText: string;
  readonly method: RenovationMethod | undefined;
  /** 建房面积, ㎡. */
  readonly area: Measured;
  readonly safetyOpinion: Answered;
  readonly acceptance: Answered;
  readonly movedIn: Answered;
  readonly buildModeText: string;
  readonly buildMode: BuildMode | undefined;
  /** 补助金额 in 元; undefined when the column is absent. */
  readonly subsidy: MoneyCell | undefined;
  readonly bankReceipt: Answered;
  readonly agreement: Answered;
  readonly county: string;
  readonly township: string;
  /** Fields whose cell shows a formula error: GEN-FORMULA-ERROR reports those, the RN rules leave them alone. */
  readonly errors: ReadonlySet<string>;
}

export const SUBSIDY_GROUP = /补助/;

export function parseRenovationRow(base: BaseRow, ctx: RuleContext): RenovationRow {
  const v = cellReader(base, ctx.table);
  const text = (key: string) => cellText(v(key));
  return {
    // Built field by field, not spread from `base`: one object shape for all rows, several times faster.
    r: base.r,
    values: base.values,
    name: base.name,
    persons: { text: text("persons"), value: parseCount(v("persons")) },
    gradeText: text("grade"),
    grade: parseGrade(v("grade")),
    methodText: text("method"),
    method: parseMethod(v("method")),
    area: { text: valueText(v("area")), value: parseArea(v("area")) },
    safetyOpinion: { text: text("safetyOpinion"), answer: parseOpinion(v("safetyOpinion")) },
    acceptance: { text: text("acceptance"), answer: parseDone(v("acceptance")) },
    movedIn: { text: text("movedIn"), answer: parseMovedIn(v("movedIn"), ctx.table.date1904) },
    buildModeText: text("buildMode"),
    buildMode: parseBuildMode(v("buildMode")),
    subsidy: readMoney(ctx.table, base.r, "subsidy", SUBSIDY_GROUP),
    bankReceipt: { text: text("bankReceipt"), answer: parseYesNo(v("bankReceipt")) },
    agreement: { text: text("agreement"), answer: parseYesNo(v("agreement")) },
    county: fold(text("county")),
    township: fold(text("township")),
    errors: errorFields(base, ctx),
  };
}

/** A D 级 house rebuilt (拆除重建, 翻建新建, 异地新建 …): the only case SX 三.2(2) checks the area of. */
export function isDRebuilt(row: RenovationRow): boolean {
  return row.grade === "D" && row.method === "rebuild";
}

/**
 * Why 建房面积 fails the band `low`–`high` (both limits allowed): empty, unreadable, or outside it; undefined when
 * inside. Shared by the two SX 三.2(2) area rules, which differ only in the band.
 */
export function areaBandProblem(
  row: RenovationRow,
  low: number,
  high: number,
): Record<string, string | number> | undefined {
  const area = row.area.value;
  if (row.area.text === "") return { problem: "empty" };
  if (area === undefined) return { problem: "unreadable", value: row.area.text };
  if (exceeds(low, area) || exceeds(area, high)) return { area: shown(area) };
  return undefined;
}

/** 家庭人口 when it is a whole number from 1 to `max`. */
export function renovationHousehold(row: RenovationRow, config: Config["renovation"]): number | undefined {
  const n = row.persons.value;
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= config.maxPersons ? n : undefined;
}

/** TZ 8.2 rates for the row: its 县（区） when the configuration lists it, else its 乡镇's 市（区）, else the default. */
export function ratesForRow(row: RenovationRow, config: Config): { rebuild: number; reinforce: number } {
  const byCity = config.subsidy.byCity;
  const county = Object.keys(byCity).find((city) => row.county !== "" && row.county.includes(fold(city)));
  const city = county ?? config.townshipCity[row.township];
  return (city !== undefined ? byCity[city] : undefined) ?? config.subsidy.default;
}
