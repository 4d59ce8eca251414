import { z } from "zod";
import type { UiKey } from "../engine/messages";

/** The figures of one summary row (SPEC §5 `summarize --format json`). */
const FiguresSchema = z.object({
  households: z.number(),
  grades: z.object({ A: z.number(), B: z.number(), C: z.number(), D: z.number(), unrated: z.number() }),
  history: z.object({ none: z.number(), reinforced: z.number(), rebuilt: z.number() }),
  planned: z.object({ reinforce: z.number(), rebuild: z.number() }),
  revisitOverdue: z.number(),
  errors: z.number(),
  warnings: z.number(),
  subsidyYuan: z.number(),
  appraisalYuan: z.number(),
});

const GroupSchema = FiguresSchema.extend({ name: z.string(), city: z.string().optional() });

export const SummaryJsonSchema = z.object({
  level: z.enum(["township", "city"]),
  groups: z.array(GroupSchema),
  total: FiguresSchema,
  cities: z.array(GroupSchema).optional(),
});

export type Figures = z.infer<typeof FiguresSchema>;
export type SummaryJson = z.infer<typeof SummaryJsonSchema>;

export interface SummaryRow {
  readonly kind: "group" | "subtotal" | "total";
  readonly name: string;
  readonly city?: string;
  readonly figures: Figures;
}

/** Columns of the preview: catalogue key and how to read the figure. */
export const SUMMARY_COLUMNS: ReadonlyArray<{ key: UiKey; value: (f: Figures) => number }> = [
  { key: "sumHouseholds", value: (f) => f.households },
  { key: "sumHistNone", value: (f) => f.history.none },
  { key: "sumHistReinforced", value: (f) => f.history.reinforced },
  { key: "sumHistRebuilt", value: (f) => f.history.rebuilt },
  { key: "sumGradeA", value: (f) => f.grades.A },
  { key: "sumGradeB", value: (f) => f.grades.B },
  { key: "sumGradeC", value: (f) => f.grades.C },
  { key: "sumGradeD", value: (f) => f.grades.D },
  { key: "sumUnrated", value: (f) => f.grades.unrated },
  { key: "sumPlanReinforce", value: (f) => f.planned.reinforce },
  { key: "sumPlanRebuild", value: (f) => f.planned.rebuild },
  { key: "sumOverdue", value: (f) => f.revisitOverdue },
  { key: "sumErrors", value: (f) => f.errors },
  { key: "sumWarnings", value: (f) => f.warnings },
  { key: "sumSubsidy", value: (f) => f.subsidyYuan },
  { key: "sumAppraisal", value: (f) => f.appraisalYuan },
];

/**
 * The preview's rows: township level — one per village, then 合计; city level — the townships of each 市（区）
 * followed by its subtotal, then 合计. Undefined when the JSON is not a summary (the sample, say).
 */
export function summaryRows(json: unknown): { level: SummaryJson["level"]; rows: SummaryRow[] } | undefined {
  const parsed = SummaryJsonSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { level, groups, total, cities } = parsed.data;
  const rows: SummaryRow[] = [];
  const row = (kind: SummaryRow["kind"], g: z.infer<typeof GroupSchema>): SummaryRow =>
    g.city === undefined
      ? { kind, name: g.name, figures: g }
      : { kind, name: g.name, city: g.city, figures: g };
  if (level === "city" && cities && cities.length > 0) {
    const placed = new Set<number>();
    for (const c of cities) {
      groups.forEach((g, i) => {
        if (g.city === c.name) {
          rows.push(row("group", g));
          placed.add(i);
        }
      });
      rows.push(row("subtotal", c));
    }
    groups.forEach((g, i) => {
      if (!placed.has(i)) rows.push(row("group", g));
    });
  } else {
    for (const g of groups) rows.push(row("group", g));
  }
  rows.push({ kind: "total", name: "", figures: total });
  return { level, rows };
}

/** A plain table of any list of flat records (the sample's households), for previews that are not summaries. */
export function recordTable(json: unknown): { columns: string[]; rows: string[][] } | undefined {
  const list = Array.isArray(json)
    ? json
    : json && typeof json === "object"
      ? Object.values(json as Record<string, unknown>).find(Array.isArray)
      : undefined;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const columns: string[] = [];
  for (const item of list.slice(0, 50)) {
    if (!item || typeof item !== "object") return undefined;
    for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
      if (
        (typeof v === "string" || typeof v === "number" || typeof v === "boolean") &&
        !columns.includes(k)
      ) {
        columns.push(k);
      }
    }
  }
  const rows = list.map((item) =>
    columns.map((c) => {
      const v = (item as Record<string, unknown>)[c];
      return v === undefined || v === null ? "" : String(v);
    }),
  );
  return { columns, rows };
}

const SampleSchema = z.object({
  sample: z.object({
    percent: z.number(),
    seed: z.number(),
    households: z.array(
      z.object({
        city: z.string(),
        township: z.string(),
        village: z.string(),
        name: z.string(),
        address: z.string(),
        sheet: z.string(),
        row: z.number(),
      }),
    ),
  }),
});

export type SampleJson = z.infer<typeof SampleSchema>["sample"];
export type SampleHousehold = SampleJson["households"][number];

/** The drawn sample of a summary JSON (`sample`), if any. */
export function sampleRows(json: unknown): SampleJson | undefined {
  const parsed = SampleSchema.safeParse(json);
  return parsed.success ? parsed.data.sample : undefined;
}

export const SAMPLE_COLUMNS: ReadonlyArray<{ key: UiKey; value: (h: SampleHousehold) => string }> = [
  { key: "sumCity", value: (h) => h.city },
  { key: "sumTownship", value: (h) => h.township },
  { key: "sumVillage", value: (h) => h.village },
  { key: "sumHead", value: (h) => h.name },
  { key: "sumAddress", value: (h) => h.address },
  { key: "colSheet", value: (h) => h.sheet },
  { key: "colRow", value: (h) => String(h.row) },
];
