import { checkFiles, type FilesResult } from "../../../src/engine/cross/files";
import { parseConfig } from "../../../src/engine/config";
import type { CellValue, Finding, SheetData } from "../../../src/engine/model/types";
import {
  relocationRow,
  RELOCATION_HEADER,
  renovationRow,
  RENOVATION_HEADER,
  type LedgerRow,
} from "../../../scripts/samples/cross-tables";
import { sheet } from "../ledgers/sheet";
import { revisitSheet, TODAY, validId, type Household } from "../rules/harness";
import { rosterSheet, type RosterPerson } from "../roster/sheets";

/**
 * Files for the cross-table rules (SPEC §11), built as `SheetData`:
 * - revisit: the 表A.1 layout of test/engine/rules/harness.ts (B 户主姓名, E 身份证号, F 未改造, G 维修加固年份,
 *   H 重建安置年份, J 房屋安全状况, K/L 处理意见; households from row 5), meta 戴窑镇 / 张庄村 unless given;
 * - renovation and relocation ledgers: the rows of scripts/samples/cross-tables.ts under a title, header row 2,
 *   households from row 3;
 * - roster: test/engine/roster/sheets.ts (D 户主姓名, E 身份证号, C 村（社区）; households from row 4).
 */

/** A valid ID for person `n` of the cross tests (distinct from the revisit harness's defaults). */
export function pid(n: number): string {
  return validId(
    `3212811970${String(1 + (n % 12)).padStart(2, "0")}${String(10 + (n % 18)).padStart(2, "0")}${String(500 + n).slice(-3)}`,
  );
}

/** A revisit household with a name, an ID and a grade (clean otherwise: 未改造, A, no disposition). */
export function rv(name: string, id: CellValue, more: Household = {}): Household {
  return { head: name, id, ...more };
}

export function revisit(
  households: readonly Household[],
  village = "张庄村",
  township = "戴窑镇",
  name = village,
): SheetData {
  return revisitSheet(households, { name, meta: { village, township } });
}

export type { LedgerRow };

export function renovation(rows: readonly LedgerRow[], name = "危改台账"): SheetData {
  const data = rows.map((h, i) => renovationRow(i + 1, h));
  return sheet(name, [["农村危房改造台账"], RENOVATION_HEADER, ...data], ["A1:M1"]);
}

export function relocation(rows: readonly LedgerRow[], name = "搬迁台账"): SheetData {
  const data = rows.map((h, i) => relocationRow(i + 1, h));
  return sheet(name, [["易地扶贫搬迁台账"], RELOCATION_HEADER, ...data], ["A1:N1"]);
}

export function roster(people: readonly RosterPerson[], name?: string): SheetData {
  return rosterSheet(people, name);
}

export interface TestFile {
  readonly file: string;
  readonly sheets: readonly SheetData[];
  readonly roster?: boolean;
}

export function checkTestFiles(files: readonly TestFile[], cross?: boolean): FilesResult {
  return checkFiles(
    files.map((f) => ({
      file: f.file,
      workbook: { sheets: f.sheets, date1904: false },
      ...(f.roster ? { roster: true } : {}),
    })),
    { today: TODAY, config: parseConfig({}), ...(cross !== undefined ? { cross } : {}) },
  );
}

/** A finding as the tests compare it: where it sits, what it marks, and the related places. */
export interface XtMark {
  readonly file: string | undefined;
  readonly sheet: string;
  readonly row: number;
  readonly cells: readonly string[];
  readonly severity: string;
  readonly related: ReadonlyArray<{ file: string; sheet: string; row: number; cells: readonly string[] }>;
}

export function xtMarks(findings: readonly Finding[], ruleId: string): XtMark[] {
  return findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({
      file: f.file,
      sheet: f.sheet,
      row: f.row,
      cells: [...f.cells],
      severity: f.severity,
      related: (f.related ?? []).map((p) => ({ ...p, cells: [...p.cells] })),
    }));
}

/** The findings of one XT rule over the given files. */
export function xt(ruleId: string, files: readonly TestFile[], cross?: boolean): XtMark[] {
  return xtMarks(checkTestFiles(files, cross).findings, ruleId);
}
