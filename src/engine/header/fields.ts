import type { TableKind } from "../model/types";

/**
 * The columns each table kind knows, with the header words (and synonyms) that name them. Matching runs on the
 * folded header path of a column: the texts of the header band from top to bottom, full-width folded and with
 * all whitespace removed (so `维修加固\n年份` over two rows and `维修加固年份` in one cell read the same).
 */
export interface FieldDef {
  readonly key: string;
  /** The header as the standard writes it, used in messages and GEN-MISSING-COLUMN. */
  readonly label: string;
  readonly required: boolean;
  /** Receives the folded header path and the folded lowest header text of one column. */
  readonly match: (path: string, leaf: string) => boolean;
}

const has = (re: RegExp) => (path: string) => re.test(path);
const leafIs =
  (...words: string[]) =>
  (_path: string, leaf: string) =>
    words.includes(leaf);

const seq: FieldDef = { key: "seq", label: "序号", required: false, match: leafIs("序号", "编号", "序") };
const head: FieldDef = {
  key: "head",
  label: "户主姓名",
  required: true,
  match: (p, l) => /户主姓名|户主名/.test(p) || ["户主", "姓名", "户主(姓名)"].includes(l),
};
const idNumber: FieldDef = {
  key: "idNumber",
  label: "身份证号",
  required: false,
  match: has(/身份证|证件号/),
};
const county: FieldDef = {
  key: "county",
  label: "县（区）",
  required: false,
  match: leafIs("县(区)", "县区", "县", "区县"),
};
const township: FieldDef = {
  key: "township",
  label: "乡镇",
  required: false,
  match: leafIs("乡镇", "乡镇(街道)", "镇", "乡(镇)", "镇(街道)", "街道"),
};
const village: FieldDef = {
  key: "village",
  label: "村",
  required: false,
  match: leafIs("村", "村(社区)", "行政村", "村(居)", "社区"),
};
const persons: FieldDef = {
  key: "persons",
  label: "家庭人口",
  required: true,
  match: has(/家庭人口|人口数|搬迁人口|家庭人数|人口/),
};
const acceptance: FieldDef = {
  key: "acceptance",
  label: "竣工验收",
  required: true,
  match: has(/竣工验收|验收/),
};
const movedIn: FieldDef = { key: "movedIn", label: "入住情况", required: true, match: has(/入住/) };
const remark: FieldDef = { key: "remark", label: "备注", required: false, match: leafIs("备注") };

/** 表A.1 (TZ 附录A). History and disposition columns share words; position in the header decides. */
export const REVISIT_FIELDS: readonly FieldDef[] = [
  seq,
  head,
  { key: "phone", label: "联系方式", required: true, match: has(/联系方式|联系电话|电话|手机/) },
  { key: "address", label: "房屋地址", required: true, match: has(/房屋地址|地址|住址/) },
  idNumber,
  { key: "notRenovated", label: "未改造", required: true, match: has(/未改造/) },
  {
    key: "reinforcedYear",
    label: "维修加固年份",
    required: true,
    match: (p) => /维修加固|修缮加固/.test(p) && !/处理意见/.test(p) && /年|以往|改造情况/.test(p),
  },
  {
    key: "rebuiltYear",
    label: "重建安置年份",
    required: true,
    match: (p) => /重建安置|重建/.test(p) && !/处理意见/.test(p) && /年|以往|改造情况/.test(p),
  },
  { key: "revisitDate", label: "回访时间", required: true, match: has(/回访时间|回访日期/) },
  {
    key: "grade",
    label: "房屋安全状况",
    required: true,
    match: has(/房屋安全状况|安全状况|安全等级|危险等级/),
  },
  {
    key: "actReinforce",
    label: "处理意见 维修加固",
    required: true,
    match: (p) => /维修加固|修缮加固/.test(p) && !/年/.test(p),
  },
  {
    key: "actRebuild",
    label: "处理意见 重建安置",
    required: true,
    match: (p) => /重建/.test(p) && !/年/.test(p),
  },
];

/** 易地扶贫搬迁台账 (SX 二.1(1), 三.1). */
export const RELOCATION_FIELDS: readonly FieldDef[] = [
  seq,
  county,
  township,
  village,
  head,
  idNumber,
  persons,
  { key: "mode", label: "安置方式", required: true, match: has(/安置方式/) },
  { key: "year", label: "搬迁年度", required: true, match: has(/搬迁年度|实施年度|搬迁年份|年度/) },
  { key: "area", label: "安置房面积", required: true, match: has(/安置房面积|建房面积|住房面积|面积/) },
  { key: "subsidy", label: "补助资金", required: true, match: has(/补助资金|补助金额|补助/) },
  { key: "selfFund", label: "自筹资金", required: true, match: has(/自筹/) },
  acceptance,
  { key: "keys", label: "交付钥匙", required: true, match: has(/钥匙/) },
  movedIn,
  { key: "coOwnership", label: "共有产权整改", required: false, match: has(/共有产权/) },
  remark,
];

/** 危房改造台账 (SX 二.1(2), 三.2; TZ 7.1.1, 8.2). */
export const RENOVATION_FIELDS: readonly FieldDef[] = [
  seq,
  county,
  township,
  village,
  head,
  idNumber,
  persons,
  { key: "grade", label: "危房等级", required: true, match: has(/危房等级|危险等级|房屋等级|鉴定等级|等级/) },
  { key: "method", label: "改造方式", required: true, match: has(/改造方式/) },
  { key: "year", label: "改造年度", required: false, match: has(/改造年度|实施年度|年度/) },
  { key: "area", label: "建房面积", required: true, match: has(/建房面积|改造面积|面积/) },
  {
    key: "safetyOpinion",
    label: "安全性评定意见",
    required: true,
    match: has(/安全性评定|评定意见|鉴定意见|安全鉴定/),
  },
  acceptance,
  movedIn,
  { key: "buildMode", label: "建设方式", required: false, match: has(/建设方式|建房方式/) },
  { key: "subsidy", label: "补助金额", required: false, match: has(/补助金额|补助资金|补助/) },
  { key: "bankReceipt", label: "一卡通及银行回单", required: false, match: has(/一卡通|银行回单/) },
  { key: "agreement", label: "协议及支付凭证", required: false, match: has(/协议|支付凭证/) },
  remark,
];

export const FIELDS: Readonly<Record<TableKind, readonly FieldDef[]>> = {
  revisit: REVISIT_FIELDS,
  relocation: RELOCATION_FIELDS,
  renovation: RENOVATION_FIELDS,
};

/** Words of group header rows (合并表头上层), which belong to the header band but name no column themselves. */
export const GROUP_WORDS =
  /基本资料|基本情况|以往危房改造情况|改造情况|回访情况|处理意见|安置情况|资金情况|验收情况|改造信息/;

/** Lower header rows that only finish the text above them (`维修加固` / `年份`). */
export const HEADER_TAIL_WORDS = /^(年份|年度|时间|日期|\(年\)|\(元\)|\(万元\)|\(㎡\)|\(平方米\)|\(人\))$/;

export function fieldLabel(kind: TableKind, key: string): string {
  return FIELDS[kind].find((f) => f.key === key)?.label ?? key;
}
