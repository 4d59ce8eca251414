import { a1 } from "../../model/address";
import { t, type Locale, type UiKey } from "../../messages";
import { toSerial } from "../../parse/date";
import type { YearCell } from "../../rules/revisit/row";
import type { SummaryHousehold, SummaryTable } from "../summarize";
import { twoRowHeader, type HeaderColumn } from "./columns";
import { cell, fileLink, SheetBuilder, type SheetCell } from "./layout";

export interface ConsolidatedSheet {
  readonly builder: SheetBuilder;
  /** 1-based row of each table's first household (its link target). */
  readonly firstRow: ReadonlyMap<SummaryTable, number>;
  /** 1-based row of each household. */
  readonly rowOf: ReadonlyMap<SummaryHousehold, number>;
}

export interface ConsolidatedOptions {
  readonly name: string;
  /** The meta line under the title (乡镇（街道）… 填报日期… or 市（区）… 填报日期…). */
  readonly meta: string;
  readonly tables: readonly SummaryTable[];
  /** Adds the 乡镇（街道） column (city level, or several townships). */
  readonly withTownship: boolean;
  readonly locale: Locale;
}

const TICK = "√";

/**
 * All households of the given village tables in the layout of 表A.1 (TZ 附录A) — title, meta line, the four
 * column groups — with 村（社区） (and 乡镇（街道）) columns added after 序号, and a 来源 column naming the file,
 * sheet and row each household was read from. Ticks are written as √, grades as A–D, dates as dates; a value
 * that could not be read is copied as written, so nothing a clerk typed is lost.
 */
export function consolidatedSheet(o: ConsolidatedOptions): ConsolidatedSheet {
  const l = o.locale;
  const tx = (key: UiKey) => t(key, {}, l);
  const basic = tx("summaryA1Basic");
  const columns: HeaderColumn[] = [
    { label: tx("summaryA1Seq"), group: basic },
    ...(o.withTownship ? [{ label: tx("summaryColTownship"), group: basic }] : []),
    { label: tx("summaryColVillage"), group: basic },
    { label: tx("summaryA1Head"), group: basic },
    { label: tx("summaryA1Phone"), group: basic },
    { label: tx("summaryA1Address"), group: basic },
    { label: tx("summaryA1Id"), group: basic },
    { label: tx("summaryA1NotRenovated"), group: tx("summaryA1History") },
    { label: tx("summaryA1ReinforcedYear"), group: tx("summaryA1History") },
    { label: tx("summaryA1RebuiltYear"), group: tx("summaryA1History") },
    { label: tx("summaryA1RevisitDate"), group: tx("summaryA1Revisit") },
    { label: tx("summaryA1Grade"), group: tx("summaryA1Revisit") },
    { label: tx("summaryA1ActReinforce"), group: tx("summaryA1Action") },
    { label: tx("summaryA1ActRebuild"), group: tx("summaryA1Action") },
    { label: tx("summaryColSource") },
  ];
  const widths = [6, ...(o.withTownship ? [12] : []), 12, 10, 14, 30, 20, 7, 10, 10, 12, 9, 7, 7, 34];
  const b = new SheetBuilder(o.name, widths);
  b.line(tx("summaryA1Title"), "title");
  b.line(o.meta);
  const header = twoRowHeader(b, columns);
  b.freeze = { rows: header + 1, cols: 0 };
  const firstRow = new Map<SummaryTable, number>();
  const rowOf = new Map<SummaryHousehold, number>();
  let seq = 0;
  for (const table of o.tables) {
    for (const h of table.households) {
      seq++;
      const r = b.add([
        seq,
        ...(o.withTownship ? [h.township] : []),
        h.village,
        h.name || null,
        h.phone || null,
        h.address || null,
        h.idNumber || null,
        h.notRenovated ? TICK : null,
        yearValue(h.reinforcedYear),
        yearValue(h.rebuiltYear),
        dateCell(h),
        h.grade !== "unrated" ? h.grade : h.gradeText || null,
        h.planReinforce ? TICK : null,
        h.planRebuild ? TICK : null,
        fileLink(
          t("summarySourceRow", { file: h.source.file, sheet: h.source.sheet, row: h.row }, l),
          h.source.href,
        ),
      ]);
      if (!firstRow.has(table)) firstRow.set(table, r + 1);
      rowOf.set(h, r + 1);
    }
  }
  if (seq === 0) b.line(tx("summaryNoHouseholds"));
  return { builder: b, firstRow, rowOf };
}

function yearValue(y: YearCell): string | number | null {
  if (y.text === "") return null;
  return y.year !== undefined && String(y.year) === y.text.replace(/年$/, "") ? y.year : y.text;
}

function dateCell(h: SummaryHousehold): SheetCell {
  if (h.revisitDate) return { value: toSerial(h.revisitDate), format: "date" };
  return cell(h.revisitText || null);
}

/** `A7` of a 1-based row: where a link into a consolidated sheet lands. */
export function rowAddress(row: number): string {
  return a1(row - 1, 0);
}
