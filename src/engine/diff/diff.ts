import { checkWorkbook, countBySeverity, type CheckOptions, type CheckResult } from "../check";
import { householdRecords, matchHouseholds, normalizeName, type HouseholdRecord } from "../identity";
import { parseA1 } from "../model/address";
import type { Finding, Severity, WorkbookData } from "../model/types";
import { DIFF_RULES } from "../rules/diff";
import { gradeRank, type DiffContext, type DiffHousehold, type DiffRule } from "../rules/diff/types";

/** One submission: its file name as the clerk knows it, and its checked workbook. */
export interface DiffInput {
  readonly file: string;
  readonly result: CheckResult;
}

/** A DF finding, with the file it points into (the current workbook; the previous one for DF-GONE). */
export interface DiffFinding extends Finding {
  readonly file: string;
}

/** Per village and in total (SPEC §10). */
export interface VillageCounts {
  readonly name: string;
  readonly previous: number;
  readonly current: number;
  readonly new: number;
  readonly gone: number;
  readonly moved: number;
  readonly improved: number;
  readonly worsened: number;
  readonly stale: number;
}

export interface DiffResult {
  readonly previous: DiffInput;
  readonly current: DiffInput;
  /** Findings on the current workbook first (its sheet and row order), then DF-GONE on the previous one. */
  readonly findings: readonly DiffFinding[];
  readonly villages: readonly VillageCounts[];
  readonly total: VillageCounts;
  readonly counts: Readonly<Record<Severity, number>>;
}

/** Reads both workbooks' tables and compares them: `anju diff`. */
export function diffWorkbooks(
  previous: { readonly file: string; readonly workbook: WorkbookData },
  current: { readonly file: string; readonly workbook: WorkbookData },
  options: CheckOptions,
): DiffResult {
  // Neither workbook's own findings are reported: their tables are found and rows parsed, no rule runs.
  const parsed = { ...options, rules: "none" as const };
  return diffChecked(
    { file: previous.file, result: checkWorkbook(previous.workbook, parsed) },
    { file: current.file, result: checkWorkbook(current.workbook, parsed) },
  );
}

type Counts = { -readonly [K in Exclude<keyof VillageCounts, "name">]: number };
const ZERO: Counts = {
  previous: 0,
  current: 0,
  new: 0,
  gone: 0,
  moved: 0,
  improved: 0,
  worsened: 0,
  stale: 0,
};

/**
 * Compares the revisit tables of two checked submissions of one township (SPEC §10): households matched by §9
 * across each whole workbook, every DF rule run once per matched pair or unmatched household.
 */
export function diffChecked(previous: DiffInput, current: DiffInput): DiffResult {
  const revisit = (input: DiffInput) =>
    householdRecords([input]).filter(
      (r): r is HouseholdRecord<DiffHousehold> => r.ref.kind === "revisit",
    ) as HouseholdRecord<DiffHousehold>[];
  const before = revisit(previous);
  const now = revisit(current);
  const match = matchHouseholds(before, now);

  const found: Array<{ f: DiffFinding; side: number; sheet: number; col: number; rule: number }> = [];
  const sheetOrder = [previous, current].map(
    (input) => new Map(input.result.tables.map((t, i) => [t.info.sheet, i])),
  );
  let current_: DiffRule = DIFF_RULES[0] as DiffRule;
  const ctx: DiffContext = {
    report(input) {
      const rule = current_;
      const h = input.at;
      const cells = input.fields
        .map((k) => h.table.context.address(h.r, k))
        .filter((c): c is string => c !== undefined)
        .sort((a, b) => (parseA1(a)?.col ?? 0) - (parseA1(b)?.col ?? 0));
      const side = input.side === "previous" ? 0 : 1;
      const f: DiffFinding = {
        ruleId: rule.id,
        severity: input.severity ?? rule.severity,
        file: (side === 0 ? previous : current).file,
        sheet: h.table.info.sheet,
        row: h.r + 1,
        cells,
        params: { name: h.household.name, ...input.params },
        clause: rule.clause,
      };
      found.push({
        f,
        side,
        sheet: sheetOrder[side]?.get(f.sheet) ?? 0,
        col: cells[0] ? (parseA1(cells[0])?.col ?? -1) : -1,
        rule: DIFF_RULES.indexOf(rule),
      });
    },
  };
  const has = (h: DiffHousehold, needs: readonly string[]) => needs.every((k) => h.table.context.has(k));

  // Counts per village, keyed by its folded name, shown as first written (current workbook first).
  const villages = new Map<string, { name: string; counts: Counts }>();
  const village = (name: string) => {
    const key = normalizeName(name);
    let v = villages.get(key);
    if (!v) villages.set(key, (v = { name: name.trim(), counts: { ...ZERO } }));
    return v.counts;
  };
  for (const r of now) village(r.ref.household.village).current++;
  for (const r of before) village(r.ref.household.village).previous++;

  const ambiguousBefore = new Set<unknown>(match.ambiguous.left);
  const ambiguousNow = new Set<unknown>(match.ambiguous.right);
  for (const p of match.pairs) {
    const pair = { previous: p.left.ref, current: p.right.ref, by: p.by, idChanged: p.idChanged };
    const mark = found.length;
    for (const rule of DIFF_RULES) {
      if (!rule.pair || !has(pair.previous, rule.needs) || !has(pair.current, rule.needs)) continue;
      current_ = rule;
      rule.pair(pair, ctx);
    }
    let moved = false;
    let stale = false;
    for (let i = mark; i < found.length; i++) {
      const id = found[i]?.f.ruleId;
      if (id === "DF-MOVED") moved = true;
      else if (id === "DF-REVISIT-STALE") stale = true;
    }
    const here = village(pair.current.household.village);
    if (moved) here.moved++;
    if (stale) here.stale++;
    const a = gradeRank(pair.previous.household.grade);
    const b = gradeRank(pair.current.household.grade);
    if (a !== undefined && b !== undefined && b < a) here.improved++;
    if (a !== undefined && b !== undefined && b > a) here.worsened++;
  }
  for (const r of match.leftOnly) {
    village(r.ref.household.village).gone++;
    for (const rule of DIFF_RULES) {
      if (!rule.gone || !has(r.ref, rule.needs)) continue;
      current_ = rule;
      rule.gone(r.ref, ctx, ambiguousBefore.has(r));
    }
  }
  for (const r of match.rightOnly) {
    village(r.ref.household.village).new++;
    for (const rule of DIFF_RULES) {
      if (!rule.added || !has(r.ref, rule.needs)) continue;
      current_ = rule;
      rule.added(r.ref, ctx, ambiguousNow.has(r));
    }
  }

  found.sort(
    (x, y) => y.side - x.side || x.sheet - y.sheet || x.f.row - y.f.row || x.col - y.col || x.rule - y.rule,
  );
  const findings = found.map((x) => x.f);
  const list = [...villages.values()].map((v) => ({ name: v.name, ...v.counts }));
  const total: Counts = { ...ZERO };
  for (const v of list) for (const k of Object.keys(ZERO) as (keyof Counts)[]) total[k] += v[k];
  return {
    previous,
    current,
    findings,
    villages: list,
    total: { name: "合计", ...total },
    counts: countBySeverity(findings),
  };
}
