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
  match: has(/身份证|证件号|身份号码/),
};
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

/**
 * A ledger column (SX 二.1, 三): named by its own header text (`补助资金（万元）`), or by the group above it
 * when its own text is only a unit, a part or a total that names no other column (`补助资金` over `中央`/`合计`,
 * `安置房面积` over `（㎡）`). `not` excludes look-alikes (人均面积 is not 安置房面积).
 */
interface LedgerColumn {
  readonly key: string;
  readonly label: string;
  readonly required: boolean;
  readonly re: RegExp;
  readonly not?: RegExp;
}

function ledgerFields(fixed: readonly FieldDef[], columns: readonly LedgerColumn[]): readonly FieldDef[] {
  const own = (c: LedgerColumn, text: string) => c.re.test(text) && !(c.not?.test(text) ?? false);
  const all: FieldDef[] = [...fixed];
  for (const c of columns) {
    all.push({
      key: c.key,
      label: c.label,
      required: c.required,
      match: (path, leaf) => {
        if (own(c, leaf)) return true;
        if (path === leaf || !own(c, path) || (c.not?.test(leaf) ?? false)) return false;
        return !all.some((o) => o.key !== c.key && o.match(leaf, leaf));
      },
    });
  }
  return all;
}

/** 户主姓名 as ledgers also write it: 搬迁户姓名, 户名, 农户姓名. */
const ledgerHead: FieldDef = {
  ...head,
  match: (p, l) => head.match(p, l) || /^(搬迁户|农户|贫困户|改造户)(主)?姓名$|^户名$/.test(l),
};

const LEDGER_PLACE: readonly LedgerColumn[] = [
  {
    key: "county",
    label: "县（区）",
    required: false,
    re: /^(县|县区|区县|县\(区\)|县\(市\)|县\(市、?区\)|县市区|所在县)$/,
  },
  {
    key: "township",
    label: "乡镇",
    required: false,
    re: /^(乡镇|乡|镇|乡\(镇\)|镇\(乡\)|乡镇\(街道\)|镇\(街道\)|乡镇\(办\)|街道|镇办|所在乡镇|乡镇名称)$/,
  },
  {
    key: "village",
    label: "村",
    required: false,
    re: /^(村|村\(社区\)|村\(居\)|行政村|社区|村名|所在村|迁出村|村\(组\))$/,
  },
];
const LEDGER_PERSONS: LedgerColumn = {
  key: "persons",
  label: "家庭人口",
  required: true,
  re: /家庭人口|搬迁人口|安置人口|人口数|家庭人数|人口|^人数/,
  not: /人均/,
};
/** 补助资金 / 补助金额 in 元 or 万元; not a rate column (人均补助标准). */
const LEDGER_SUBSIDY = /补助/;
const NOT_SUBSIDY = /自筹|标准|人均|时间|日期|方式|凭证|回单/;
const LEDGER_ACCEPTANCE: LedgerColumn = {
  key: "acceptance",
  label: "竣工验收",
  required: true,
  re: /竣工验收|质量验收|验收/,
};
const LEDGER_MOVED_IN: LedgerColumn = {
  key: "movedIn",
  label: "入住情况",
  required: true,
  re: /入住/,
  not: /条件/,
};
const LEDGER_REMARK: LedgerColumn = { key: "remark", label: "备注", required: false, re: /^备注/ };

/** 易地扶贫搬迁台账 (SX 二.1(1), 三.1). */
export const RELOCATION_FIELDS: readonly FieldDef[] = ledgerFields(
  [seq, ledgerHead, idNumber],
  [
    ...LEDGER_PLACE,
    LEDGER_PERSONS,
    { key: "mode", label: "安置方式", required: true, re: /安置方式|安置类型|安置模式|安置形式/ },
    {
      key: "year",
      label: "搬迁年度",
      required: true,
      re: /搬迁年度|实施年度|搬迁年份|安置年度|搬迁时间|计划年度|年度/,
      not: /改造/,
    },
    {
      key: "area",
      label: "安置房面积",
      required: true,
      re: /安置房面积|安置面积|建房面积|住房面积|房屋面积|面积/,
      not: /人均|改造|宅基地|占地/,
    },
    { key: "subsidy", label: "补助资金", required: true, re: LEDGER_SUBSIDY, not: NOT_SUBSIDY },
    { key: "selfFund", label: "自筹资金", required: true, re: /自筹/, not: /人均/ },
    LEDGER_ACCEPTANCE,
    { key: "keys", label: "交付钥匙", required: true, re: /钥匙/ },
    LEDGER_MOVED_IN,
    { key: "coOwnership", label: "共有产权整改", required: false, re: /共有产权/ },
    LEDGER_REMARK,
  ],
);

/** 危房改造台账 (SX 二.1(2), 三.2; TZ 7.1.1, 8.2). */
export const RENOVATION_FIELDS: readonly FieldDef[] = ledgerFields(
  [seq, ledgerHead, idNumber],
  [
    ...LEDGER_PLACE,
    LEDGER_PERSONS,
    {
      key: "grade",
      label: "危房等级",
      required: true,
      re: /危房等级|危险等级|房屋等级|鉴定等级|危房类别|危房级别|等级/,
      not: /评定意见|安全性评定/,
    },
    { key: "method", label: "改造方式", required: true, re: /改造方式|改造类型|改造类别|改造形式/ },
    {
      key: "year",
      label: "改造年度",
      required: false,
      re: /改造年度|实施年度|改造年份|计划年度|年度/,
      not: /搬迁|安置/,
    },
    {
      key: "area",
      label: "建房面积",
      required: true,
      re: /建房面积|改造面积|房屋面积|住房面积|面积/,
      not: /人均|安置|宅基地|占地/,
    },
    {
      key: "safetyOpinion",
      label: "安全性评定意见",
      required: true,
      re: /安全性评定|安全评定|评定意见|鉴定意见|安全鉴定|安全性鉴定/,
    },
    LEDGER_ACCEPTANCE,
    LEDGER_MOVED_IN,
    { key: "buildMode", label: "建设方式", required: false, re: /建设方式|建房方式|建设模式|建设形式/ },
    { key: "subsidy", label: "补助金额", required: false, re: LEDGER_SUBSIDY, not: NOT_SUBSIDY },
    { key: "bankReceipt", label: "一卡通及银行回单", required: false, re: /一卡通|银行回单|回单/ },
    { key: "agreement", label: "协议及支付凭证", required: false, re: /协议|支付凭证/ },
    LEDGER_REMARK,
  ],
);

/**
 * 低收入人口名单 (SPEC §11; TZ 1, 5.1): a 民政 roster of 低保, 特困, 低保边缘, 支出型困难 households. One row per
 * household (户主姓名), or one per person (姓名 with 与户主关系: only 户主/本人 rows are households).
 */
export const ROSTER_FIELDS: readonly FieldDef[] = ledgerFields(
  [
    seq,
    { ...ledgerHead, match: (p, l) => ledgerHead.match(p, l) || /^(人员|对象|成员)姓名$/.test(l) },
    { ...idNumber, required: true },
  ],
  [
    {
      key: "village",
      label: "村（社区）",
      required: true,
      re: /^(所在)?(村|村\(社区\)|村\(居\)|村居|村\/社区|村社区|行政村|社区|村名|村\(组\)|村\(居\)委会|村委会|村\(社区\)名称)$/,
    },
    {
      key: "township",
      label: "乡镇（街道）",
      required: false,
      re: /^(所在)?(乡镇|乡|镇|乡\(镇\)|镇\(乡\)|乡镇\(街道\)|镇\(街道\)|乡镇\(办\)|街道|镇办|乡镇名称)$/,
    },
    {
      key: "county",
      label: "县（区）",
      required: false,
      re: /^(县|县区|区县|县\(区\)|县\(市\)|县\(市、?区\)|县市区|市\(区\))$/,
    },
    {
      key: "relation",
      label: "与户主关系",
      required: false,
      re: /与户主(的)?关系|^(家庭)?关系$/,
    },
    {
      key: "category",
      label: "类别",
      required: false,
      re: /^(保障|救助|人员|对象|低收入|困难|低收入人口|人口)?(类别|类型)$/,
    },
    LEDGER_REMARK,
  ],
);

/**
 * Columns only one ledger kind has (安置方式 · 自筹资金 · 交付钥匙; 危房等级 · 改造方式 · 安全性评定意见 …). A roster
 * needs its 身份证号 or 与户主关系: a list of names by village and 类别 alone (a summary's 安全住房率 sheet) is
 * none (`--roster` and `--kind roster` still read one).
 */
export const DISTINCT_FIELDS: Readonly<Partial<Record<TableKind, readonly string[]>>> = {
  relocation: ["mode", "selfFund", "keys", "coOwnership"],
  renovation: ["grade", "method", "safetyOpinion", "buildMode", "bankReceipt", "agreement"],
  roster: ["idNumber", "relation"],
};

export const FIELDS: Readonly<Record<TableKind, readonly FieldDef[]>> = {
  revisit: REVISIT_FIELDS,
  relocation: RELOCATION_FIELDS,
  renovation: RENOVATION_FIELDS,
  roster: ROSTER_FIELDS,
};

/** Words of group header rows (合并表头上层), which belong to the header band but name no column themselves. */
export const GROUP_WORDS =
  /基本资料|基本情况|以往危房改造情况|改造情况|回访情况|处理意见|安置情况|资金情况|验收情况|改造信息|基本信息|户主信息|搬迁对象|补助资金|资金兑付|兑付情况|验收入住|入住情况|竣工验收|资金\(|凭证|建设情况|搬迁情况|补助情况|资金来源/;

/** Lower header rows that only finish the text above them (`维修加固` / `年份`). */
export const HEADER_TAIL_WORDS =
  /^(年份|年度|时间|日期|\(年\)|\(元\)|\(万元\)|\(㎡\)|\(m2\)|\(平方米\)|\(人\)|\(户\)|元|万元|m2|平方米|人|户)$/;

export function fieldLabel(kind: TableKind, key: string): string {
  return FIELDS[kind].find((f) => f.key === key)?.label ?? key;
}
