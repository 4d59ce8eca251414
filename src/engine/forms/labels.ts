import type { Figures } from "../summary/figures";
import { fold } from "../parse/text";

/**
 * The words a county's own summary form uses for the statistics of SPEC §4 (户数, A级 … 未评定, 危房户数 = C + D,
 * history, dispositions, 回访逾期, 补助测算, 鉴定等经费, errors and warnings), and for its name columns. Labels
 * are compared folded (full width and whitespace removed, NFKC: `（` is `(`), Latin letters in upper case.
 */
export type StatisticKey =
  | "households"
  | "A"
  | "B"
  | "C"
  | "D"
  | "unrated"
  | "dangerous"
  | "none"
  | "reinforced"
  | "rebuilt"
  | "planReinforce"
  | "planRebuild"
  | "revisitOverdue"
  | "subsidy"
  | "appraisal"
  | "errors"
  | "warnings";

/** A form column's statistic, with the money unit its header names (补助测算（万元）). */
export interface Statistic {
  readonly key: StatisticKey;
  readonly tenThousand: boolean;
}

/** The figure a statistic cell receives: counts as they are, money in 元 or 万元 as the header says. */
export function statisticValue(s: Statistic, f: Figures): number {
  const yuan = (v: number) => (s.tenThousand ? Math.round(v) / 10_000 : v);
  switch (s.key) {
    case "households":
      return f.households;
    case "A":
    case "B":
    case "C":
    case "D":
      return f.grades[s.key];
    case "unrated":
      return f.grades.unrated;
    case "dangerous":
      return f.grades.C + f.grades.D;
    case "none":
    case "reinforced":
    case "rebuilt":
      return f.history[s.key];
    case "planReinforce":
      return f.planned.reinforce;
    case "planRebuild":
      return f.planned.rebuild;
    case "revisitOverdue":
      return f.revisitOverdue;
    case "subsidy":
      return yuan(f.subsidyYuan);
    case "appraisal":
      return yuan(f.appraisalYuan);
    case "errors":
      return f.errors;
    case "warnings":
      return f.warnings;
  }
}

/** A folded label, upper-cased, with unit brackets (（户）, （万元）) and 单位 notes removed. */
export function normalizeLabel(text: string): string {
  return fold(text)
    .toUpperCase()
    .replace(/\((户|人|个|条|项|元|万元|次|%)\)|单位:?(户|元|万元)/g, "");
}

/** Lower header words that only count what the cell above names (`A级` over `户数`, `补助测算` over `万元`). */
const COUNT_WORD = /^(户数|户|数量|数|合计|小计|总计|计|金额|万元|元|\((户|万元|元)\))$/;

export function isCountWord(label: string): boolean {
  return COUNT_WORD.test(fold(label));
}

const GRADE_WORD: Readonly<Record<string, "A" | "B" | "C" | "D">> = {
  完好: "A",
  轻微: "B",
  中度: "C",
  严重: "D",
};

function grade(label: string): "A" | "B" | "C" | "D" | undefined {
  const s = label
    .replace(/(户数|户)$/, "")
    .replace(/(危房|房屋|住房)$/, "")
    .replace(/[()]/g, "");
  const m =
    /^([ABCD])级?(?:(完好|轻微|中度|严重)(?:损坏|危险)?)?$/.exec(s) ??
    /^(?:(完好|轻微|中度|严重)(?:损坏|危险)?)([ABCD])?级?$/.exec(s);
  if (!m) return undefined;
  const letter = /^[ABCD]$/.test(m[1] ?? "") ? m[1] : m[2];
  const word = /^[ABCD]$/.test(m[1] ?? "") ? m[2] : m[1];
  const fromWord = word ? GRADE_WORD[word] : undefined;
  if (letter && fromWord && letter !== fromWord) return undefined;
  return (letter ?? fromWord) as "A" | "B" | "C" | "D" | undefined;
}

const HOUSEHOLDS =
  /^(总|合计|回访|评估|监测|重点对象|保障对象|农户|排查|核查|调查|在册)?(总)?户数(合计|总数|小计|总计)?$|^户$|^总户$/;
const UNRATED =
  /^(未评定|未鉴定|未评级|未定级|待评定|待鉴定|未评估|无等级|等级未填|未填等级)(等级)?(户数|户)?$/;
const PLAN_CONTEXT = /处理意见|拟|计划|建议|整改|处置|下步/;
const HISTORY_CONTEXT = /以往|历史|曾|已|改造情况|改造历史|往年/;
const REINFORCE = /维修加固|修缮加固|加固|维修/;
const REBUILD = /重建|新建|翻建/;

/**
 * The statistic a form column names: its label (the lowest header text, or the text above a count word) read with
 * the group headers above it (`以往危房改造情况 › 维修加固` is 曾维修加固, `处理意见 › 维修加固` is 拟维修加固).
 * Undefined for a label that is no statistic.
 */
export function classifyLabel(label: string, context: string): Statistic | undefined {
  const l = normalizeLabel(label);
  const ctx = normalizeLabel(context);
  const tenThousand = /万元/.test(fold(label) + fold(context));
  const stat = (key: StatisticKey): Statistic => ({ key, tenThousand });
  if (l === "") return undefined;
  const g = grade(l);
  if (g) return stat(g);
  if (UNRATED.test(l)) return stat("unrated");
  if (/C级?[+、和及/与-]D|D级?[+、和及/与-]C|^CD级/.test(l)) return stat("dangerous");
  if (/危房/.test(l) && !/改造|加固|重建|鉴定|经费|补助|率|面积|占比|比例/.test(l)) return stat("dangerous");
  if (/鉴定/.test(l) && /经费|费用|费|资金/.test(l)) return stat("appraisal");
  if (/逾期|超期|过期/.test(l)) return stat("revisitOverdue");
  if (/补助|补贴|资金测算|测算资金|所需资金|资金需求/.test(l) && !/标准|人均|率|占比/.test(l))
    return stat("subsidy");
  if (/未改造/.test(l)) return stat("none");
  const reinforce = REINFORCE.test(l);
  const rebuild = REBUILD.test(l) || /重建安置|^安置$/.test(l);
  if (reinforce !== rebuild) {
    const plan = PLAN_CONTEXT.test(l) || (!HISTORY_CONTEXT.test(l) && PLAN_CONTEXT.test(ctx));
    const history = !plan && (HISTORY_CONTEXT.test(l) || HISTORY_CONTEXT.test(ctx));
    if (plan) return stat(reinforce ? "planReinforce" : "planRebuild");
    if (history) return stat(reinforce ? "reinforced" : "rebuilt");
    return undefined;
  }
  if (HOUSEHOLDS.test(l)) return stat("households");
  if (/^(错误|核查错误|错误问题)(数|条数|项数|个数)?$/.test(l)) return stat("errors");
  if (/^(警告|核查警告|警告问题)(数|条数|项数|个数)?$/.test(l)) return stat("warnings");
  return undefined;
}

/** What a form's name column lists. */
export type NameKind = "village" | "township" | "city" | "any";

const NAME_COLUMNS: ReadonlyArray<readonly [NameKind, RegExp]> = [
  [
    "village",
    /^(村|村\(社区\)|村\(居\)|村居|社区|行政村|村名|村名称|村\(社区\)名称|村委会|村\/社区|村\(居\)委会)$/,
  ],
  [
    "township",
    /^(乡镇|乡镇\(街道\)|镇\(街道\)|乡\(镇\)|镇\(乡\)|镇|乡|街道|乡镇名称|乡镇\(街道\)名称|镇街|乡镇街道|乡\(镇、街道\)|镇\(区、街道\))$/,
  ],
  ["city", /^(市\(区\)|市区|县\(市、?区\)|县市区|县\(区\)|区县|县\(市\)|市\(县、?区\)|所属市\(区\)|县|市)$/],
  ["any", /^(单位|单位名称|名称|地区|区域|地区名称)$/],
];

export function nameKind(label: string): NameKind | undefined {
  const l = fold(label);
  return NAME_COLUMNS.find(([, re]) => re.test(l))?.[0];
}

/** Labels a form has beside its statistics that are reported as nothing (序号, 备注, 说明). */
export function isIgnoredLabel(label: string): boolean {
  return /^(序号|编号|序|备注|说明|填报说明|备注说明)$/.test(fold(label));
}
