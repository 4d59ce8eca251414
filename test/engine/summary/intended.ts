import type { IntendedHousehold, IntendedVillage, TownshipSpec } from "../../../scripts/samples/city";
import type { Figures } from "../../../src/engine/summary";

/**
 * Figures computed from what the sample households are meant to be (their `intent` and seeded rule IDs), never
 * from the engine: the summaries are compared against these.
 */
export const SEVERITY: Readonly<Record<string, "error" | "warning" | "info">> = {
  "RV-REVISIT-OVERDUE": "warning",
  "RV-D-NOT-REBUILD": "error",
  "RV-GRADE": "error",
  "RV-PHONE": "warning",
  "RV-AB-ACTION": "warning",
  "RV-META-MISSING": "error",
};

/** TZ 8.2 as the standard states it: 兴化市 22,000 / 8,000, everywhere else 20,000 / 9,000 元 per household. */
export function tzRates(city: string): { rebuild: number; reinforce: number } {
  return city === "兴化市" ? { rebuild: 22_000, reinforce: 8_000 } : { rebuild: 20_000, reinforce: 9_000 };
}

export function zero(): Figures {
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

function severityOf(id: string): "error" | "warning" | "info" {
  const s = SEVERITY[id];
  if (!s) throw new Error(`the sample seeds ${id}; add its severity from SPEC §2`);
  return s;
}

export function villageFigures(
  v: IntendedVillage,
  rates: { rebuild: number; reinforce: number },
  appraisal = 100,
): Figures {
  const f = zero();
  const count = (id: string) => {
    const s = severityOf(id);
    if (s === "error") f.errors++;
    else if (s === "warning") f.warnings++;
  };
  for (const h of v.households as IntendedHousehold[]) {
    const i = h.intent;
    f.households++;
    f.grades[i.grade]++;
    f.history[i.history]++;
    if (i.reinforce) f.planned.reinforce++;
    if (i.rebuild) f.planned.rebuild++;
    if (i.overdue) f.revisitOverdue++;
    for (const id of h.expect ?? []) count(id);
    f.subsidyYuan += (i.rebuild ? rates.rebuild : 0) + (i.reinforce ? rates.reinforce : 0);
    if (i.grade === "C" || i.grade === "D") f.appraisalYuan += appraisal;
  }
  for (const [, id] of v.sheetFindings) count(id);
  return f;
}

export function plus(a: Figures, b: Figures): Figures {
  return {
    households: a.households + b.households,
    grades: {
      A: a.grades.A + b.grades.A,
      B: a.grades.B + b.grades.B,
      C: a.grades.C + b.grades.C,
      D: a.grades.D + b.grades.D,
      unrated: a.grades.unrated + b.grades.unrated,
    },
    history: {
      none: a.history.none + b.history.none,
      reinforced: a.history.reinforced + b.history.reinforced,
      rebuilt: a.history.rebuilt + b.history.rebuilt,
    },
    planned: {
      reinforce: a.planned.reinforce + b.planned.reinforce,
      rebuild: a.planned.rebuild + b.planned.rebuild,
    },
    revisitOverdue: a.revisitOverdue + b.revisitOverdue,
    errors: a.errors + b.errors,
    warnings: a.warnings + b.warnings,
    subsidyYuan: a.subsidyYuan + b.subsidyYuan,
    appraisalYuan: a.appraisalYuan + b.appraisalYuan,
  };
}

export function villagesOf(t: TownshipSpec): IntendedVillage[] {
  return t.files.flatMap((f) => f.villages);
}

export function townshipFigures(t: TownshipSpec, city = t.city, rates = tzRates(city)): Figures {
  return villagesOf(t)
    .map((v) => villageFigures(v, rates))
    .reduce(plus, zero());
}

/** Only the figure keys of a summary group (drops name, city, tables …). */
export function figuresOnly(g: Figures): Figures {
  return {
    households: g.households,
    grades: { ...g.grades },
    history: { ...g.history },
    planned: { ...g.planned },
    revisitOverdue: g.revisitOverdue,
    errors: g.errors,
    warnings: g.warnings,
    subsidyYuan: g.subsidyYuan,
    appraisalYuan: g.appraisalYuan,
  };
}
