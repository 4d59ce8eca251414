import type { CellValue, SheetData } from "../../../src/engine/model/types";
import { sheet } from "./sheet";

/**
 * Small ledgers for rule tests: a title row, a 填报单位 row, one header row (row 3) and the households from row 4.
 * Each row starts from a clean household and overrides what the case is about.
 */
export type Cell = CellValue | undefined;

const NAMES = [
  "李四",
  "张三",
  "王芳",
  "刘强",
  "陈静",
  "杨军",
  "赵敏",
  "黄磊",
  "周涛",
  "吴霞",
  "徐亮",
  "孙燕",
];
/** The default 户主姓名 of row i: distinct, so that GEN-DUPLICATE stays quiet. */
const nameOf = (i: number) => NAMES[i % NAMES.length] ?? "某某";

export const RELOCATION_HEADER = [
  "序号",
  "县（区）",
  "乡镇",
  "村",
  "户主姓名",
  "身份证号",
  "家庭人口",
  "安置方式",
  "搬迁年度",
  "安置房面积（㎡）",
  "补助资金（元）",
  "自筹资金（元）",
  "竣工验收",
  "交付钥匙",
  "入住情况",
  "共有产权整改",
  "备注",
] as const;

/** Column letters of the relocation header above. */
export const RL = {
  head: "E",
  persons: "G",
  mode: "H",
  year: "I",
  area: "J",
  subsidy: "K",
  selfFund: "L",
  acceptance: "M",
  keys: "N",
  movedIn: "O",
  coOwnership: "P",
} as const;

export interface RelocationInput {
  head: Cell;
  persons: Cell;
  mode: Cell;
  year: Cell;
  area: Cell;
  subsidy: Cell;
  selfFund: Cell;
  acceptance: Cell;
  keys: Cell;
  movedIn: Cell;
  coOwnership: Cell;
}

/** 4 persons, 集中安置 2018, 100 ㎡ (exactly 25 ㎡ each), 100,000 元 subsidy, 10,000 元 self-funding: clean. */
export const CLEAN_RELOCATION: RelocationInput = {
  head: "李四",
  persons: 4,
  mode: "集中安置",
  year: 2018,
  area: 100,
  subsidy: 100_000,
  selfFund: 10_000,
  acceptance: "是",
  keys: "是",
  movedIn: "已入住",
  coOwnership: undefined,
};

export function relocationSheet(
  rows: ReadonlyArray<Partial<RelocationInput>>,
  header: readonly string[] = RELOCATION_HEADER,
): SheetData {
  const data = rows.map((o, i) => {
    const h = { ...CLEAN_RELOCATION, head: nameOf(i), ...o };
    return [
      i + 1,
      "某县",
      "城关镇",
      "东村",
      h.head,
      undefined,
      h.persons,
      h.mode,
      h.year,
      h.area,
      h.subsidy,
      h.selfFund,
      h.acceptance,
      h.keys,
      h.movedIn,
      h.coOwnership,
      undefined,
    ];
  });
  return sheet("搬迁台账", [["易地扶贫搬迁安置台账"], ["填报单位：某县城关镇"], header, ...data], ["A1:Q1"]);
}

export const RENOVATION_HEADER = [
  "序号",
  "县（区）",
  "乡镇",
  "村",
  "户主姓名",
  "身份证号码",
  "家庭人口",
  "危房等级",
  "改造方式",
  "改造年度",
  "建房面积（平方米）",
  "安全性评定意见",
  "竣工验收",
  "入住情况",
  "建设方式",
  "补助金额（元）",
  "一卡通及银行回单",
  "协议及支付凭证",
  "备注",
] as const;

export const RN = {
  county: "B",
  head: "E",
  persons: "G",
  grade: "H",
  method: "I",
  year: "J",
  area: "K",
  safetyOpinion: "L",
  acceptance: "M",
  movedIn: "N",
  buildMode: "O",
  subsidy: "P",
  bankReceipt: "Q",
  agreement: "R",
} as const;

export interface RenovationInput {
  county: Cell;
  head: Cell;
  persons: Cell;
  grade: Cell;
  method: Cell;
  year: Cell;
  area: Cell;
  safetyOpinion: Cell;
  acceptance: Cell;
  movedIn: Cell;
  buildMode: Cell;
  subsidy: Cell;
  bankReceipt: Cell;
  agreement: Cell;
}

/** 3 persons, D 级 拆除重建, 60 ㎡ (the upper limit), 自建 with 一卡通 是, 20,000 元 (the TZ 8.2 rate): clean. */
export const CLEAN_RENOVATION: RenovationInput = {
  county: "某县",
  head: "王五",
  persons: 3,
  grade: "D",
  method: "拆除重建",
  year: 2019,
  area: 60,
  safetyOpinion: "是",
  acceptance: "是",
  movedIn: "已入住",
  buildMode: "自建",
  subsidy: 20_000,
  bankReceipt: "是",
  agreement: undefined,
};

export function renovationSheet(
  rows: ReadonlyArray<Partial<RenovationInput>>,
  header: readonly string[] = RENOVATION_HEADER,
): SheetData {
  const data = rows.map((o, i) => {
    const h = { ...CLEAN_RENOVATION, head: nameOf(i), ...o };
    return [
      i + 1,
      h.county,
      "城关镇",
      "东村",
      h.head,
      undefined,
      h.persons,
      h.grade,
      h.method,
      h.year,
      h.area,
      h.safetyOpinion,
      h.acceptance,
      h.movedIn,
      h.buildMode,
      h.subsidy,
      h.bankReceipt,
      h.agreement,
      undefined,
    ];
  });
  return sheet("危改台账", [["农村危房改造台账"], ["填报单位：某县城关镇"], header, ...data], ["A1:S1"]);
}
