import { checkWorkbook, type CheckResult } from "../../../src/engine/check";
import { parseConfig, type ConfigInput } from "../../../src/engine/config";
import { parseA1 } from "../../../src/engine/model/address";
import type { CellRange, CellValue, Finding, SheetData, Severity } from "../../../src/engine/model/types";
import type { YMD } from "../../../src/engine/parse/date";

/**
 * Builds 表A.1 village sheets directly as `SheetData` (no ExcelJS) in the standard layout of SPEC §5's example
 * and checks them with a fixed today:
 *
 *   row 1  title (merged A1:L1)
 *   row 2  meta in one merged cell: 乡镇（街道）：… 村（社区）：… 填报日期：…
 *   row 3  group headers, merged: 基本资料 A–E · 以往危房改造情况 F–H · 回访情况 I–J · 处理意见 K–L
 *   row 4  A 序号 · B 户主姓名 · C 联系方式 · D 房屋地址 · E 身份证号 · F 未改造 · G 维修加固年份 ·
 *          H 重建安置年份 · I 回访时间 · J 房屋安全状况 · K 维修加固 · L 重建安置
 *   row 5+ one household per row
 */

/** One household; a field left out takes the clean default, `null` leaves the cell empty. */
export interface Household {
  seq?: CellValue;
  head?: CellValue;
  phone?: CellValue;
  address?: CellValue;
  id?: CellValue;
  notRenovated?: CellValue;
  reinforcedYear?: CellValue;
  rebuiltYear?: CellValue;
  revisitDate?: CellValue;
  grade?: CellValue;
  actReinforce?: CellValue;
  actRebuild?: CellValue;
}

export type HouseholdField = keyof Household;

/** Column letter of each field in the standard layout. */
export const COL: Readonly<Record<HouseholdField, string>> = {
  seq: "A",
  head: "B",
  phone: "C",
  address: "D",
  id: "E",
  notRenovated: "F",
  reinforcedYear: "G",
  rebuiltYear: "H",
  revisitDate: "I",
  grade: "J",
  actReinforce: "K",
  actRebuild: "L",
};
const ORDER: readonly HouseholdField[] = Object.keys(COL) as HouseholdField[];

export const HEADERS: readonly string[] = [
  "序号",
  "户主姓名",
  "联系方式",
  "房屋地址",
  "身份证号",
  "未改造",
  "维修加固年份",
  "重建安置年份",
  "回访时间",
  "房屋安全状况",
  "维修加固",
  "重建安置",
];

export const TITLE = "泰州市农村低收入群体等住房安全保障重点对象住房安全状况评估汇总表";
export const FIRST_DATA_ROW = 5;
/** The fixed "today" of every check, and the default 填报日期. */
export const TODAY: YMD = { y: 2024, m: 7, d: 15 };
export const FILL_DATE = "2024-06-30";

export interface Meta {
  township?: string;
  village?: string;
  /** Written after 填报日期： as text; a number is written as its digits. */
  fillDate?: string | number;
}

export interface SheetOptions {
  /** Sheet name; 张庄村 by default. */
  name?: string;
  meta?: Meta;
  /** Replaces the whole meta cell A2 (e.g. to drop a label). */
  metaCell?: CellValue;
  /** Replaces row 2 by these cells, unmerged (meta spread over several cells). */
  metaRow?: readonly CellValue[];
  /** Header texts of row 4 to replace; "" leaves the header cell empty (the column is then absent). */
  headers?: Partial<Record<HouseholdField, string>>;
  /** Rows written after the households (notes, 合计). */
  after?: ReadonlyArray<ReadonlyArray<CellValue>>;
}

export interface CheckOptions {
  today?: YMD;
  config?: ConfigInput;
  date1904?: boolean;
}

/** Row number (1-based) of the household at `index`. */
export function rowOf(index: number): number {
  return FIRST_DATA_ROW + index;
}

/** The A1 address of a household's field. */
export function cell(field: HouseholdField, index: number): string {
  return `${COL[field]}${rowOf(index)}`;
}

/** A valid 18-digit ID (GB 11643 check digit) from the 17 leading digits. */
export function validId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (weights[i] ?? 0);
  return first17 + ("10X98765432"[sum % 11] ?? "?");
}

/** The clean household at `index`: distinct name, address and ID; 未改造 ticked; grade A revisited recently. */
export function cleanHousehold(index: number): Required<Household> {
  const n = index + 1;
  return {
    seq: n,
    head: `户主${n}`,
    phone: "13812345678",
    address: `张庄村${n}组${n}号`,
    id: validId(`321281196501${String(10 + (index % 18)).padStart(2, "0")}${String(100 + index).slice(-3)}`),
    notRenovated: "√",
    reinforcedYear: null,
    rebuiltYear: null,
    revisitDate: "2024-05-20",
    grade: "A",
    actReinforce: null,
    actRebuild: null,
  };
}

function range(text: string): CellRange {
  const [a, b] = text.split(":");
  const p = parseA1(a ?? "");
  const q = parseA1(b ?? a ?? "");
  if (!p || !q) throw new Error(`bad range ${text}`);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

export function metaText(meta: Meta = {}): string {
  const township = meta.township ?? "戴窑镇";
  const village = meta.village ?? "张庄村";
  const fill = meta.fillDate ?? FILL_DATE;
  return `乡镇（街道）：${township}    村（社区）：${village}    填报日期：${String(fill)}`;
}

/** A 表A.1 sheet in the standard layout with the given households (partial objects over clean defaults). */
export function revisitSheet(households: readonly Household[], options: SheetOptions = {}): SheetData {
  const headers = ORDER.map((k, c) => options.headers?.[k] ?? HEADERS[c] ?? "");
  const rows: CellValue[][] = [
    [TITLE],
    options.metaRow
      ? [...options.metaRow]
      : [options.metaCell !== undefined ? options.metaCell : metaText(options.meta)],
    ["基本资料", null, null, null, null, "以往危房改造情况", null, null, "回访情况", null, "处理意见", null],
    headers.map((h) => (h === "" ? null : h)),
  ];
  households.forEach((h, i) => {
    const full = { ...cleanHousehold(i), ...h };
    rows.push(ORDER.map((k) => full[k]));
  });
  for (const extra of options.after ?? []) rows.push([...extra]);
  const merges = ["A1:L1", ...(options.metaRow ? [] : ["A2:L2"]), "A3:E3", "F3:H3", "I3:J3", "K3:L3"];
  return sheetFrom(options.name ?? "张庄村", rows, merges);
}

/** Any sheet from rows of values (undefined = empty) and merges written as `A1:C1`. */
export function sheetFrom(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>,
  merges: readonly string[] = [],
): SheetData {
  return {
    name,
    rows: rows.map((r) => r.map((v) => (v === undefined ? null : v))),
    merges: merges.map(range),
  };
}

/** Checks sheets as one workbook with the fixed today. */
export function checkSheets(sheets: readonly SheetData[], options: CheckOptions = {}): CheckResult {
  return checkWorkbook(
    { sheets, date1904: options.date1904 ?? false },
    { today: options.today ?? TODAY, config: parseConfig(options.config ?? {}) },
  );
}

/** Checks one standard sheet and returns its findings, only those of `ruleId` when given. */
export function run(
  households: readonly Household[],
  options: SheetOptions & CheckOptions & { rule?: string } = {},
): Finding[] {
  const result = checkSheets([revisitSheet(households, options)], options);
  return options.rule ? result.findings.filter((f) => f.ruleId === options.rule) : [...result.findings];
}

/** What a finding marks, as the tests compare it. */
export interface Mark {
  readonly row: number;
  readonly cells: readonly string[];
  readonly severity: Severity;
}

export function toMarks(findings: readonly Finding[]): Mark[] {
  return findings.map((f) => ({ row: f.row, cells: [...f.cells], severity: f.severity }));
}

/** The marks of one rule for a standard sheet. */
export function marks(
  rule: string,
  households: readonly Household[],
  options: SheetOptions & CheckOptions = {},
): Mark[] {
  return toMarks(run(households, { ...options, rule }));
}

/** Cells of `fields` in the row of household `index` (sorted by column like the engine does). */
export function cellsOf(index: number, ...fields: HouseholdField[]): string[] {
  return fields.map((f) => cell(f, index));
}
