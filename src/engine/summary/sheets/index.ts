import { t, type Locale } from "../../messages";
import { formatYMD } from "../../parse/date";
import type { Sample } from "../sample";
import type { SafeHousing } from "../safe-housing";
import type { Summary, SummaryHousehold, SummaryTable } from "../summarize";
import { consolidatedSheet, type ConsolidatedSheet } from "./consolidated";
import { detailSheet } from "./detail";
import type { SheetSpec } from "./layout";
import { safeHousingSheet, sampleSheet } from "./sample-sheet";
import { cityStatisticsSheet, townshipStatisticsSheet } from "./statistics";

export * from "./layout";
export * from "./look";

/** The fixed names of the sheets a summary writes (SPEC §4); they are part of the product, in Chinese. */
export const SUMMARY_SHEET_NAMES = {
  statistics: "统计",
  consolidated: "乡镇汇总",
  detail: "明细",
  city: "市汇总",
  sample: "抽查样本",
  safeHousing: "安全住房率",
} as const;

/** Suffix of each 市（区）'s consolidated 表A.1 (TZ 12.4 《评估汇总表》). */
export const CITY_TABLE_SUFFIX = "评估汇总表";

const FIXED: ReadonlySet<string> = new Set(Object.values(SUMMARY_SHEET_NAMES));

/**
 * True for a sheet a summary writes and a re-run replaces: the fixed names, and `<市（区）>评估汇总表`. Every other
 * sheet of an existing output workbook is kept as it is.
 */
export function isSummarySheet(name: string): boolean {
  return FIXED.has(name) || (name.endsWith(CITY_TABLE_SUFFIX) && name.length > CITY_TABLE_SUFFIX.length);
}

/**
 * Which sheets of an input workbook a summary reads: every sheet but a summary's own (a summary given back as input
 * is not counted twice); and, for a workbook that holds nothing else — a township's summary sent up to the city —
 * its 乡镇汇总, the township's households in 表A.1 layout.
 */
export function summaryInputSheets(names: readonly string[]): { sheets: string[]; fallback: string[] } {
  return {
    sheets: names.filter((n) => !isSummarySheet(n)),
    fallback: names.filter((n) => n === SUMMARY_SHEET_NAMES.consolidated),
  };
}

/** `兴化市评估汇总表`; characters Excel forbids in sheet names replaced, cut to Excel's 31. */
export function cityTableName(city: string): string {
  const clean = city.replace(/[[\]:*?/\\']/g, "_").slice(0, 31 - CITY_TABLE_SUFFIX.length);
  return `${clean}${CITY_TABLE_SUFFIX}`;
}

export interface SummarySheetOptions {
  readonly safeHousing?: SafeHousing;
  readonly sample?: Sample;
  readonly locale?: Locale;
}

/**
 * The 填报日期 of a consolidated table: the latest 填报日期 of the village tables it holds (the round of revisits it
 * reports, so that checking it again judges 回访逾期 as the villages were judged), else the day it was made.
 */
function fillDate(tables: readonly SummaryTable[], summary: Summary): string {
  const dates = tables.map((tb) => tb.info.meta.fillDate ?? "").filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  return dates.sort().pop() ?? formatYMD(summary.today);
}

/**
 * Every sheet of a summary, as data. Township level: 统计, 乡镇汇总, 明细; city level: 市汇总, one
 * `<市（区）>评估汇总表` per 市（区）, 明细; both: 抽查样本 when a sample was drawn, 安全住房率 when it was computed.
 */
export function summarySheets(summary: Summary, options: SummarySheetOptions = {}): SheetSpec[] {
  const locale = options.locale ?? "zh-CN";
  const date = fillDate(summary.tables, summary);
  const sheets: SheetSpec[] = [];
  const consolidated = new Map<SummaryTable, { sheet: string; c: ConsolidatedSheet }>();
  const tablesSheets: SheetSpec[] = [];
  if (summary.level === "township") {
    const name = SUMMARY_SHEET_NAMES.consolidated;
    const c = consolidatedSheet({
      name,
      meta: t(
        "summaryConsolidatedMeta",
        { township: summary.townships.map((tw) => tw.name).join("、"), date },
        locale,
      ),
      tables: summary.tables,
      withTownship: summary.townships.length > 1,
      locale,
    });
    for (const table of summary.tables) consolidated.set(table, { sheet: name, c });
    tablesSheets.push(c.builder.build());
  } else {
    for (const city of summary.cities) {
      const name = cityTableName(city.name);
      const c = consolidatedSheet({
        name,
        meta: t("summaryCityTableMeta", { city: city.name, date: fillDate(city.tables, summary) }, locale),
        tables: city.tables,
        withTownship: true,
        locale,
      });
      for (const table of city.tables) consolidated.set(table, { sheet: name, c });
      tablesSheets.push(c.builder.build());
    }
  }
  const empty: ReadonlyMap<SummaryHousehold, number> = new Map();
  const detail = detailSheet({
    name: SUMMARY_SHEET_NAMES.detail,
    tables: summary.tables,
    consolidated: (table) => {
      const at = consolidated.get(table);
      return { sheet: at?.sheet ?? "", rowOf: at?.c.rowOf ?? empty };
    },
    locale,
  });
  const statistics = {
    summary,
    consolidatedAt: (table: SummaryTable) => {
      const at = consolidated.get(table);
      const row = at?.c.firstRow.get(table);
      return at && row !== undefined ? { sheet: at.sheet, row } : undefined;
    },
    detailSheet: SUMMARY_SHEET_NAMES.detail,
    detailRow: (table: SummaryTable) => detail.firstRow.get(table),
    locale,
  };
  sheets.push(
    summary.level === "township"
      ? townshipStatisticsSheet({ ...statistics, name: SUMMARY_SHEET_NAMES.statistics }).build()
      : cityStatisticsSheet({ ...statistics, name: SUMMARY_SHEET_NAMES.city }).build(),
  );
  sheets.push(...tablesSheets, detail.builder.build());
  if (options.sample)
    sheets.push(sampleSheet(SUMMARY_SHEET_NAMES.sample, options.sample, summary.today, locale).build());
  if (options.safeHousing)
    sheets.push(safeHousingSheet(SUMMARY_SHEET_NAMES.safeHousing, options.safeHousing, locale).build());
  return sheets;
}
