import { t, type Locale, type UiKey } from "../../messages";
import { cityNotes, generatedLine, nameNotes, ratesLine, sourcesLine } from "../notes";
import type { Summary, SummaryGroup, SummaryTable } from "../summarize";
import { figureCells, figureHeaders, twoRowHeader, type HeaderColumn } from "./columns";
import { rowAddress } from "./consolidated";
import { cell, fileLink, internalLink, SheetBuilder, type SheetCell } from "./layout";

export interface StatisticsOptions {
  readonly name: string;
  readonly summary: Summary;
  /** Sheet and 1-based row of a table's first household in the consolidated sheet(s). */
  readonly consolidatedAt: (table: SummaryTable) => { sheet: string; row: number } | undefined;
  readonly detailSheet: string;
  readonly detailRow: (table: SummaryTable) => number | undefined;
  readonly locale: Locale;
}

/** The lines above a statistics table: sources, date and rule-set version, rates, how names were found. */
function infoLines(b: SheetBuilder, summary: Summary, locale: Locale): void {
  b.line(sourcesLine(summary, locale));
  b.line(generatedLine(summary, locale));
  b.line(ratesLine(summary, locale));
  for (const n of [...cityNotes(summary, locale), ...nameNotes(summary, locale)])
    b.line(n.text, n.warn ? "warn" : "info");
  b.blank();
}

function sourceText(g: SummaryGroup, locale: Locale): SheetCell {
  const text = g.tables.map((tb) =>
    t("summarySourceSheet", { file: tb.source.file, sheet: tb.source.sheet }, locale),
  );
  const files = new Set(g.tables.map((tb) => tb.source.href ?? ""));
  const first = g.tables[0];
  return files.size === 1 && first ? fileLink(text.join("；"), first.source.href) : cell(text.join("；"));
}

function links(o: StatisticsOptions, g: SummaryGroup): { name: SheetCell; detail: SheetCell | null } {
  const first = g.tables[0];
  const at = first ? o.consolidatedAt(first) : undefined;
  const name = at ? internalLink(g.name, at.sheet, rowAddress(at.row)) : cell(g.name);
  const d = first ? o.detailRow(first) : undefined;
  return {
    name,
    detail: d !== undefined ? internalLink(t("linkText", {}, o.locale), o.detailSheet, rowAddress(d)) : null,
  };
}

/**
 * 统计 (township level): one row per village with the figures of SPEC §4 and a 合计 row. The village's name links
 * to its households in 乡镇汇总, the last column to its lines in 明细; 名称来源 says whether the village's name is
 * the table's 村（社区） or its sheet's name, 来源 names the file and sheet.
 */
export function townshipStatisticsSheet(o: StatisticsOptions): SheetBuilder {
  const { summary, locale: l } = o;
  const tx = (key: UiKey) => t(key, {}, l);
  const several = summary.townships.length > 1;
  const lead: HeaderColumn[] = [
    ...(several ? [{ label: tx("summaryColTownship") }] : []),
    { label: tx("summaryColVillage") },
  ];
  const trail: HeaderColumn[] = [
    { label: tx("summaryColNameFrom") },
    { label: tx("summaryColSource") },
    { label: tx("summaryColDetail") },
  ];
  const columns = [...lead, ...figureHeaders(l), ...trail];
  const widths = [...lead.map(() => 12), 7, 7, 10, 10, 5, 5, 5, 5, 7, 10, 10, 9, 6, 6, 13, 14, 10, 34, 6];
  const b = new SheetBuilder(o.name, widths);
  const townships = summary.townships.map((tw) => tw.name).join("、");
  b.line(t("summaryTownshipTitle", { township: townships }, l), "title");
  infoLines(b, summary, l);
  const header = twoRowHeader(b, columns);
  b.freeze = { rows: header + 1, cols: lead.length };
  for (const g of summary.groups) {
    const { name, detail } = links(o, g);
    const from = g.tables.every((tb) => tb.villageFrom === "meta") ? "summaryNameMeta" : "summaryNameSheet";
    b.add([...(several ? [g.township] : []), name, ...figureCells(g), tx(from), sourceText(g, l), detail]);
  }
  const total = b.add([
    ...(several ? [tx("sumTotal")] : []),
    several ? null : tx("sumTotal"),
    ...figureCells(summary.total),
  ]);
  b.style(total, "total");
  if (summary.groups.length === 0) b.line(tx("summaryNoHouseholds"));
  return b;
}

/**
 * 市汇总 (city level): one row per township grouped by 市（区）, a 小计 row per 市（区） and the 合计 row. A
 * township's name links to its households in its 市（区）'s 评估汇总表; 市（区）依据 says how its 市（区） was found.
 */
export function cityStatisticsSheet(o: StatisticsOptions): SheetBuilder {
  const { summary, locale: l } = o;
  const tx = (key: UiKey) => t(key, {}, l);
  const lead: HeaderColumn[] = [{ label: tx("sumCity") }, { label: tx("summaryColTownship") }];
  const trail: HeaderColumn[] = [
    { label: tx("summaryColCityFrom") },
    { label: tx("summaryColSource") },
    { label: tx("summaryColDetail") },
  ];
  const columns = [...lead, ...figureHeaders(l), ...trail];
  const widths = [12, 14, 7, 7, 10, 10, 5, 5, 5, 5, 7, 10, 10, 9, 6, 6, 13, 14, 16, 40, 6];
  const b = new SheetBuilder(o.name, widths);
  b.line(tx("summaryCityTitle"), "title");
  infoLines(b, summary, l);
  const header = twoRowHeader(b, columns);
  b.freeze = { rows: header + 1, cols: 2 };
  const infoOf = new Map(summary.townships.map((tw) => [tw.name, tw]));
  for (const city of summary.cities) {
    for (const g of summary.groups.filter((x) => x.city === city.name)) {
      const { name, detail } = links(o, g);
      const from = infoOf.get(g.township)?.cityFrom ?? "none";
      b.add([g.city, name, ...figureCells(g), tx(`summaryCityFrom_${from}`), sourceText(g, l), detail]);
    }
    const r = b.add([t("sumSubtotal", { name: city.name }, l), null, ...figureCells(city)]);
    b.style(r, "subtotal");
  }
  const total = b.add([tx("sumTotal"), null, ...figureCells(summary.total)]);
  b.style(total, "total");
  if (summary.groups.length === 0) b.line(tx("summaryNoHouseholds"));
  return b;
}
