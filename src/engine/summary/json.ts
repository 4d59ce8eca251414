import type { Locale } from "../messages";
import type { SummaryGroupJson, SummaryReport } from "../report";
import { figuresOf } from "./figures";
import type { Sample } from "./sample";
import type { SafeHousing } from "./safe-housing";
import { unsafeReason } from "./sheets/sample-sheet";
import type { Summary, SummaryGroup } from "./summarize";

export interface SummaryReportOptions {
  readonly safeHousing?: SafeHousing;
  readonly sample?: Sample;
  readonly locale?: Locale;
}

/**
 * The `anju summarize --format json` object (SPEC §5): groups (villages, or townships with their `city`), the
 * total under the name 合计, and at city level the 市（区） subtotals; `safeHousing` and, when drawn, `sample`
 * are additions.
 */
export function toSummaryReport(summary: Summary, options: SummaryReportOptions = {}): SummaryReport {
  const city = summary.level === "city";
  const report: SummaryReport = {
    schemaVersion: 1,
    level: summary.level,
    groups: summary.groups.map((g) => groupJson(g, city)),
    total: groupJson(summary.total, false),
  };
  if (city) report.cities = summary.cities.map((c) => groupJson(c, false));
  const safe = options.safeHousing;
  if (safe) {
    report.safeHousing = {
      households: safe.households,
      safe: safe.safe,
      rate: safe.rate ?? null,
      target: safe.target,
      met: safe.met,
      byKind: {
        revisit: { ...safe.byKind.revisit },
        relocation: { ...safe.byKind.relocation },
        renovation: { ...safe.byKind.renovation },
      },
      unsafe: safe.unsafe.map((u) => ({
        kind: u.kind,
        township: u.township,
        village: u.village,
        name: u.name,
        file: u.source.file,
        sheet: u.source.sheet,
        row: u.row,
        ...(u.grade === "C" || u.grade === "D" || u.grade === "unrated" ? { grade: u.grade } : {}),
        ruleIds: [...u.ruleIds],
        reason: unsafeReason(u, options.locale ?? "zh-CN"),
      })),
    };
  }
  const sample = options.sample;
  if (sample) {
    report.sample = {
      percent: sample.percent,
      seed: sample.seed,
      strata: sample.strata.map((s) => ({ ...s })),
      households: sample.households.map((h) => ({
        city: h.city,
        township: h.township,
        village: h.village,
        name: h.name,
        address: h.address,
        file: h.source.file,
        sheet: h.source.sheet,
        row: h.row,
      })),
    };
  }
  return report;
}

function groupJson(g: SummaryGroup, withCity: boolean): SummaryGroupJson {
  return { name: g.name, ...(withCity ? { city: g.city } : {}), ...figuresOf(g) };
}
