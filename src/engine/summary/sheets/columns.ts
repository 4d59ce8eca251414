import { t, type Locale, type UiKey } from "../../messages";
import type { Figures } from "../figures";
import { SheetBuilder, yuan, type SheetCell } from "./layout";

/** The statistics columns of SPEC §4, in order: catalogue key of the header, its group, and the figure. */
export interface FigureColumn {
  readonly key: UiKey;
  readonly group?: UiKey;
  readonly money?: boolean;
  readonly value: (f: Figures) => number;
}

export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  { key: "sumHouseholds", value: (f) => f.households },
  { key: "sumHistNone", group: "summaryGroupHistory", value: (f) => f.history.none },
  { key: "sumHistReinforced", group: "summaryGroupHistory", value: (f) => f.history.reinforced },
  { key: "sumHistRebuilt", group: "summaryGroupHistory", value: (f) => f.history.rebuilt },
  { key: "sumGradeA", group: "summaryGroupGrade", value: (f) => f.grades.A },
  { key: "sumGradeB", group: "summaryGroupGrade", value: (f) => f.grades.B },
  { key: "sumGradeC", group: "summaryGroupGrade", value: (f) => f.grades.C },
  { key: "sumGradeD", group: "summaryGroupGrade", value: (f) => f.grades.D },
  { key: "sumUnrated", group: "summaryGroupGrade", value: (f) => f.grades.unrated },
  { key: "sumPlanReinforce", group: "summaryGroupPlanned", value: (f) => f.planned.reinforce },
  { key: "sumPlanRebuild", group: "summaryGroupPlanned", value: (f) => f.planned.rebuild },
  { key: "sumOverdue", value: (f) => f.revisitOverdue },
  { key: "sumErrors", group: "summaryGroupFindings", value: (f) => f.errors },
  { key: "sumWarnings", group: "summaryGroupFindings", value: (f) => f.warnings },
  { key: "sumSubsidy", money: true, value: (f) => f.subsidyYuan },
  { key: "sumAppraisal", money: true, value: (f) => f.appraisalYuan },
];

export function figureCells(f: Figures): SheetCell[] {
  return FIGURE_COLUMNS.map((c) => (c.money ? yuan(c.value(f)) : { value: c.value(f) }));
}

/** A header column: either one over two rows, or a group over leaves. */
export interface HeaderColumn {
  readonly label: string;
  readonly group?: string;
}

export function figureHeaders(locale: Locale): HeaderColumn[] {
  return FIGURE_COLUMNS.map((c) =>
    c.group
      ? { label: t(c.key, {}, locale), group: t(c.group, {}, locale) }
      : { label: t(c.key, {}, locale) },
  );
}

/**
 * Writes a two-row header: a group's title merged over its leaves on the first row, a column without a group
 * merged over both rows. Returns the row index of the second row.
 */
export function twoRowHeader(b: SheetBuilder, columns: readonly HeaderColumn[], firstCol = 0): number {
  const top = b.add([
    ...Array.from({ length: firstCol }, () => null),
    ...columns.map((c) => ({ value: c.group ?? c.label, style: "header" as const })),
  ]);
  const bottom = b.add([
    ...Array.from({ length: firstCol }, () => null),
    ...columns.map((c) => ({ value: c.group ? c.label : null, style: "header" as const })),
  ]);
  let c = 0;
  while (c < columns.length) {
    const col = columns[c] as HeaderColumn;
    if (!col.group) {
      b.merge(top, firstCol + c, bottom, firstCol + c);
      c++;
      continue;
    }
    let end = c;
    while (end + 1 < columns.length && columns[end + 1]?.group === col.group) end++;
    b.merge(top, firstCol + c, top, firstCol + end);
    c = end + 1;
  }
  return bottom;
}
