import ExcelJS from "exceljs";
import { writeVillageSheet, type Household, type Layout } from "./revisit-sheet";
import { makeId } from "./township";

/**
 * Two half-year submissions of one township (戴窑镇: 2023 下半年 and 2024 上半年) for `anju diff`: village tables
 * in three layouts, a village split over two sheets and a sheet renamed in the current one, clean households,
 * seeded DF cases (each with the finding it must give) and clean look-alikes (that must give none at error or
 * warning). Every household is described once by its life: what it was, what it is now, what the diff must say.
 * The expected counts per village are derived from those lives, never from the engine.
 */

export const PREVIOUS_FILL = "2023-12-31";
export const CURRENT_FILL = "2024-06-30";
const TOWNSHIP = "戴窑镇";
const tick = "√";

type Fields = Omit<Household, "expect" | "seq">;
type Side = "previous" | "current";

/** A household's two half-years; `before`/`after` undefined: not in that submission. */
interface Life {
  readonly before?: { village: string; h: Fields };
  readonly after?: { village: string; h: Fields };
  /** The findings the diff must give: rule, severity and the side whose row it marks. */
  readonly expect: ReadonlyArray<{ rule: string; severity: "error" | "warning" | "info"; side: Side }>;
}

interface VillageSpec {
  readonly village: string;
  readonly layout: Layout;
  /** Sheet names in the previous and the current workbook (two in the current one: the village is split). */
  readonly previousSheet: string;
  readonly currentSheets: readonly string[];
}

const VILLAGES: readonly VillageSpec[] = [
  { village: "张庄村", layout: "standard", previousSheet: "张庄村", currentSheets: ["张庄村"] },
  { village: "李家村", layout: "standard", previousSheet: "李家村", currentSheets: ["李家村"] },
  {
    village: "王庄社区",
    layout: "three-row",
    previousSheet: "王庄社区",
    currentSheets: ["王庄社区(2024上)"],
  },
  { village: "陈堡村", layout: "flat", previousSheet: "陈堡村", currentSheets: ["陈堡村一组", "陈堡村二组"] },
];

const SURNAMES = [
  ...new Set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢",
  ),
];
const GIVEN = [...new Set("建国秀英桂兰明华志强红梅海军玉春生金凤德胜庆丽娟永福小平学文长林荣正清淑珍宏伟")];
/** The seeded households' names: no clean household takes one (that would make namesakes on purpose). */
const RESERVED = new Set<string>();

/** A distinct name for the n-th clean household of a village (names never repeat within one village). */
function cleanName(n: number, village: number): string {
  for (let k = n; ; k += 7919) {
    const s = SURNAMES[(k + village * 7) % SURNAMES.length] ?? "王";
    const g = Math.floor(k / SURNAMES.length);
    const a = GIVEN[g % GIVEN.length] ?? "建";
    const b = GIVEN[Math.floor(g / GIVEN.length) % GIVEN.length] ?? "国";
    const name = `${s}${a}${b}`;
    if (!RESERVED.has(name)) return name;
  }
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

/** A valid ID for number k: birth date and sequence number spread so that 50,000 numbers never repeat. */
function idOf(k: number): string {
  const y = 1940 + (k % 50);
  const m = 1 + (Math.floor(k / 50) % 12);
  const d = 1 + (Math.floor(k / 600) % 28);
  const seq = Math.floor(k / 50) % 1000;
  return makeId(`321281${y}${pad(m, 2)}${pad(d, 2)}${pad(seq, 3)}`);
}

/** A valid ID for clean household n of village v (distinct for every v, n). */
function idFor(v: number, n: number): string {
  return idOf(10_000 + v * 5_000 + n);
}

function date(y: number, m: number, d: number): string {
  return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** A clean household as both submissions write it, revisited in each half year. */
function clean(v: number, n: number, withId: boolean): { before: Fields; after: Fields } {
  const village = VILLAGES[v]?.village ?? "";
  const grade = ["A", "A", "B", "A", "B", "A", "C", "A"][n % 8] ?? "A";
  const history: Fields =
    n % 5 === 0
      ? { reinforcedYear: 2015 + (n % 8) }
      : n % 7 === 0
        ? { rebuiltYear: 2012 + (n % 10) }
        : { notRenovated: tick };
  const base: Fields = {
    head: cleanName(n, v),
    phone: `13${pad(800000000 + v * 1000 + n, 9)}`,
    address: `兴化市${TOWNSHIP}${village}${1 + (n % 9)}组${n + 1}号`,
    ...(withId ? { id: idFor(v, n) } : {}),
    ...history,
    grade,
    ...(grade === "C" ? { actReinforce: tick } : {}),
  };
  return {
    before: { ...base, revisitDate: date(2023, 7 + (n % 6), 1 + (n % 28)) },
    after: { ...base, revisitDate: date(2024, 1 + (n % 6), 1 + (n % 28)) },
  };
}

const ZHANG = 0;
const LI = 1;
const WANG = 2;
const CHEN = 3;

/** The seeded DF cases and the clean look-alikes, by village. */
function seeded(): Life[] {
  const lives: Life[] = [];
  const v = (i: number) => VILLAGES[i]?.village ?? "";
  const both = (i: number, before: Fields, after: Fields, expect: Life["expect"] = []) =>
    lives.push({ before: { village: v(i), h: before }, after: { village: v(i), h: after }, expect });
  const prevRevisit = { revisitDate: "2023-10-15" };
  const nowRevisit = { revisitDate: "2024-04-20" };
  const hh = (head: string, i: number, extra: Fields, n: number, withId: boolean): Fields => ({
    head,
    phone: `1391234${pad(5000 + n, 4)}`,
    address: `兴化市${TOWNSHIP}${v(i)}${1 + (n % 5)}组${100 + n}号`,
    ...(withId ? { id: idOf(n) } : {}),
    ...extra,
  });

  // 张庄村 (standard, with IDs).
  both(
    ZHANG,
    hh("张卫东", ZHANG, { notRenovated: tick, grade: "D", actRebuild: tick, ...prevRevisit }, 1, true),
    hh("张卫东", ZHANG, { notRenovated: tick, grade: "A", ...nowRevisit }, 1, true),
    [{ rule: "DF-IMPROVED-NO-WORK", severity: "error", side: "current" }],
  );
  both(
    ZHANG,
    hh("李秀英", ZHANG, { notRenovated: tick, grade: "C", actReinforce: tick, ...prevRevisit }, 2, true),
    hh("李秀英", ZHANG, { notRenovated: tick, grade: "B", ...nowRevisit }, 2, true),
    [{ rule: "DF-IMPROVED-NO-WORK", severity: "warning", side: "current" }],
  );
  both(
    ZHANG,
    hh("王建国", ZHANG, { rebuiltYear: 2019, grade: "D", actRebuild: tick, ...prevRevisit }, 3, true),
    hh("王建国", ZHANG, { rebuiltYear: 2019, grade: "A", ...nowRevisit }, 3, true),
    [{ rule: "DF-IMPROVED-NO-WORK", severity: "error", side: "current" }],
  );
  // Look-alike: D → A rebuilt in 2024.
  both(
    ZHANG,
    hh("赵桂兰", ZHANG, { notRenovated: tick, grade: "D", actRebuild: tick, ...prevRevisit }, 4, true),
    hh("赵桂兰", ZHANG, { rebuiltYear: 2024, grade: "A", ...nowRevisit }, 4, true),
  );
  // Look-alike: C → B reinforced the year of the last revisit.
  both(
    ZHANG,
    hh("陈明", ZHANG, { notRenovated: tick, grade: "C", actReinforce: tick, ...prevRevisit }, 5, true),
    hh("陈明", ZHANG, { reinforcedYear: 2023, grade: "B", ...nowRevisit }, 5, true),
  );
  // ID changed: both valid.
  both(
    ZHANG,
    hh("周小红", ZHANG, { notRenovated: tick, grade: "A", ...prevRevisit }, 6, true),
    { ...hh("周小红", ZHANG, { notRenovated: tick, grade: "A", ...nowRevisit }, 6, true), id: idOf(906) },
    [{ rule: "DF-ID-CHANGED", severity: "warning", side: "current" }],
  );
  // Look-alike: the same ID with a lower-case x, or a valid ID added where there was none.
  const xId = (() => {
    for (let n = 0; n < 1000; n++) {
      const id = makeId(`32128119620704${pad(n, 3)}`);
      if (id.endsWith("X")) return id;
    }
    return makeId("32128119620704000");
  })();
  both(
    ZHANG,
    { ...hh("吴德胜", ZHANG, { notRenovated: tick, grade: "B", ...prevRevisit }, 7, true), id: xId },
    {
      ...hh("吴德胜", ZHANG, { notRenovated: tick, grade: "B", ...nowRevisit }, 7, true),
      id: xId.toLowerCase(),
    },
  );
  both(
    ZHANG,
    { ...hh("孙国庆", ZHANG, { notRenovated: tick, grade: "A", ...prevRevisit }, 8, true), id: "" },
    hh("孙国庆", ZHANG, { notRenovated: tick, grade: "A", ...nowRevisit }, 8, true),
  );
  // History changed: a year rewritten; a year deleted and 未改造 ticked instead.
  both(
    ZHANG,
    hh("马丽娟", ZHANG, { reinforcedYear: 2019, grade: "B", ...prevRevisit }, 9, true),
    hh("马丽娟", ZHANG, { reinforcedYear: 2020, grade: "B", ...nowRevisit }, 9, true),
    [{ rule: "DF-HISTORY-CHANGED", severity: "warning", side: "current" }],
  );
  both(
    ZHANG,
    hh("朱永福", ZHANG, { rebuiltYear: 2018, grade: "A", ...prevRevisit }, 10, true),
    hh("朱永福", ZHANG, { notRenovated: tick, grade: "A", ...nowRevisit }, 10, true),
    [
      { rule: "DF-HISTORY-CHANGED", severity: "warning", side: "current" },
      { rule: "DF-HISTORY-CHANGED", severity: "warning", side: "current" },
    ],
  );
  // Look-alike: the same year written 2019年.
  both(
    ZHANG,
    hh("胡小平", ZHANG, { reinforcedYear: 2019, grade: "A", ...prevRevisit }, 11, true),
    hh("胡小平", ZHANG, { reinforcedYear: "2019年", grade: "A", ...nowRevisit }, 11, true),
  );
  // Worsened.
  both(
    ZHANG,
    hh("郭学文", ZHANG, { notRenovated: tick, grade: "A", ...prevRevisit }, 12, true),
    hh("郭学文", ZHANG, { notRenovated: tick, grade: "C", actReinforce: tick, ...nowRevisit }, 12, true),
    [{ rule: "DF-WORSENED", severity: "info", side: "current" }],
  );
  // Gone.
  lives.push({
    before: {
      village: v(ZHANG),
      h: hh("何长林", ZHANG, { notRenovated: tick, grade: "A", ...prevRevisit }, 13, true),
    },
    expect: [{ rule: "DF-GONE", severity: "warning", side: "previous" }],
  });
  // Moved to 李家村 with its ID.
  lives.push({
    before: {
      village: v(ZHANG),
      h: hh("高荣华", ZHANG, { notRenovated: tick, grade: "B", ...prevRevisit }, 14, true),
    },
    after: {
      village: v(LI),
      h: { ...hh("高荣华", LI, { notRenovated: tick, grade: "B", ...nowRevisit }, 14, true) },
    },
    expect: [{ rule: "DF-MOVED", severity: "warning", side: "current" }],
  });
  // Namesakes told apart by their IDs (look-alike).
  both(
    ZHANG,
    hh("林正清", ZHANG, { notRenovated: tick, grade: "A", ...prevRevisit }, 15, true),
    hh("林正清", ZHANG, { notRenovated: tick, grade: "A", ...nowRevisit }, 15, true),
  );
  both(
    ZHANG,
    hh("林正清", ZHANG, { notRenovated: tick, grade: "B", ...prevRevisit }, 16, true),
    hh("林正清", ZHANG, { notRenovated: tick, grade: "B", ...nowRevisit }, 16, true),
  );

  // 李家村 (standard, with IDs).
  lives.push({
    after: {
      village: v(LI),
      h: hh("罗淑珍", LI, { notRenovated: tick, grade: "A", ...nowRevisit }, 21, true),
    },
    expect: [{ rule: "DF-NEW", severity: "info", side: "current" }],
  });
  both(
    LI,
    hh("郑宏伟", LI, { notRenovated: tick, grade: "A", revisitDate: "2023-12-20" }, 22, true),
    hh("郑宏伟", LI, { notRenovated: tick, grade: "A", revisitDate: "2023-12-20" }, 22, true),
    [{ rule: "DF-REVISIT-STALE", severity: "warning", side: "current" }],
  );
  // Look-alike: moved house within the village.
  both(LI, hh("梁金凤", LI, { notRenovated: tick, grade: "A", ...prevRevisit }, 23, true), {
    ...hh("梁金凤", LI, { notRenovated: tick, grade: "A", ...nowRevisit }, 23, true),
    address: `兴化市${TOWNSHIP}李家村新村8号`,
  });

  // 王庄社区 (three-row, no IDs, renamed sheet): matched by name + 村.
  both(
    WANG,
    hh("谢春生", WANG, { notRenovated: tick, grade: "B", revisitDate: "2023-11-02" }, 31, false),
    hh("谢春生", WANG, { notRenovated: tick, grade: "B", revisitDate: "2023-10-30" }, 31, false),
    [{ rule: "DF-REVISIT-STALE", severity: "warning", side: "current" }],
  );
  // Look-alike: spaced and full-width name.
  both(
    WANG,
    hh("宋海军", WANG, { notRenovated: tick, grade: "A", ...prevRevisit }, 32, false),
    hh("宋 海军", WANG, { notRenovated: tick, grade: "A", revisitDate: "2024年4月20日" }, 32, false),
  );
  both(
    WANG,
    hh("唐Ａ华", WANG, { notRenovated: tick, grade: "A", ...prevRevisit }, 33, false),
    hh("唐A华", WANG, { notRenovated: tick, grade: "A", ...nowRevisit }, 33, false),
  );
  // Two namesakes in one village without IDs: neither matched (gone twice, new twice).
  for (const [n, g] of [
    [34, "A"],
    [35, "B"],
  ] as const) {
    lives.push({
      before: {
        village: v(WANG),
        h: hh("许玉兰", WANG, { notRenovated: tick, grade: g, ...prevRevisit }, n, false),
      },
      after: {
        village: v(WANG),
        h: hh("许玉兰", WANG, { notRenovated: tick, grade: g, ...nowRevisit }, n, false),
      },
      expect: [
        { rule: "DF-GONE", severity: "warning", side: "previous" },
        { rule: "DF-NEW", severity: "info", side: "current" },
      ],
    });
  }
  lives.push({
    before: {
      village: v(WANG),
      h: hh("韩德胜", WANG, { notRenovated: tick, grade: "B", ...prevRevisit }, 36, false),
    },
    expect: [{ rule: "DF-GONE", severity: "warning", side: "previous" }],
  });

  // 陈堡村 (flat, no IDs, split over two sheets now).
  both(
    CHEN,
    hh("冯建国", CHEN, { notRenovated: tick, grade: "D", actRebuild: tick, ...prevRevisit }, 41, false),
    hh("冯建国", CHEN, { notRenovated: tick, grade: "B", ...nowRevisit }, 41, false),
    [{ rule: "DF-IMPROVED-NO-WORK", severity: "error", side: "current" }],
  );
  both(
    CHEN,
    hh("邓秀英", CHEN, { notRenovated: tick, grade: "C", actReinforce: tick, ...prevRevisit }, 42, false),
    hh("邓秀英", CHEN, { rebuiltYear: 2023, grade: "A", ...nowRevisit }, 42, false),
  );
  both(
    CHEN,
    hh("曹玉兰", CHEN, { notRenovated: tick, grade: "B", ...prevRevisit }, 43, false),
    hh("曹玉兰", CHEN, { notRenovated: tick, grade: "D", actRebuild: tick, ...nowRevisit }, 43, false),
    [{ rule: "DF-WORSENED", severity: "info", side: "current" }],
  );
  return lives;
}

export interface HalfYearOptions {
  /** Clean households per village besides the seeded ones (fixture: 6; bench: many). */
  readonly cleanPerVillage?: number;
  /** File names, as the expected findings name them. */
  readonly previousFile?: string;
  readonly currentFile?: string;
}

export interface ExpectedDiff {
  readonly previous: string;
  readonly current: string;
  readonly today: string;
  readonly findings: ReadonlyArray<{
    file: string;
    sheet: string;
    row: number;
    ruleId: string;
    severity: string;
  }>;
  readonly villages: ReadonlyArray<Record<string, string | number>>;
}

export interface HalfYear {
  readonly previous: ExcelJS.Workbook;
  readonly current: ExcelJS.Workbook;
  readonly expected: ExpectedDiff;
  readonly households: { previous: number; current: number };
}

export function buildHalfYear(options: HalfYearOptions = {}): HalfYear {
  const per = options.cleanPerVillage ?? 6;
  const previousFile = options.previousFile ?? "戴窑镇-2023下半年.xlsx";
  const currentFile = options.currentFile ?? "戴窑镇-2024上半年.xlsx";
  const seededLives = seeded();
  for (const l of seededLives) for (const h of [l.before?.h, l.after?.h]) if (h?.head) RESERVED.add(h.head);
  const lives: Life[] = [];
  VILLAGES.forEach((spec, i) => {
    for (let n = 0; n < per; n++) {
      const c = clean(i, n, spec.layout === "standard");
      lives.push({
        before: { village: spec.village, h: c.before },
        after: { village: spec.village, h: c.after },
        expect: [],
      });
    }
  });
  // Seeded cases go between the clean ones (after the first third), as real tables have them.
  const all = [
    ...lives.slice(0, Math.ceil(lives.length / 3)),
    ...seededLives,
    ...lives.slice(Math.ceil(lives.length / 3)),
  ];

  const previous = new ExcelJS.Workbook();
  const current = new ExcelJS.Workbook();
  const where = new Map<
    Life,
    { previous?: { sheet: string; row: number }; current?: { sheet: string; row: number } }
  >();
  for (const spec of VILLAGES) {
    const before = all.filter((l) => l.before?.village === spec.village);
    const rowsBefore = writeVillageSheet(previous, {
      name: spec.previousSheet,
      layout: spec.layout,
      township: TOWNSHIP,
      village: spec.village,
      fillDate: PREVIOUS_FILL,
      households: before.map((l) => ({ ...l.before?.h })),
      notes: true,
    });
    before.forEach((l, i) =>
      where.set(l, { ...where.get(l), previous: { sheet: spec.previousSheet, row: rowsBefore[i] ?? 0 } }),
    );
  }
  for (const spec of VILLAGES) {
    const after = all.filter((l) => l.after?.village === spec.village);
    const parts = spec.currentSheets.length;
    const size = Math.ceil(after.length / parts);
    spec.currentSheets.forEach((sheet, p) => {
      const part = after.slice(p * size, (p + 1) * size);
      const rows = writeVillageSheet(current, {
        name: sheet,
        layout: spec.layout,
        township: TOWNSHIP,
        village: spec.village,
        fillDate: CURRENT_FILL,
        households: part.map((l) => ({ ...l.after?.h })),
        total: p === parts - 1,
      });
      part.forEach((l, i) => where.set(l, { ...where.get(l), current: { sheet, row: rows[i] ?? 0 } }));
    });
  }

  const findings: Array<{ file: string; sheet: string; row: number; ruleId: string; severity: string }> = [];
  for (const l of all) {
    for (const e of l.expect) {
      const at = where.get(l)?.[e.side];
      if (!at) throw new Error(`seeded ${e.rule} has no ${e.side} row`);
      findings.push({
        file: e.side === "previous" ? previousFile : currentFile,
        ...at,
        ruleId: e.rule,
        severity: e.severity,
      });
    }
  }
  findings.sort(
    (a, b) =>
      (a.file === b.file ? 0 : a.file === currentFile ? -1 : 1) ||
      a.sheet.localeCompare(b.sheet) ||
      a.row - b.row ||
      a.ruleId.localeCompare(b.ruleId),
  );

  // Counts per village from the lives (SPEC §10): gone in the village it was in, moved/new/… where it is now.
  const rank = (g: string | undefined) => (g && g.length === 1 ? "ABCD".indexOf(g) : -1);
  const villages = VILLAGES.map((spec) => {
    const c = {
      name: spec.village,
      previous: 0,
      current: 0,
      new: 0,
      gone: 0,
      moved: 0,
      improved: 0,
      worsened: 0,
      stale: 0,
    };
    for (const l of all) {
      const rules = new Set(l.expect.map((e) => e.rule));
      if (l.before?.village === spec.village) {
        c.previous++;
        if (rules.has("DF-GONE")) c.gone++;
      }
      if (l.after?.village !== spec.village) continue;
      c.current++;
      if (rules.has("DF-NEW")) c.new++;
      if (rules.has("DF-MOVED")) c.moved++;
      if (rules.has("DF-REVISIT-STALE")) c.stale++;
      if (rules.has("DF-GONE") || !l.before) continue;
      const a = rank(l.before.h.grade);
      const b = rank(l.after.h.grade);
      if (a >= 0 && b >= 0 && b < a) c.improved++;
      if (a >= 0 && b >= 0 && b > a) c.worsened++;
    }
    return c;
  });
  const counted = all.filter((l) => l.before).length;
  return {
    previous,
    current,
    expected: { previous: previousFile, current: currentFile, today: "2024-07-15", findings, villages },
    households: { previous: counted, current: all.filter((l) => l.after).length },
  };
}
