import type { Severity } from "../engine/model/types";
import { SEVERITIES } from "../engine/model/types";
import type { CheckReport, FindingJson } from "../engine/report";
import { fold } from "../engine/parse/text";
import { ALL_RULES } from "../engine/rules/registry";

/**
 * The findings list's model, kept apart from React so that grouping, counting and filtering are tested on their
 * own (test/taskpane/findings.test.ts) and stay fast for thousands of findings: one pass to filter, one sort,
 * one pass to cut groups.
 */
export interface FindingItem extends FindingJson {
  /** Stable within one report: its position in the report. */
  readonly key: string;
  /** Folded text the search box matches against. */
  readonly haystack: string;
}

export interface Filters {
  /** Empty means all. */
  readonly severities: readonly Severity[];
  readonly rules: readonly string[];
  readonly sheets: readonly string[];
  readonly text: string;
}

export const NO_FILTERS: Filters = { severities: [], rules: [], sheets: [], text: "" };

export function isFiltered(f: Filters): boolean {
  return f.severities.length > 0 || f.rules.length > 0 || f.sheets.length > 0 || f.text.trim() !== "";
}

function normalise(text: string): string {
  return fold(text).toLowerCase();
}

export function toItems(report: CheckReport): FindingItem[] {
  return report.findings.map((f, i) => ({
    ...f,
    key: String(i),
    haystack: normalise(
      [
        f.sheet,
        `${f.sheet}!${f.cells.join(",")}`,
        f.cells.join(" "),
        f.ruleId,
        f.message,
        f.clause,
        `#${f.row}`,
      ].join("\u0001"),
    ),
  }));
}

/** Every word of the search must occur (sheet, cell, rule ID, message, clause, `#row`). */
export function filterFindings(items: readonly FindingItem[], filters: Filters): FindingItem[] {
  const words = filters.text
    .split(/[\s\u3000]+/)
    .map(normalise)
    .filter((w) => w !== "");
  const sev = new Set(filters.severities);
  const rules = new Set(filters.rules);
  const sheets = new Set(filters.sheets);
  return items.filter(
    (f) =>
      (sev.size === 0 || sev.has(f.severity)) &&
      (rules.size === 0 || rules.has(f.ruleId)) &&
      (sheets.size === 0 || sheets.has(f.sheet)) &&
      words.every((w) => f.haystack.includes(w)),
  );
}

/** The shape of Fluent's IGroup (kept structural so this module needs no UI library). */
export interface FindingGroup {
  readonly key: string;
  readonly name: string;
  readonly startIndex: number;
  readonly count: number;
  readonly level: number;
  readonly children?: FindingGroup[];
  readonly isCollapsed?: boolean;
  readonly data: { readonly severity: Severity; readonly ruleId?: string };
}

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };
const RULE_RANK = new Map<string, number>(ALL_RULES.map((r, i) => [r.id, i]));

function ruleRank(id: string): number {
  return RULE_RANK.get(id) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Items in list order (severity, then rule in catalogue order, then as reported: sheet order and row) with
 * two-level groups: severity › rule. `label` names a group; counts are the items under it.
 */
export function groupFindings(
  items: readonly FindingItem[],
  label: { severity(s: Severity): string; rule(id: string): string },
): { items: FindingItem[]; groups: FindingGroup[] } {
  const sorted = items
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        (SEVERITY_RANK[a.item.severity] ?? 9) - (SEVERITY_RANK[b.item.severity] ?? 9) ||
        ruleRank(a.item.ruleId) - ruleRank(b.item.ruleId) ||
        a.item.ruleId.localeCompare(b.item.ruleId) ||
        a.i - b.i,
    )
    .map((x) => x.item);
  const groups: FindingGroup[] = [];
  let i = 0;
  while (i < sorted.length) {
    const severity = (sorted[i] as FindingItem).severity;
    const start = i;
    const children: FindingGroup[] = [];
    while (i < sorted.length && (sorted[i] as FindingItem).severity === severity) {
      const ruleId = (sorted[i] as FindingItem).ruleId;
      const ruleStart = i;
      while (
        i < sorted.length &&
        (sorted[i] as FindingItem).severity === severity &&
        (sorted[i] as FindingItem).ruleId === ruleId
      ) {
        i++;
      }
      children.push({
        key: `${severity}:${ruleId}`,
        name: `${ruleId} ${label.rule(ruleId)}`,
        startIndex: ruleStart,
        count: i - ruleStart,
        level: 1,
        data: { severity, ruleId },
      });
    }
    groups.push({
      key: severity,
      name: label.severity(severity),
      startIndex: start,
      count: i - start,
      level: 0,
      children,
      data: { severity },
    });
  }
  return { items: sorted, groups };
}

export function countBySeverity(items: readonly FindingJson[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of items) counts[f.severity]++;
  return counts;
}

/** Distinct values with their counts, for the filter menus: rules in catalogue order, sheets as reported. */
export function facetCounts(items: readonly FindingJson[]): {
  severities: Array<{ key: Severity; count: number }>;
  rules: Array<{ key: string; count: number }>;
  sheets: Array<{ key: string; count: number }>;
} {
  const rules = new Map<string, number>();
  const sheets = new Map<string, number>();
  const sev = countBySeverity(items);
  for (const f of items) {
    rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1);
    sheets.set(f.sheet, (sheets.get(f.sheet) ?? 0) + 1);
  }
  return {
    severities: SEVERITIES.filter((s) => sev[s] > 0).map((key) => ({ key, count: sev[key] })),
    rules: [...rules]
      .sort((a, b) => ruleRank(a[0]) - ruleRank(b[0]) || a[0].localeCompare(b[0]))
      .map(([key, count]) => ({ key, count })),
    sheets: [...sheets].map(([key, count]) => ({ key, count })),
  };
}

export interface CellMark {
  readonly severity: Severity;
  readonly findings: readonly FindingJson[];
}

const WORSE: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Worst severity per marked cell of each sheet (the same colours Excel gets, SPEC §3). */
export function cellMarks(findings: readonly FindingJson[]): Map<string, Map<string, CellMark>> {
  const bySheet = new Map<string, Map<string, { severity: Severity; findings: FindingJson[] }>>();
  for (const f of findings) {
    let sheet = bySheet.get(f.sheet);
    if (!sheet) bySheet.set(f.sheet, (sheet = new Map()));
    for (const address of f.cells) {
      const m = sheet.get(address);
      if (!m) sheet.set(address, { severity: f.severity, findings: [f] });
      else {
        m.findings.push(f);
        if (WORSE[f.severity] > WORSE[m.severity]) m.severity = f.severity;
      }
    }
  }
  return bySheet;
}
