import { t, type Locale } from "../messages";
import { cityNotes, generatedLine, money, nameNotes, ratesLine, sourcesLine } from "./notes";
import type { Sample } from "./sample";
import type { SafeHousing } from "./safe-housing";
import { FIGURE_COLUMNS } from "./sheets/columns";
import { gradeLabel } from "./sheets/detail";
import { safeVerdict, unsafeReason } from "./sheets/sample-sheet";
import type { Summary, SummaryGroup } from "./summarize";

export interface SummaryTextOptions {
  readonly safeHousing?: SafeHousing;
  readonly sample?: Sample;
  readonly locale?: Locale;
  /** At most this many households that pull the safe-housing rate down are listed (all are in the sheet). */
  readonly unsafeLines?: number;
}

/** `anju summarize` text output: the statistics as an aligned table, then the rate and the sample. */
export function summaryText(summary: Summary, options: SummaryTextOptions = {}): string {
  const l = options.locale ?? "zh-CN";
  const lines: string[] = [];
  const townships = summary.townships.map((tw) => tw.name).join("、");
  lines.push(
    summary.level === "township"
      ? t("summaryTownshipTitle", { township: townships || "—" }, l)
      : t("summaryCityTitle", {}, l),
  );
  lines.push(sourcesLine(summary, l), generatedLine(summary, l), ratesLine(summary, l));
  for (const n of [...cityNotes(summary, l), ...nameNotes(summary, l)])
    lines.push(`${n.warn ? "! " : ""}${n.text}`);
  lines.push("");
  const city = summary.level === "city";
  const head = [
    ...(city ? [t("sumCity", {}, l)] : []),
    t(city ? "summaryColTownship" : "summaryColVillage", {}, l),
    ...FIGURE_COLUMNS.map((c) => t(c.key, {}, l)),
  ];
  const row = (g: SummaryGroup, label: string, cityCell: string): string[] => [
    ...(city ? [cityCell] : []),
    label,
    ...FIGURE_COLUMNS.map((c) => (c.money ? money(c.value(g)) : String(c.value(g)))),
  ];
  const rows: string[][] = [head];
  if (city) {
    for (const c of summary.cities) {
      for (const g of summary.groups.filter((x) => x.city === c.name)) rows.push(row(g, g.name, g.city));
      rows.push(row(c, "", t("sumSubtotal", { name: c.name }, l)));
    }
    rows.push(row(summary.total, "", t("sumTotal", {}, l)));
  } else {
    for (const g of summary.groups) rows.push(row(g, g.name, ""));
    rows.push(row(summary.total, t("sumTotal", {}, l), ""));
  }
  lines.push(...alignTable(rows, city ? 2 : 1));
  const safe = options.safeHousing;
  if (safe) {
    lines.push("");
    lines.push(
      t(
        "summarySafeLine",
        {
          safe: safe.safe,
          households: safe.households,
          rate: safe.rate !== undefined ? percent(safe.rate) : "—",
          target: percent(safe.target),
          verdict: safeVerdict(safe, l),
        },
        l,
      ),
    );
    const max = options.unsafeLines ?? 20;
    for (const u of safe.unsafe.slice(0, max)) {
      lines.push(
        `  ${u.township} ${u.village} ${u.name || "—"}（${u.source.file} / ${u.source.sheet} ${t("summaryRowN", { row: u.row }, l)}）：${unsafeReason(u, l)}`,
      );
    }
    if (safe.unsafe.length > max) lines.push(`  ${t("summaryMore", { count: safe.unsafe.length - max }, l)}`);
  }
  const sample = options.sample;
  if (sample) {
    lines.push("");
    lines.push(t("summarySampleInfo", { percent: sample.percent, seed: sample.seed }, l));
    for (const s of sample.strata) lines.push(`  ${t("summarySampleStratum", { ...s }, l)}`);
    sample.households.forEach((h, i) => {
      lines.push(
        `  ${i + 1}. ${h.township} ${h.village} ${h.name || "—"} ${h.address || "—"} ${gradeLabel(h.grade, l)}（${h.source.file} / ${h.source.sheet} ${t("summaryRowN", { row: h.row }, l)}）`,
      );
    });
  }
  return `${lines.join("\n")}\n`;
}

function percent(x: number): string {
  return `${(Math.round(x * 10_000) / 100).toFixed(2)}%`;
}

/** Terminal width of a string: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

/** Columns padded to their widest cell; the first `textCols` columns left-aligned, numbers right-aligned. */
function alignTable(rows: readonly string[][], textCols: number): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((r) =>
    r
      .map((c, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - displayWidth(c));
        return i < textCols ? c + pad : pad + c;
      })
      .join("  ")
      .trimEnd(),
  );
}
