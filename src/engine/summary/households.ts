import type { CheckResult, CheckedTable } from "../check";
import type { Finding, TableInfo } from "../model/types";
import type { YMD } from "../parse/date";
import { cellText, fold } from "../parse/text";
import type { Grade } from "../parse/values";
import type { YearCell, RevisitRow } from "../rules/revisit/row";
import type { GradeClass, HistoryClass } from "./figures";

/** One checked workbook given to a summary. */
export interface SummaryInput {
  /** The file name as the clerk knows it (`戴窑镇.xlsx`). */
  readonly file: string;
  /** A link to the workbook from the summary workbook (a path relative to it), when the host can give one. */
  readonly href?: string;
  readonly result: CheckResult;
  /** The workbook held no village tables and its 乡镇汇总 sheet was read instead (the summary says so). */
  readonly fromSummary?: boolean;
}

/** A sheet of an input workbook. */
export interface TableSource {
  readonly fileIndex: number;
  readonly file: string;
  readonly href?: string;
  readonly sheet: string;
}

/** How a township's or village's name was found; anything but the table's own meta row is stated. */
export type TownshipFrom = "meta" | "workbook" | "column" | "file";
export type VillageFrom = "meta" | "sheet" | "column";

/** A household of a revisit table (表A.1) with everything the summary counts and the consolidated table shows. */
export interface RevisitHousehold {
  readonly source: TableSource;
  /** 1-based sheet row. */
  readonly row: number;
  readonly township: string;
  readonly village: string;
  readonly seq: string;
  readonly name: string;
  readonly phone: string;
  readonly address: string;
  readonly idNumber: string;
  readonly notRenovated: boolean;
  readonly reinforcedYear: YearCell;
  readonly rebuiltYear: YearCell;
  readonly revisitText: string;
  readonly revisitDate: YMD | undefined;
  readonly gradeText: string;
  readonly grade: GradeClass;
  readonly history: HistoryClass;
  readonly planReinforce: boolean;
  readonly planRebuild: boolean;
  /** RV-REVISIT-OVERDUE on this row. */
  readonly overdue: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** Rule IDs of the row's errors and warnings, in sheet order. */
  readonly ruleIds: readonly string[];
}

/** A village's revisit table. */
export interface VillageTable {
  readonly source: TableSource;
  readonly info: TableInfo;
  readonly township: string;
  readonly townshipFrom: TownshipFrom;
  readonly village: string;
  readonly villageFrom: VillageFrom;
  readonly households: readonly RevisitHousehold[];
  /** Errors and warnings on the sheet that belong to no household (meta row, header, a missing column). */
  readonly tableErrors: number;
  readonly tableWarnings: number;
  readonly tableRuleIds: readonly string[];
}

/** A household of a relocation or renovation ledger, for the safe-housing rate. */
export interface LedgerHousehold {
  readonly source: TableSource;
  readonly kind: "relocation" | "renovation";
  readonly row: number;
  readonly name: string;
  /** 身份证号 as written ("" when the ledger has none). */
  readonly idNumber: string;
  readonly township: string;
  /** Where `township` came from: the row's 乡镇 column, the workbook's revisit tables, or the file name. */
  readonly townshipFrom: "column" | "workbook" | "file";
  readonly village: string;
  /** Rule IDs of the row's error findings; none means the household passes all its rules. */
  readonly errorRuleIds: readonly string[];
}

export interface SourceFile {
  readonly file: string;
  readonly href?: string;
  readonly fromSummary?: boolean;
}

export interface Collected {
  readonly files: readonly SourceFile[];
  readonly villages: readonly VillageTable[];
  readonly ledgers: readonly LedgerHousehold[];
}

/** Texts that mean "nothing" in a year cell: a year column holding one of them is not filled. */
const PLACEHOLDER = new Set(["", "/", "-", "—", "--", "无", "否", "0", "×", "N", "NO", "NULL"]);

/** A 维修加固/重建安置 year counts as filled when something other than a placeholder is written. */
export function yearFilled(cell: YearCell): boolean {
  return !PLACEHOLDER.has(fold(cell.text).toUpperCase());
}

/** SPEC §4: 曾重建安置 if a 重建安置 year is filled, else 曾维修加固 if a 维修加固 year is, else 未改造. */
export function historyOf(row: Pick<RevisitRow, "reinforcedYear" | "rebuiltYear">): HistoryClass {
  if (yearFilled(row.rebuiltYear)) return "rebuilt";
  if (yearFilled(row.reinforcedYear)) return "reinforced";
  return "none";
}

export function gradeOf(grade: Grade | undefined): GradeClass {
  return grade ?? "unrated";
}

/** The file name without its folder and .xlsx/.xlsm extension, as a last resort for a township's name. */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(xlsx|xlsm|xltx|xltm)$/i, "");
}

/** Reads every revisit table and ledger of the checked workbooks into households, with their findings. */
export function collect(inputs: readonly SummaryInput[]): Collected {
  const villages: VillageTable[] = [];
  const ledgers: LedgerHousehold[] = [];
  inputs.forEach((input, fileIndex) => {
    const bySheet = groupFindings(input.result.findings);
    const metaTownships = unique(
      input.result.tables
        .filter((t) => t.info.kind === "revisit")
        .map((t) => t.info.meta.township?.trim() ?? "")
        .filter((t) => t !== ""),
    );
    const workbookTownship = metaTownships.length === 1 ? metaTownships[0] : undefined;
    for (const t of input.result.tables) {
      const source: TableSource = {
        fileIndex,
        file: input.file,
        ...(input.href !== undefined ? { href: input.href } : {}),
        sheet: t.info.sheet,
      };
      const findings = bySheet.get(t.info.sheet) ?? [];
      if (t.info.kind === "revisit") {
        villages.push(villageTable(t, source, findings, workbookTownship));
      } else if (t.info.kind !== "roster") {
        ledgers.push(...ledgerHouseholds(t, source, findings, workbookTownship));
      }
    }
  });
  return {
    files: inputs.map((i) => ({
      file: i.file,
      ...(i.href !== undefined ? { href: i.href } : {}),
      ...(i.fromSummary ? { fromSummary: true } : {}),
    })),
    villages,
    ledgers,
  };
}

function villageTable(
  t: CheckedTable,
  source: TableSource,
  findings: readonly Finding[],
  workbookTownship: string | undefined,
): VillageTable {
  const metaTownship = t.info.meta.township?.trim() ?? "";
  const metaVillage = t.info.meta.village?.trim() ?? "";
  const [township, townshipFrom]: [string, TownshipFrom] =
    metaTownship !== ""
      ? [metaTownship, "meta"]
      : workbookTownship !== undefined
        ? [workbookTownship, "workbook"]
        : [fileStem(source.file), "file"];
  const [village, villageFrom]: [string, VillageFrom] =
    metaVillage !== "" ? [metaVillage, "meta"] : [source.sheet.trim(), "sheet"];
  const byRow = groupByRow(findings);
  const dataRows = new Set(t.rows.map((r) => r.r + 1));
  const households = (t.rows as readonly RevisitRow[]).map((row) => {
    const own = byRow.get(row.r + 1) ?? [];
    const text = (key: string) => cellText(t.context.value(row.r, key));
    const counted = own.filter((f) => f.severity !== "info");
    return {
      source,
      row: row.r + 1,
      township,
      village,
      seq: text("seq"),
      name: row.name,
      phone: text("phone"),
      address: text("address"),
      idNumber: text("idNumber"),
      notRenovated: row.notRenovated,
      reinforcedYear: row.reinforcedYear,
      rebuiltYear: row.rebuiltYear,
      revisitText: row.revisitText,
      revisitDate: row.revisitDate,
      gradeText: row.gradeText,
      grade: gradeOf(row.grade),
      history: historyOf(row),
      planReinforce: row.actReinforce,
      planRebuild: row.actRebuild,
      overdue: own.some((f) => f.ruleId === "RV-REVISIT-OVERDUE"),
      errors: own.filter((f) => f.severity === "error").length,
      warnings: own.filter((f) => f.severity === "warning").length,
      ruleIds: unique(counted.map((f) => f.ruleId)),
    } satisfies RevisitHousehold;
  });
  const tableLevel = findings.filter((f) => !dataRows.has(f.row) && f.severity !== "info");
  return {
    source,
    info: t.info,
    township,
    townshipFrom,
    village,
    villageFrom,
    households,
    tableErrors: tableLevel.filter((f) => f.severity === "error").length,
    tableWarnings: tableLevel.filter((f) => f.severity === "warning").length,
    tableRuleIds: unique(tableLevel.map((f) => f.ruleId)),
  };
}

function ledgerHouseholds(
  t: CheckedTable,
  source: TableSource,
  findings: readonly Finding[],
  workbookTownship: string | undefined,
): LedgerHousehold[] {
  const byRow = groupByRow(findings);
  const kind = t.info.kind === "relocation" ? "relocation" : "renovation";
  return t.rows.map((row) => {
    const township = cellText(t.context.value(row.r, "township"));
    const village = cellText(t.context.value(row.r, "village"));
    return {
      source,
      kind,
      row: row.r + 1,
      name: row.name,
      idNumber: cellText(t.context.value(row.r, "idNumber")),
      township: township !== "" ? township : (workbookTownship ?? fileStem(source.file)),
      townshipFrom: township !== "" ? "column" : workbookTownship !== undefined ? "workbook" : "file",
      village,
      errorRuleIds: unique(
        (byRow.get(row.r + 1) ?? []).filter((f) => f.severity === "error").map((f) => f.ruleId),
      ),
    };
  });
}

function groupFindings(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.sheet) ?? [];
    list.push(f);
    out.set(f.sheet, list);
  }
  return out;
}

function groupByRow(findings: readonly Finding[]): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.row) ?? [];
    list.push(f);
    out.set(f.row, list);
  }
  return out;
}

export function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
