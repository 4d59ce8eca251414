import { t, type Locale, type UiKey } from "../../messages";
import type { GradeClass, HistoryClass } from "../figures";
import type { SummaryHousehold, SummaryTable } from "../summarize";
import { rowAddress } from "./consolidated";
import { fileLink, internalLink, SheetBuilder, yuan, type SheetCell } from "./layout";

export interface DetailSheet {
  readonly builder: SheetBuilder;
  /** 1-based row of each table's first line (its link target). */
  readonly firstRow: ReadonlyMap<SummaryTable, number>;
}

export interface DetailOptions {
  readonly name: string;
  readonly tables: readonly SummaryTable[];
  /** Where each table's households are in the consolidated sheet(s), for the 定位 links. */
  readonly consolidated: (table: SummaryTable) => {
    sheet: string;
    rowOf: ReadonlyMap<SummaryHousehold, number>;
  };
  readonly locale: Locale;
}

export const HISTORY_KEYS: Readonly<Record<HistoryClass, UiKey>> = {
  none: "sumHistNone",
  reinforced: "sumHistReinforced",
  rebuilt: "sumHistRebuilt",
};

export function gradeLabel(g: GradeClass, locale: Locale): string {
  return g === "unrated" ? t("sumUnrated", {}, locale) : g;
}

/**
 * 明细: one line per household, keyed by every category it counts in, so that filtering by village or township
 * and adding up a column reproduces each figure of the statistics (户数, 拟维修加固, 回访逾期, 错误 … as numbers;
 * 以往改造 and 房屋安全状况 as words to filter by). Findings that belong to a table rather than a household (a
 * missing meta field or column) get a line of their own with 户数 0, so the error and warning columns add up too.
 */
export function detailSheet(o: DetailOptions): DetailSheet {
  const l = o.locale;
  const tx = (key: UiKey) => t(key, {}, l);
  const headers = [
    tx("summaryA1Seq"),
    tx("sumCity"),
    tx("summaryColTownship"),
    tx("summaryColVillage"),
    tx("summaryA1Head"),
    tx("summaryA1Address"),
    tx("sumHouseholds"),
    tx("summaryA1History"),
    tx("summaryA1Grade"),
    tx("sumPlanReinforce"),
    tx("sumPlanRebuild"),
    tx("sumOverdue"),
    tx("sumErrors"),
    tx("sumWarnings"),
    tx("summaryColRules"),
    tx("sumSubsidy"),
    tx("sumAppraisal"),
    tx("summaryColFile"),
    tx("summaryColSheet"),
    tx("summaryColRow"),
    tx("colLink"),
  ];
  const widths = [6, 9, 12, 12, 10, 30, 6, 12, 12, 10, 10, 9, 6, 6, 30, 13, 13, 20, 12, 6, 6];
  const b = new SheetBuilder(o.name, widths);
  b.line(tx("summaryDetailTitle"), "title");
  b.line(tx("summaryDetailHelp"));
  const header = b.add(headers.map((h) => ({ value: h, style: "header" as const })));
  const firstRow = new Map<SummaryTable, number>();
  let seq = 0;
  const flag = (v: boolean) => (v ? 1 : null);
  for (const table of o.tables) {
    const target = o.consolidated(table);
    for (const h of table.households) {
      seq++;
      const at = target.rowOf.get(h);
      const r = b.add([
        seq,
        h.city,
        h.township,
        h.village,
        h.name || null,
        h.address || null,
        1,
        tx(HISTORY_KEYS[h.history]),
        gradeLabel(h.grade, l),
        flag(h.planReinforce),
        flag(h.planRebuild),
        flag(h.overdue),
        h.errors,
        h.warnings,
        h.ruleIds.join("、") || null,
        yuan(h.subsidyYuan),
        yuan(h.appraisalYuan),
        fileLink(h.source.file, h.source.href),
        h.source.sheet,
        h.row,
        at !== undefined ? internalLink(tx("linkText"), target.sheet, rowAddress(at)) : null,
      ]);
      if (!firstRow.has(table)) firstRow.set(table, r + 1);
    }
    if (table.tableErrors + table.tableWarnings > 0) {
      seq++;
      const r = b.add(tableLine(seq, table, tx));
      if (!firstRow.has(table)) firstRow.set(table, r + 1);
    }
  }
  b.freeze = { rows: header + 1, cols: 0 };
  b.filter = { top: header, left: 0, bottom: Math.max(header, b.next - 1), right: headers.length - 1 };
  return { builder: b, firstRow };
}

function tableLine(
  seq: number,
  table: SummaryTable,
  tx: (k: UiKey) => string,
): Array<SheetCell | null | number | string> {
  return [
    seq,
    table.city,
    table.township,
    table.village,
    tx("summaryTableLevel"),
    null,
    0,
    null,
    null,
    null,
    null,
    null,
    table.tableErrors,
    table.tableWarnings,
    table.tableRuleIds.join("、") || null,
    yuan(0),
    yuan(0),
    fileLink(table.source.file, table.source.href),
    table.source.sheet,
    null,
    null,
  ];
}
