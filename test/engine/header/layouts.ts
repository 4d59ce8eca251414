import { checkSheets } from "../rules/harness";
import { columnLetter } from "../../../src/engine/model/address";
import type { CellValue, Finding, SheetData, TableInfo } from "../../../src/engine/model/types";

/** What detection made of one sheet: the table info of SPEC §5, each field's column letter, the findings. */
export interface Detected {
  readonly info: TableInfo | undefined;
  readonly columns: Record<string, string> | undefined;
  readonly findings: readonly Finding[];
}

export function detect(sheet: SheetData): Detected {
  const result = checkSheets([sheet]);
  const t = result.tables[0];
  const columns = t
    ? Object.fromEntries([...t.table.header.columns].map(([k, c]) => [k, columnLetter(c)]))
    : undefined;
  return { info: t?.info, columns, findings: result.findings };
}

/** The standard 表A.1 columns (SPEC §5's example). */
export const STANDARD_COLUMNS = {
  seq: "A",
  head: "B",
  phone: "C",
  address: "D",
  idNumber: "E",
  notRenovated: "F",
  reinforcedYear: "G",
  rebuiltYear: "H",
  revisitDate: "I",
  grade: "J",
  actReinforce: "K",
  actRebuild: "L",
};

/** The same without 身份证号: every column from 未改造 on moves one to the left. */
export const NO_ID_COLUMNS = {
  seq: "A",
  head: "B",
  phone: "C",
  address: "D",
  notRenovated: "E",
  reinforcedYear: "F",
  rebuiltYear: "G",
  revisitDate: "H",
  grade: "I",
  actReinforce: "J",
  actRebuild: "K",
};

/** A clean household row of the 12-column layout (n = 1, 2, …). */
export function household(n: number): CellValue[] {
  return [n, `户主${n}`, "13812345678", `李家村${n}组`, null, "√", null, null, "2024-05-20", "A", null, null];
}

/** The same without the 身份证号 cell. */
export function householdNoId(n: number): CellValue[] {
  const row = household(n);
  row.splice(4, 1);
  return row;
}

export const META_ONE_CELL = "乡镇（街道）：戴窑镇    村（社区）：李家村    填报日期：2024-06-30";
export const META = { township: "戴窑镇", village: "李家村", fillDate: "2024-06-30" };
export const TITLE = "泰州市农村低收入群体等住房安全保障重点对象住房安全状况评估汇总表";
