import type { Grade } from "../parse/values";

/**
 * The figures of one row of a summary (SPEC §4, §5): a village, a township, a 市（区） or the total. Every figure
 * is a sum over households (plus, for errors and warnings, the findings that belong to a table rather than a row),
 * so a total is the sum of its parts and each number can be traced to the households it counts.
 */
export interface Figures {
  households: number;
  grades: { A: number; B: number; C: number; D: number; unrated: number };
  history: { none: number; reinforced: number; rebuilt: number };
  planned: { reinforce: number; rebuild: number };
  revisitOverdue: number;
  errors: number;
  warnings: number;
  /** 补助测算: 拟重建安置 × rebuild rate + 拟维修加固 × reinforce rate (TZ 8.2). */
  subsidyYuan: number;
  /** 鉴定等经费: C/D households × appraisal per household (TZ 8.4). */
  appraisalYuan: number;
}

/** 以往危房改造情况, one of three per household (SPEC §4 counting). */
export type HistoryClass = "none" | "reinforced" | "rebuilt";
/** 房屋安全状况: A–D, or 未评定 when empty or not A–D. */
export type GradeClass = Grade | "unrated";

export const GRADE_CLASSES: readonly GradeClass[] = ["A", "B", "C", "D", "unrated"];
export const HISTORY_CLASSES: readonly HistoryClass[] = ["none", "reinforced", "rebuilt"];

export function emptyFigures(): Figures {
  return {
    households: 0,
    grades: { A: 0, B: 0, C: 0, D: 0, unrated: 0 },
    history: { none: 0, reinforced: 0, rebuilt: 0 },
    planned: { reinforce: 0, rebuild: 0 },
    revisitOverdue: 0,
    errors: 0,
    warnings: 0,
    subsidyYuan: 0,
    appraisalYuan: 0,
  };
}

/** What one household adds to its rows' figures. */
export interface HouseholdCounts {
  readonly grade: GradeClass;
  readonly history: HistoryClass;
  readonly planReinforce: boolean;
  readonly planRebuild: boolean;
  readonly overdue: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly subsidyYuan: number;
  readonly appraisalYuan: number;
}

export function addHousehold(into: Figures, h: HouseholdCounts): void {
  into.households++;
  into.grades[h.grade]++;
  into.history[h.history]++;
  if (h.planReinforce) into.planned.reinforce++;
  if (h.planRebuild) into.planned.rebuild++;
  if (h.overdue) into.revisitOverdue++;
  into.errors += h.errors;
  into.warnings += h.warnings;
  into.subsidyYuan += h.subsidyYuan;
  into.appraisalYuan += h.appraisalYuan;
}

export function addFigures(into: Figures, f: Figures): void {
  into.households += f.households;
  for (const g of GRADE_CLASSES) into.grades[g] += f.grades[g];
  for (const h of HISTORY_CLASSES) into.history[h] += f.history[h];
  into.planned.reinforce += f.planned.reinforce;
  into.planned.rebuild += f.planned.rebuild;
  into.revisitOverdue += f.revisitOverdue;
  into.errors += f.errors;
  into.warnings += f.warnings;
  into.subsidyYuan += f.subsidyYuan;
  into.appraisalYuan += f.appraisalYuan;
}

/** A copy holding only the figures (no name, members …), in the key order of SPEC §5. */
export function figuresOf(f: Figures): Figures {
  return {
    households: f.households,
    grades: { ...f.grades },
    history: { ...f.history },
    planned: { ...f.planned },
    revisitOverdue: f.revisitOverdue,
    errors: f.errors,
    warnings: f.warnings,
    subsidyYuan: f.subsidyYuan,
    appraisalYuan: f.appraisalYuan,
  };
}
