import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeVillageSheet, type Household, type Layout, type VillageSheet } from "./revisit-sheet";

/**
 * Township workbooks of several 市（区） for the summary tests: 兴化市 townships (addresses `兴化市…`), a 姜堰区
 * township whose addresses carry the province and prefecture (`江苏省泰州市姜堰区…`) and whose villages come in
 * two files, and a township whose addresses name no 市（区） at all. Every household carries what it is meant to
 * count as (`intent`), written in the many ways clerks write it, so tests add up the intended figures themselves
 * and compare them with the summary; seeded violations carry their rule IDs (`expect`).
 */
export type IntendedGrade = "A" | "B" | "C" | "D" | "unrated";
export type IntendedHistory = "none" | "reinforced" | "rebuilt";

export interface Intent {
  readonly grade: IntendedGrade;
  readonly history: IntendedHistory;
  readonly reinforce: boolean;
  readonly rebuild: boolean;
  readonly overdue: boolean;
}

export interface IntendedHousehold extends Household {
  readonly intent: Intent;
}

export interface IntendedVillage extends VillageSheet {
  households: IntendedHousehold[];
  /** The village's name as the summary should show it (the meta row's, else the sheet's). */
  readonly expectedName: string;
  /** Findings of the sheet that belong to no household: [row, ruleId]. */
  readonly sheetFindings: Array<[number, string]>;
}

export interface TownshipFile {
  readonly file: string;
  readonly villages: IntendedVillage[];
}

export interface TownshipSpec {
  readonly township: string;
  /** The 市（区） the summary should find without configuration (未指定 when the addresses give none). */
  readonly city: string;
  readonly files: TownshipFile[];
}

export const CITY_FILL_DATE = "2024-06-30";
export const CITY_TODAY = "2024-07-15";

/** A small deterministic generator (LCG), so the workbooks are the same on every run. */
function generator(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.floor((s / 4_294_967_296) * n);
  };
}

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = [
  "建国",
  "秀英",
  "桂兰",
  "明",
  "小红",
  "大海",
  "国庆",
  "丽",
  "强",
  "伟",
  "芳",
  "勇",
  "敏",
  "静",
  "洋",
  "亮",
  "军",
  "平",
  "华",
  "霞",
];

const WRITTEN_GRADE: Record<Exclude<IntendedGrade, "unrated">, readonly string[]> = {
  A: ["A", "A级", "Ａ", "a", "A（完好）", "完好"],
  B: ["B", "B级", "轻微", "Ｂ", "b"],
  C: ["C", "C级", "中度", "Ｃ"],
  D: ["D", "D级", "严重", "d"],
};
const TICKS = ["√", "✓", "是", "●", "✔", "√"];

interface VillagePlan {
  readonly sheet: string;
  readonly village: string;
  readonly layout: Layout;
  readonly count: number;
  readonly fillDate: string | number;
  /** Leave the meta row's 村（社区） empty: the summary takes the sheet's name, check reports RV-META-MISSING. */
  readonly noVillageMeta?: boolean;
}

interface TownshipPlan {
  readonly township: string;
  readonly city: string;
  /** How the township's addresses begin. */
  readonly prefix: string;
  readonly seed: number;
  readonly files: ReadonlyArray<{ file: string; villages: readonly VillagePlan[] }>;
}

const PLANS: readonly TownshipPlan[] = [
  {
    township: "戴窑镇",
    city: "兴化市",
    prefix: "兴化市戴窑镇",
    seed: 11,
    files: [
      {
        file: "戴窑镇.xlsx",
        villages: [
          { sheet: "东里村", village: "东里村", layout: "standard", count: 12, fillDate: "2024年6月30日" },
          { sheet: "西楼村", village: "西楼村", layout: "three-row", count: 9, fillDate: "2024/6/30" },
          {
            sheet: "南街社区",
            village: "",
            layout: "flat",
            count: 6,
            fillDate: "2024.6.30",
            noVillageMeta: true,
          },
        ],
      },
    ],
  },
  {
    township: "安丰镇",
    city: "兴化市",
    prefix: "兴化市安丰镇",
    seed: 23,
    files: [
      {
        file: "安丰镇.xlsx",
        villages: [
          { sheet: "1", village: "北宋村", layout: "standard", count: 10, fillDate: "2024-06-30" },
          { sheet: "2", village: "红星村", layout: "flat", count: 7, fillDate: "20240630" },
        ],
      },
    ],
  },
  {
    township: "溱潼镇",
    city: "姜堰区",
    prefix: "江苏省泰州市姜堰区溱潼镇",
    seed: 37,
    files: [
      {
        file: "溱潼镇-湖南村.xlsx",
        villages: [{ sheet: "湖南村", village: "湖南村", layout: "three-row", count: 11, fillDate: 45473 }],
      },
      {
        file: "溱潼镇-洲南村.xlsx",
        villages: [
          { sheet: "洲南村", village: "洲南村", layout: "standard", count: 8, fillDate: "2024-6-30" },
        ],
      },
    ],
  },
  {
    township: "新街镇",
    city: "未指定",
    prefix: "新街镇",
    seed: 41,
    files: [
      {
        file: "新街镇.xlsx",
        villages: [
          { sheet: "新街村", village: "新街村", layout: "standard", count: 8, fillDate: "2024-06-30" },
          { sheet: "桥头村", village: "桥头村", layout: "flat", count: 5, fillDate: "2024-06-30" },
        ],
      },
    ],
  },
];

/** Builds the townships: households with their intent and written values, seeded violations included. */
export function cityTownships(): TownshipSpec[] {
  return PLANS.map((plan) => {
    const pick = generator(plan.seed);
    let person = 0;
    const files = plan.files.map((f) => ({
      file: f.file,
      villages: f.villages.map((v) => {
        const households: IntendedHousehold[] = [];
        for (let i = 0; i < v.count; i++) {
          households.push(household(plan, v, i, person++, pick));
        }
        seedViolations(households, pick);
        const village: IntendedVillage = {
          name: v.sheet,
          layout: v.layout,
          township: plan.township,
          village: v.noVillageMeta ? "" : v.village,
          fillDate: v.fillDate,
          households,
          expectedName: v.noVillageMeta ? v.sheet : v.village,
          // The meta row is row 1 in the flat layout (no title), row 2 in the others.
          sheetFindings: v.noVillageMeta ? [[v.layout === "flat" ? 1 : 2, "RV-META-MISSING"]] : [],
          total: pick(2) === 0,
          notes: pick(2) === 0,
        };
        return village;
      }),
    }));
    return { township: plan.township, city: plan.city, files };
  });
}

function household(
  plan: TownshipPlan,
  v: VillagePlan,
  i: number,
  n: number,
  pick: (n: number) => number,
): IntendedHousehold {
  const grade = (["A", "B", "A", "C", "B", "D", "A", "B", "C", "A"] as const)[pick(10)] ?? "A";
  const history = (["none", "none", "reinforced", "rebuilt", "none"] as const)[pick(5)] ?? "none";
  const reinforce = grade === "C" && pick(4) !== 0;
  const rebuild = grade === "D" || (grade === "C" && !reinforce);
  const written = WRITTEN_GRADE[grade];
  const tick = () => TICKS[pick(TICKS.length)] ?? "√";
  const month = 1 + pick(6);
  const day = 1 + pick(28);
  const dateForms = [
    `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    `2024/${month}/${day}`,
    `2024年${month}月${day}日`,
    `2024.${month}.${day}`,
  ];
  return clean({
    head: `${SURNAMES[n % SURNAMES.length]}${GIVEN[Math.floor(n / SURNAMES.length + n) % GIVEN.length]}`,
    phone: `13${String(100_000_000 + n * 7919 + plan.seed).slice(-9)}`,
    address: `${plan.prefix}${v.village || v.sheet}${1 + (i % 9)}组${10 + i}号`,
    notRenovated: history === "none" ? tick() : undefined,
    reinforcedYear:
      history === "reinforced"
        ? pick(2) === 0
          ? 2010 + pick(9)
          : `${2010 + pick(9)}年`
        : history === "rebuilt" && pick(3) === 0
          ? 2005 + pick(3)
          : undefined,
    rebuiltYear: history === "rebuilt" ? (pick(2) === 0 ? 2009 + pick(9) : `${2009 + pick(9)}年`) : undefined,
    revisitDate: dateForms[pick(dateForms.length)],
    grade: written[pick(written.length)],
    actReinforce: reinforce ? tick() : undefined,
    actRebuild: rebuild ? tick() : undefined,
    intent: { grade, history, reinforce, rebuild, overdue: false },
  });
}

type Loose = { [K in keyof IntendedHousehold]?: IntendedHousehold[K] | undefined } & { intent: Intent };

/** Drops the keys left undefined (the household types take no explicit undefined). */
function clean(h: Loose): IntendedHousehold {
  return Object.fromEntries(
    Object.entries(h).filter(([, v]) => v !== undefined),
  ) as unknown as IntendedHousehold;
}

/** Turns a few households of a village into seeded violations, each with the findings it is meant to raise. */
function seedViolations(list: IntendedHousehold[], pick: (n: number) => number): void {
  const at = (k: number) => (k < list.length ? k : -1);
  const edit = (k: number, change: (h: IntendedHousehold) => Loose) => {
    const i = at(k);
    if (i >= 0) list[i] = clean(change(list[i] as IntendedHousehold));
  };
  const start = pick(2);
  // A/B revisited more than half a year before the fill date: RV-REVISIT-OVERDUE (warning).
  edit(start, (h) => ({
    ...h,
    grade: "B级",
    actReinforce: undefined,
    actRebuild: undefined,
    revisitDate: "2023-11-20",
    intent: { ...h.intent, grade: "B", reinforce: false, rebuild: false, overdue: true },
    expect: ["RV-REVISIT-OVERDUE"],
  }));
  // D without 重建安置 ticked: RV-D-NOT-REBUILD (error).
  edit(start + 2, (h) => ({
    ...h,
    grade: "D",
    actReinforce: undefined,
    actRebuild: undefined,
    intent: { ...h.intent, grade: "D", reinforce: false, rebuild: false },
    expect: ["RV-D-NOT-REBUILD"],
  }));
  // A grade that is none of A–D: 未评定, RV-GRADE (error).
  edit(start + 4, (h) => ({
    ...h,
    grade: "一般",
    actReinforce: undefined,
    actRebuild: undefined,
    intent: { ...h.intent, grade: "unrated", reinforce: false, rebuild: false },
    expect: ["RV-GRADE"],
  }));
  // A wrong phone number: RV-PHONE (warning), counted nowhere else.
  edit(start + 5, (h) => ({ ...h, phone: "12345", expect: [...(h.expect ?? []), "RV-PHONE"] }));
  // B with 维修加固 ticked: RV-AB-ACTION (warning), and it is counted as 拟维修加固.
  edit(start + 7, (h) => ({
    ...h,
    grade: "轻微",
    actReinforce: "√",
    actRebuild: undefined,
    intent: { ...h.intent, grade: "B", reinforce: true, rebuild: false, overdue: false },
    expect: [...(h.expect ?? []), "RV-AB-ACTION"],
  }));
}

/** Writes each township file into `dir`; returns the townships and the paths written, in order. */
export async function writeCityTownships(
  dir: string,
): Promise<{ townships: TownshipSpec[]; paths: string[] }> {
  mkdirSync(dir, { recursive: true });
  const townships = cityTownships();
  const paths: string[] = [];
  for (const t of townships) {
    for (const f of t.files) {
      const wb = new ExcelJS.Workbook();
      wb.creator = "Anju sample";
      wb.created = new Date(Date.UTC(2024, 6, 1));
      for (const v of f.villages) writeVillageSheet(wb, v);
      const path = join(dir, f.file);
      await wb.xlsx.writeFile(path);
      paths.push(path);
    }
  }
  return { townships, paths };
}

/** Rows (1-based) where each household of a village lands, as writeVillageSheet places them. */
export function placedRows(v: VillageSheet): number[] {
  const wb = new ExcelJS.Workbook();
  return writeVillageSheet(wb, v);
}
