import { t, type Locale } from "../messages";
import { formatYMD } from "../parse/date";
import type { Summary, TownshipInfo } from "./summarize";

/** A line the summary states about how it read its inputs; `warn` lines need the clerk's attention. */
export interface SummaryNote {
  readonly text: string;
  readonly warn: boolean;
}

/** How each township's 市（区） was decided (SPEC §4: from configuration, else the address prefix, else 未指定). */
export function cityNotes(summary: Summary, locale: Locale = "zh-CN"): SummaryNote[] {
  return summary.townships.map((tw) => cityNote(tw, locale));
}

export function cityNote(tw: TownshipInfo, locale: Locale = "zh-CN"): SummaryNote {
  const p = { township: tw.name, city: tw.city };
  switch (tw.cityFrom) {
    case "config":
      return { text: t("summaryCityConfig", p, locale), warn: false };
    case "township":
      return { text: t("summaryCityTownship", p, locale), warn: false };
    case "address": {
      const top = tw.cityVotes[0];
      if (tw.cityVotes.length > 1) {
        const votes = tw.cityVotes.map(([c, n]) => t("summaryCityVote", { city: c, count: n }, locale));
        return { text: t("summaryCityConflict", { ...p, votes: votes.join("、") }, locale), warn: true };
      }
      return {
        text: t("summaryCityAddress", { ...p, count: top ? top[1] : 0, total: tw.addresses }, locale),
        warn: false,
      };
    }
    default:
      return { text: t("summaryCityNone", p, locale), warn: true };
  }
}

/** Village and township names that did not come from the table's own meta row. */
export function nameNotes(summary: Summary, locale: Locale = "zh-CN"): SummaryNote[] {
  const out: SummaryNote[] = summary.files
    .filter((f) => f.fromSummary)
    .map((f) => ({ text: t("summaryFromSummary", { file: f.file }, locale), warn: true }));
  for (const table of summary.tables) {
    if (summary.files[table.source.fileIndex]?.fromSummary) continue;
    const p = {
      file: table.source.file,
      sheet: table.source.sheet,
      village: table.village,
      township: table.township,
    };
    if (table.villageFrom === "sheet")
      out.push({ text: t("summaryVillageFromSheet", p, locale), warn: true });
    if (table.townshipFrom === "workbook")
      out.push({ text: t("summaryTownshipFromWorkbook", p, locale), warn: true });
    if (table.townshipFrom === "file")
      out.push({ text: t("summaryTownshipFromFile", p, locale), warn: true });
  }
  return out;
}

/** TZ 8.2 rates for each 市（区） present, and the TZ 8.4 appraisal figure. */
export function ratesLine(summary: Summary, locale: Locale = "zh-CN"): string {
  const seen = new Map<string, string>();
  for (const tw of summary.townships) {
    const key = `${tw.rates.rebuild}/${tw.rates.reinforce}`;
    const names = seen.get(key);
    seen.set(key, names ? `${names}、${tw.city}` : tw.city);
  }
  const parts = [...seen.entries()].map(([key, cities]) => {
    const [rebuild, reinforce] = key.split("/");
    return t(
      "summaryRate",
      { cities, rebuild: money(Number(rebuild)), reinforce: money(Number(reinforce)) },
      locale,
    );
  });
  return t(
    "summaryRates",
    { rates: parts.join("；") || "—", appraisal: money(summary.appraisalPerHousehold) },
    locale,
  );
}

export function sourcesLine(summary: Summary, locale: Locale = "zh-CN"): string {
  return t("summaryFiles", { files: summary.files.map((f) => f.file).join("、") }, locale);
}

export function generatedLine(summary: Summary, locale: Locale = "zh-CN"): string {
  return t("summaryGenerated", { date: formatYMD(summary.today), version: summary.rulesetVersion }, locale);
}

/** 22000 → 22,000 (the same on every machine). */
export function money(n: number): string {
  const [whole, frac] = String(Math.round(n * 100) / 100).split(".");
  const grouped = (whole ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}
