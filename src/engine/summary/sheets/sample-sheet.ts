import { kindLabel, t, type Locale, type UiKey } from "../../messages";
import { formatYMD, toSerial, type YMD } from "../../parse/date";
import type { Sample } from "../sample";
import type { SafeHousing } from "../safe-housing";
import { gradeLabel } from "./detail";
import { cell, fileLink, SheetBuilder } from "./layout";

/**
 * 抽查样本 (SX 四, TZ 12.5): how the sample was drawn (percentage, seed, per township N → n), then one line per
 * drawn household with what an inspector needs to find it and blank columns for the result.
 */
export function sampleSheet(name: string, sample: Sample, today: YMD, locale: Locale): SheetBuilder {
  const tx = (key: UiKey) => t(key, {}, locale);
  const headers = [
    tx("summaryA1Seq"),
    tx("sumCity"),
    tx("summaryColTownship"),
    tx("summaryColVillage"),
    tx("summaryA1Head"),
    tx("summaryA1Phone"),
    tx("summaryA1Address"),
    tx("summaryA1Grade"),
    tx("summaryA1RevisitDate"),
    tx("summaryColFile"),
    tx("summaryColSheet"),
    tx("summaryColRow"),
    tx("summarySampleResult"),
    tx("summarySampleInspector"),
    tx("summarySampleRemark"),
  ];
  const b = new SheetBuilder(name, [6, 9, 12, 12, 10, 14, 30, 10, 12, 20, 12, 6, 14, 10, 20]);
  b.line(tx("summarySampleTitle"), "title");
  b.line(t("summarySampleInfo", { percent: sample.percent, seed: sample.seed }, locale));
  b.line(t("summarySampleDate", { date: formatYMD(today) }, locale));
  for (const s of sample.strata) b.line(t("summarySampleStratum", { ...s }, locale));
  b.blank();
  const header = b.add(headers.map((h) => ({ value: h, style: "header" as const })));
  sample.households.forEach((h, i) => {
    b.add([
      i + 1,
      h.city,
      h.township,
      h.village,
      h.name || null,
      h.phone || null,
      h.address || null,
      gradeLabel(h.grade, locale),
      h.revisitDate ? { value: toSerial(h.revisitDate), format: "date" } : cell(h.revisitText || null),
      fileLink(h.source.file, h.source.href),
      h.source.sheet,
      h.row,
    ]);
  });
  b.freeze = { rows: header + 1, cols: 0 };
  b.filter = { top: header, left: 0, bottom: Math.max(header, b.next - 1), right: headers.length - 1 };
  return b;
}

/**
 * 安全住房率 (SX 二.2): the rate against the target, the counts by source, and every household that pulls the
 * rate down with the reason (its grade, or the rules its ledger row breaks).
 */
export function safeHousingSheet(name: string, safe: SafeHousing, locale: Locale): SheetBuilder {
  const tx = (key: UiKey) => t(key, {}, locale);
  const headers = [
    tx("summaryA1Seq"),
    tx("summaryColKind"),
    tx("summaryColTownship"),
    tx("summaryColVillage"),
    tx("summaryA1Head"),
    tx("summaryColReason"),
    tx("summaryColFile"),
    tx("summaryColSheet"),
    tx("summaryColRow"),
  ];
  const b = new SheetBuilder(name, [6, 16, 12, 12, 10, 40, 20, 12, 6]);
  b.line(tx("summarySafeTitle"), "title");
  b.line(tx("summarySafeInfo"));
  b.add([
    tx("summarySafeRate"),
    null,
    safe.rate !== undefined ? { value: safe.rate, format: "percent" } : tx("summarySafeNone"),
    tx("summarySafeTarget"),
    { value: safe.target, format: "percent" },
    { value: safeVerdict(safe, locale), style: safe.met ? "info" : "warn" },
  ]);
  b.merge(b.next - 1, 0, b.next - 1, 1);
  for (const kind of ["revisit", "relocation", "renovation"] as const) {
    const k = safe.byKind[kind];
    b.add([kindLabel(kind, locale), null, k.households, tx("summarySafeSafe"), k.safe]);
    b.merge(b.next - 1, 0, b.next - 1, 1);
  }
  b.add([tx("summarySafeAll"), null, safe.households, tx("summarySafeSafe"), safe.safe]);
  b.merge(b.next - 1, 0, b.next - 1, 1);
  b.line(tx("summarySafeDuplicates"));
  b.blank();
  b.line(t("summarySafeUnsafe", { count: safe.unsafe.length }, locale), "warn");
  const header = b.add(headers.map((h) => ({ value: h, style: "header" as const })));
  safe.unsafe.forEach((u, i) => {
    b.add([
      i + 1,
      kindLabel(u.kind, locale),
      u.township,
      u.village || null,
      u.name || null,
      unsafeReason(u, locale),
      fileLink(u.source.file, u.source.href),
      u.source.sheet,
      u.row,
    ]);
  });
  b.filter = { top: header, left: 0, bottom: Math.max(header, b.next - 1), right: headers.length - 1 };
  return b;
}

export function safeVerdict(safe: SafeHousing, locale: Locale): string {
  if (safe.rate === undefined) return t("summarySafeNone", {}, locale);
  return t(safe.met ? "summarySafeMet" : "summarySafeMissed", {}, locale);
}

export function unsafeReason(u: { grade?: string; ruleIds: readonly string[] }, locale: Locale): string {
  if (u.ruleIds.length > 0) return t("summaryReasonRules", { rules: u.ruleIds.join("、") }, locale);
  if (u.grade === "unrated" || u.grade === undefined) return t("summaryReasonUnrated", {}, locale);
  return t("summaryReasonGrade", { grade: u.grade }, locale);
}
