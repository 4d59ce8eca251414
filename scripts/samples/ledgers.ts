import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parseA1 } from "../../src/engine/model/address";
import type { CellRange, CellValue, SheetData, TableKind } from "../../src/engine/model/types";
import { parseIsoDate, toSerial } from "../../src/engine/parse/date";
import { makeId } from "./township";

/**
 * Sample Shaanxi ledgers (SX 附件3) as counties really send them: a title and a 填报单位 row above a header of two
 * rows with merged cells, units in the headers (万元, ㎡, 平方米) or in a `金额单位：万元` note, blank rows, a 合计
 * row and 注 rows below. Every household either sits on a boundary that must stay clean (25 ㎡ per person, 28 ㎡
 * for 2016, 2.5 万元 per person, 2,500 元 per person, 10,000 元 per household, 40/60 ㎡, 13/18 ㎡ per person, 20
 * persons) or carries the rule IDs it is seeded to break. The same sheets feed the engine tests (as SheetData) and
 * test/fixtures/ledger-*.xlsx (through ExcelJS), so the expected findings are written once.
 */
export type SampleCell =
  | string
  | number
  | null
  | undefined
  | { readonly date: string }
  | { readonly formula: string; readonly error: string };

export interface SampleSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<SampleCell>>;
  /** `A1:C1` ranges. */
  readonly merges: readonly string[];
  /** The table the sheet holds; undefined for a sheet that is no table (GEN-UNKNOWN-SHEET). */
  readonly table?: {
    readonly kind: TableKind;
    readonly headerRows: readonly number[];
    readonly firstDataRow: number;
    readonly lastDataRow: number;
  };
  /** [1-based row, rule ID] of every seeded finding. */
  readonly expected: ReadonlyArray<readonly [number, string]>;
}

export interface SampleLedger {
  readonly file: string;
  readonly sheets: readonly SampleSheet[];
  /** --today for the checks. */
  readonly today: string;
}

const NOTES_RELOCATION = [
  "注：1.安置方式填写集中安置、分散安置或货币化安置；2.集中安置的竣工验收填“是”或验收报告编号，交付钥匙填“是”或交付日期；",
  "3.2016年度集中安置人均超面积（不超过3㎡）已按共有产权方式整改的，在“共有产权整改”栏填“是”。",
];
const NOTES_RENOVATION = [
  "注：1.危房等级填写C级或D级；2.改造方式填写维修加固或拆除重建；3.自建户须核查一卡通及银行回单，统建户须核查三方协议及支付凭证。",
];

const date = (iso: string) => ({ date: iso });
const na = (formula: string) => ({ formula, error: "#N/A" });

// ---------------------------------------------------------------------------------------------------------------
// 易地扶贫搬迁台账: 2-row header, 补助资金 over 中央 · 省级 · 合计 in 万元 (from the note), 自筹资金 in 元.

interface Relocatee {
  village: string;
  head: string;
  id?: SampleCell;
  persons: SampleCell;
  mode: SampleCell;
  year: SampleCell;
  area: SampleCell;
  /** 补助资金 合计 in 万元; 中央 gets 60 %, 省级 the rest. */
  subsidy: SampleCell;
  selfFund?: SampleCell;
  acceptance?: SampleCell;
  keys?: SampleCell;
  movedIn?: SampleCell;
  coOwnership?: SampleCell;
  remark?: string;
  expect?: string[];
}

// prettier-ignore
const RELOCATEES: Relocatee[] = [
  // Clean, on the boundaries: 25 ㎡ per person, 2.5 万元 per person, 2,500 元 per person = 10,000 元 per household.
  { village: "东坡村", head: "张建国", id: makeId("61042319650312001"), persons: 4, mode: "集中安置", year: 2018, area: 100, subsidy: 10, selfFund: 10000, acceptance: "是", keys: date("2018-12-20"), movedIn: "已入住" },
  { village: "东坡村", head: "李秀兰", id: makeId("61042319700101002"), persons: 3, mode: "分散安置", year: "2017年", area: "75", subsidy: 4.5, selfFund: 7500, acceptance: "质量验收报告ZJ2017-031", movedIn: "已入住" },
  { village: "东坡村", head: "王小明", id: makeId("61042319800518003"), persons: 6, mode: "货币化安置", year: 2019, area: null, subsidy: 9, selfFund: 10000, acceptance: "是", movedIn: "是" },
  { village: "东坡村", head: "刘玉珍", persons: 1, mode: "集中", year: 2020, area: 25, subsidy: 2.5, selfFund: 2500, acceptance: "竣验〔2020〕15号", keys: "是", movedIn: "未入住" },
  { village: "西沟村", head: "马福贵", persons: "20", mode: "集中安置点", year: 2018, area: 500, subsidy: 50, selfFund: 10000, acceptance: "是", keys: "是", movedIn: "已入住" },
  // 2016 集中安置 exactly 28 ㎡ per person with 共有产权整改 是: a warning only.
  { village: "西沟村", head: "赵德胜", persons: 5, mode: "集中安置", year: 2016, area: 140, subsidy: 12.5, acceptance: "是", keys: "是", movedIn: "已入住", coOwnership: "是", expect: ["RL-AREA-2016"] },
  // Seeded violations.
  { village: "西沟村", head: "孙桂英", persons: 2, mode: "集中安置", year: 2016, area: 56, subsidy: 5, acceptance: "是", keys: "是", movedIn: "已入住", expect: ["RL-AREA"] },
  { village: "西沟村", head: "周大海", persons: 3, mode: "集中安置", year: 2016, area: 85, subsidy: 7.5, acceptance: "是", keys: "是", movedIn: "已入住", coOwnership: "是", expect: ["RL-AREA"] },
  { village: "南岔村", head: "吴红梅", id: makeId("61042319720615007"), persons: 4, mode: "集中安置", year: 2017, area: 110, subsidy: 10, acceptance: "是", keys: "是", movedIn: "已入住", expect: ["RL-AREA"] },
  { village: "南岔村", head: "郑志强", persons: 3, mode: "分散安置", year: 2018, area: 60, subsidy: 4.4, acceptance: "是", movedIn: "已入住", expect: ["RL-SUBSIDY"] },
  { village: "南岔村", head: "冯玉兰", persons: 2, mode: "集中安置", year: 2018, area: 50, subsidy: 5, selfFund: 5001, acceptance: "是", keys: "是", movedIn: "已入住", expect: ["RL-SELF-FUND"] },
  { village: "南岔村", head: "陈永福", persons: 6, mode: "分散安置", year: 2018, area: 150, subsidy: 9, selfFund: 12000, acceptance: "是", movedIn: "已入住", expect: ["RL-SELF-FUND"] },
  { village: "北梁村", head: "褚国庆", persons: 3, mode: "集中安置", year: 2019, area: 75, subsidy: 7.5, acceptance: "否", keys: "未交付", movedIn: "未入住", expect: ["RL-HANDOVER"] },
  { village: "北梁村", head: "卫春花", persons: 3, mode: "集中安置", year: 2019, area: 70, subsidy: 7.5, acceptance: "是", movedIn: "已入住", expect: ["RL-HANDOVER"] },
  { village: "北梁村", head: "蒋文华", persons: 2, mode: "分散安置", year: 2019, area: 50, subsidy: 3, acceptance: "是", movedIn: "未入住", expect: ["RL-MOVED-IN"] },
  { village: "北梁村", head: "沈建军", persons: 4, mode: "货币化安置", year: 2020, area: null, subsidy: 6, movedIn: "已入住", expect: ["RL-MOVED-IN"] },
  { village: "北梁村", head: "韩玉珍", persons: "4.5", mode: "集中安置", year: 2018, area: 100, subsidy: 10, acceptance: "是", keys: "是", movedIn: "已入住", expect: ["RL-PERSONS"] },
  { village: "中川村", head: "杨树林", persons: null, mode: "分散安置", year: 2018, area: 60, subsidy: 4.5, acceptance: "是", movedIn: "已入住", expect: ["RL-REQUIRED"] },
  { village: "中川村", head: "朱光明", persons: 3, mode: "移民搬迁", year: 2018, area: 60, subsidy: 4.5, acceptance: "是", movedIn: "已入住", expect: ["RL-MODE"] },
  { village: "中川村", head: "尤志刚", persons: 3, mode: "集中安置", year: 2018, area: null, subsidy: 7.5, acceptance: "是", keys: "是", movedIn: "已入住", expect: ["RL-REQUIRED"] },
  { village: "中川村", head: "许丽", id: makeId("61042319751203004", true), persons: 2, mode: "分散安置", year: 2018, area: 40, subsidy: 3, acceptance: "是", movedIn: "已入住", expect: ["GEN-ID-INVALID"] },
  { village: "中川村", head: "何建平", persons: 2, mode: "分散安置", year: 2018, area: 40, subsidy: 3, acceptance: "是", movedIn: "已入住", expect: ["GEN-DUPLICATE"] },
  { village: "中川村", head: "何建平", persons: 2, mode: "分散安置", year: 2018, area: 40, subsidy: 3, acceptance: "是", movedIn: "已入住", expect: ["GEN-DUPLICATE"] },
  { village: "中川村", head: "吕秀珍", persons: 2, mode: "分散安置", year: 2018, area: 40, subsidy: na("VLOOKUP(E29,补助表!A:D,4,FALSE)"), acceptance: "是", movedIn: "已入住", expect: ["GEN-FORMULA-ERROR"] },
];

function relocationSheet(): SampleSheet {
  const rows: SampleCell[][] = [];
  const merges = ["A1:S1", "A2:J2"];
  rows.push(["某县易地扶贫搬迁安置情况台账（2016—2020年度）"]);
  rows.push(["填报单位：某县城关镇人民政府", ...blank(13), "金额单位：万元（自筹资金为元）"]);
  rows.push([
    "序号",
    "县（区）",
    "乡镇",
    "村",
    "户主\n姓名",
    "身份证号码",
    "家庭\n人口",
    "安置\n方式",
    "搬迁\n年度",
    "安置房面积",
    "补助资金",
    null,
    null,
    "自筹资金（元）",
    "竣工验收",
    "交付\n钥匙",
    "入住\n情况",
    "共有产权\n整改",
    "备注",
  ]);
  rows.push([null, null, null, null, null, null, null, null, null, "（㎡）", "中央", "省级", "合计"]);
  for (const c of "ABCDEFGHINOPQRS") merges.push(`${c}3:${c}4`);
  merges.push("K3:M3");
  const expected: Array<[number, string]> = [];
  let seq = 0;
  RELOCATEES.forEach((h, i) => {
    if (i === 6) rows.push([]); // a blank row inside the data
    seq++;
    const total = h.subsidy;
    const central = typeof total === "number" ? Math.round(total * 0.6 * 100) / 100 : null;
    const provincial =
      typeof total === "number" && central !== null ? Math.round((total - central) * 100) / 100 : null;
    rows.push([
      seq,
      "某县",
      "城关镇",
      h.village,
      h.head,
      h.id,
      h.persons,
      h.mode,
      h.year,
      h.area,
      central,
      provincial,
      total,
      h.selfFund,
      h.acceptance,
      h.keys,
      h.movedIn,
      h.coOwnership,
      h.remark,
    ]);
    for (const id of h.expect ?? []) expected.push([rows.length, id]);
  });
  const last = rows.length;
  rows.push(["合计", null, null, null, `${seq}户`]);
  for (const n of NOTES_RELOCATION) {
    rows.push([n]);
    merges.push(`A${rows.length}:S${rows.length}`);
  }
  return {
    name: "城关镇",
    rows,
    merges,
    table: { kind: "relocation", headerRows: [3, 4], firstDataRow: 5, lastDataRow: last },
    expected,
  };
}

/** A second township sheet with one flat header, money in 元 from the header; one household also on 城关镇's sheet. */
function relocationFlatSheet(): SampleSheet {
  const rows: SampleCell[][] = [
    [
      "序号",
      "户主姓名",
      "身份证号",
      "村",
      "搬迁人口",
      "安置方式",
      "实施年度",
      "建房面积(㎡)",
      "补助资金（元）",
      "自筹资金（元）",
      "竣工验收",
      "交付钥匙",
      "入住情况",
    ],
    [
      1,
      "钱文斌",
      makeId("61042319681111005"),
      "红岩村",
      2,
      "城镇集中安置",
      "2018",
      "50",
      "50000",
      0,
      "是",
      "2019/1/15",
      "已入住",
    ],
    [
      2,
      "吴红梅",
      makeId("61042319720615007"),
      "南岔村",
      4,
      "集中安置",
      2017,
      100,
      100000,
      10000,
      "是",
      "是",
      "已入住",
    ],
    [
      3,
      "欧阳春",
      makeId("61042319900808006"),
      "红岩村",
      5,
      "分散安置",
      2019,
      125,
      "7.5万",
      "0.25万",
      "是",
      null,
      "已入住",
    ],
  ];
  return {
    name: "红岩镇",
    rows,
    merges: [],
    table: { kind: "relocation", headerRows: [1], firstDataRow: 2, lastDataRow: 4 },
    // The same household (ID) as 吴红梅 on 城关镇: a warning on both copies.
    expected: [[3, "GEN-DUPLICATE"]],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 危房改造台账: a group row over the header, units in the header text, money in 万元.

interface Renovatee {
  county?: string;
  village: string;
  head: string;
  persons: SampleCell;
  grade: SampleCell;
  method: SampleCell;
  year?: SampleCell;
  area: SampleCell;
  opinion?: SampleCell;
  acceptance?: SampleCell;
  movedIn?: SampleCell;
  buildMode: SampleCell;
  /** 万元. */
  subsidy: SampleCell;
  bank?: SampleCell;
  agreement?: SampleCell;
  expect?: string[];
}

const ok = { opinion: "是", acceptance: "是", movedIn: "已入住" };
// prettier-ignore
const RENOVATEES: Renovatee[] = [
  // Clean, on the boundaries: 60 and 40 ㎡ for 1–3 persons, 13 and 18 ㎡ per person above 3, C without area check.
  { village: "石门村", head: "刘福", persons: 3, grade: "D级危房（整栋危险）", method: "拆除重建", area: 60, ...ok, buildMode: "自建", subsidy: 2, bank: "是" },
  { village: "石门村", head: "马兰", persons: 1, grade: "D", method: "原址翻建", area: "40", ...ok, buildMode: "统建", subsidy: 2, agreement: "是" },
  { village: "石门村", head: "高山", persons: 4, grade: "D级", method: "异地新建", area: 52, ...ok, buildMode: "自建", subsidy: 2, bank: "√" },
  { village: "石门村", head: "林小红", persons: 5, grade: "D级危房", method: "翻建新建", area: 90, ...ok, buildMode: "统规统建", subsidy: 2, agreement: "有" },
  { village: "石门村", head: "罗成", persons: 2, grade: "C级危房", method: "维修加固", area: null, ...ok, buildMode: "自改", subsidy: 0.9, bank: "是" },
  { village: "石门村", head: "郭靖", persons: 3, grade: "C", method: "修缮加固", area: 120, ...ok, buildMode: "统改", subsidy: 0.9, agreement: "是" },
  { village: "柳林村", head: "何伟", persons: 2, grade: "C级", method: "拆除重建", area: 100, ...ok, buildMode: "自建", subsidy: 2, bank: "是" },
  { county: "兴化市", village: "柳林村", head: "戴宗", persons: 2, grade: "D", method: "异地非集中新建", area: 45, ...ok, buildMode: "自建", subsidy: 2.2, bank: "是" },
  { village: "柳林村", head: "岳飞", persons: 20, grade: "D", method: "异地相对集中新建", area: 360, ...ok, buildMode: "统建", subsidy: 2, agreement: "是" },
  // Seeded violations.
  { village: "柳林村", head: "黄蓉", persons: 2, grade: "D", method: "维修加固", area: 50, ...ok, buildMode: "自建", subsidy: 0.9, bank: "是", expect: ["RN-D-REINFORCE"] },
  { village: "柳林村", head: "欧阳锋", persons: 3, grade: "D", method: "拆除重建", area: 61, ...ok, buildMode: "自建", subsidy: 2, bank: "是", expect: ["RN-AREA-SMALL-HH"] },
  { village: "柳林村", head: "宋江", persons: 2, grade: "D", method: "重建", area: 39.5, ...ok, buildMode: "自建", subsidy: 2, bank: "是", expect: ["RN-AREA-SMALL-HH"] },
  { village: "河湾村", head: "吴用", persons: 4, grade: "D", method: "拆除重建", area: 51.9, ...ok, buildMode: "自建", subsidy: 2, bank: "是", expect: ["RN-AREA-PER-CAPITA"] },
  { village: "河湾村", head: "武松", persons: 6, grade: "D", method: "拆除重建", area: 110, ...ok, buildMode: "自建", subsidy: 2, bank: "是", expect: ["RN-AREA-PER-CAPITA"] },
  { village: "河湾村", head: "鲁达", persons: 3, grade: "B", method: "维修加固", area: null, ...ok, buildMode: "自建", subsidy: 0.9, bank: "是", expect: ["RN-GRADE"] },
  { village: "河湾村", head: "林冲", persons: 3, grade: null, method: "维修加固", area: null, ...ok, buildMode: "自建", subsidy: 0.9, bank: "是", expect: ["RN-REQUIRED"] },
  { village: "河湾村", head: "花荣", persons: 3, grade: "C", method: null, area: null, ...ok, buildMode: "自建", subsidy: 0.9, bank: "是", expect: ["RN-REQUIRED"] },
  { village: "河湾村", head: "李逵", persons: 3, grade: "C", method: "维修加固", area: null, ...ok, opinion: null, buildMode: "自建", subsidy: 0.9, bank: "是", expect: ["RN-SAFETY-OPINION"] },
  { village: "河湾村", head: "燕青", persons: 3, grade: "C", method: "维修加固", area: null, ...ok, acceptance: "否", buildMode: "自建", subsidy: 0.9, bank: "是", expect: ["RN-MOVED-IN"] },
  { village: "河湾村", head: "杨志", persons: 3, grade: "C", method: "维修加固", area: null, ...ok, movedIn: "未入住", buildMode: "自建", subsidy: 0.9, bank: "是", expect: ["RN-MOVED-IN"] },
  { village: "河湾村", head: "史进", persons: 3, grade: "C", method: "维修加固", area: null, ...ok, buildMode: "自建", subsidy: 0.9, bank: "否", expect: ["RN-FUND-EVIDENCE"] },
  { village: "河湾村", head: "张顺", persons: 3, grade: "C", method: "加固改造", area: null, ...ok, buildMode: "统建", subsidy: 0.9, expect: ["RN-FUND-EVIDENCE"] },
  { village: "河湾村", head: "阮小二", persons: 3, grade: "D", method: "拆除重建", area: 55, ...ok, buildMode: "自建", subsidy: 1.5, bank: "是", expect: ["RN-SUBSIDY-RATE"] },
];

function renovationSheet(): SampleSheet {
  const rows: SampleCell[][] = [];
  rows.push(["2019年度某县农村危房改造台账"]);
  rows.push(["填报单位（盖章）：某县石门镇人民政府", ...blank(9), "填报日期：2019年12月20日"]);
  rows.push(["基本信息", ...blank(6), "改造情况", ...blank(6), "资金兑付情况", null, null, null, "备注"]);
  rows.push([
    "序号",
    "县（区）",
    "乡镇",
    "村",
    "户主姓名",
    "身份证号码",
    "家庭人口（人）",
    "危房等级",
    "改造方式",
    "改造年度",
    "建房面积\n（平方米）",
    "安全性评定意见",
    "竣工验收",
    "入住情况",
    "建设方式",
    "补助金额（万元）",
    "一卡通及银行回单",
    "协议及支付凭证",
  ]);
  const merges = ["A1:S1", "A2:H2", "A3:G3", "H3:N3", "O3:R3", "S3:S4"];
  const expected: Array<[number, string]> = [];
  RENOVATEES.forEach((h, i) => {
    rows.push([
      i + 1,
      h.county ?? "某县",
      "石门镇",
      h.village,
      h.head,
      null,
      h.persons,
      h.grade,
      h.method,
      h.year ?? 2019,
      h.area,
      h.opinion,
      h.acceptance,
      h.movedIn,
      h.buildMode,
      h.subsidy,
      h.bank,
      h.agreement,
    ]);
    for (const id of h.expect ?? []) expected.push([rows.length, id]);
  });
  const last = rows.length;
  rows.push(["合计", null, null, null, `${RENOVATEES.length}户`]);
  for (const n of NOTES_RENOVATION) {
    rows.push([n]);
    merges.push(`A${rows.length}:S${rows.length}`);
  }
  return {
    name: "石门镇",
    rows,
    merges,
    table: { kind: "renovation", headerRows: [3, 4], firstDataRow: 5, lastDataRow: last },
    expected,
  };
}

/** 建设方式 统建 without a 协议及支付凭证 column: that column is missing (GEN-MISSING-COLUMN), once. */
function renovationNoAgreementSheet(): SampleSheet {
  return {
    name: "青石镇",
    rows: [
      ["青石镇危房改造户台账"],
      [
        "序号",
        "户主",
        "人口数",
        "危险等级",
        "改造类型",
        "改造面积(㎡)",
        "安全鉴定意见",
        "竣工验收",
        "入住情况",
        "建设方式",
        "补助资金(元)",
        "一卡通及银行回单",
      ],
      [1, "方腊", 2, "D", "拆除重建", 48, "鉴字2019-07号", "是", "已入住", "统建", 20000, null],
      [2, "王英", 4, "C", "维修加固", null, "安全", "是", "已入住", "自建", 9000, "是"],
    ],
    merges: ["A1:L1"],
    table: { kind: "renovation", headerRows: [2], firstDataRow: 3, lastDataRow: 4 },
    expected: [[2, "GEN-MISSING-COLUMN"]],
  };
}

const INFO_SHEET: SampleSheet = {
  name: "填表说明",
  rows: [
    ["填表说明"],
    ["1. 本台账按乡镇分表填写，金额单位见各表表头。"],
    ["2. 人均面积=安置房面积÷家庭人口。"],
  ],
  merges: [],
  expected: [[1, "GEN-UNKNOWN-SHEET"]],
};

export function relocationLedger(): SampleLedger {
  return {
    file: "ledger-relocation.xlsx",
    today: "2024-07-15",
    sheets: [relocationSheet(), relocationFlatSheet(), INFO_SHEET],
  };
}

export function renovationLedger(): SampleLedger {
  return {
    file: "ledger-renovation.xlsx",
    today: "2024-07-15",
    sheets: [renovationSheet(), renovationNoAgreementSheet()],
  };
}

/** Expected cross-table duplicate: 吴红梅 of 城关镇 is also on 红岩镇's sheet (a warning on 城关镇 too). */
function withCrossTable(ledger: SampleLedger): Array<[string, number, string]> {
  const out: Array<[string, number, string]> = [];
  for (const s of ledger.sheets) for (const [row, id] of s.expected) out.push([s.name, row, id]);
  const main = ledger.sheets.find((s) => s.name === "城关镇");
  const row = main ? main.rows.findIndex((r) => r[4] === "吴红梅") : -1;
  if (row >= 0) out.push(["城关镇", row + 1, "GEN-DUPLICATE"]);
  return out;
}

/** Every seeded finding of a ledger workbook: [sheet, row, rule ID]. */
export function expectedFindings(ledger: SampleLedger): Array<[string, number, string]> {
  return withCrossTable(ledger).sort(
    (a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[2].localeCompare(b[2]),
  );
}

// ---------------------------------------------------------------------------------------------------------------

function blank(n: number): null[] {
  return Array.from({ length: n }, () => null);
}

function toCellValue(v: SampleCell): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "object") {
    if ("date" in v) {
      const d = parseIsoDate(v.date);
      if (!d) throw new Error(`bad date ${v.date}`);
      return toSerial(d);
    }
    return { error: v.error };
  }
  return v;
}

function range(text: string): CellRange {
  const [a, b] = text.split(":");
  const p = parseA1(a ?? "");
  const q = parseA1(b ?? a ?? "");
  if (!p || !q) throw new Error(`bad range ${text}`);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** The sheet as the engine sees it after reading the xlsx (dates as serials, formula errors as values). */
export function toSheetData(s: SampleSheet): SheetData {
  return { name: s.name, rows: s.rows.map((r) => r.map(toCellValue)), merges: s.merges.map(range) };
}

export function toWorkbook(ledger: SampleLedger): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Anju sample";
  wb.created = new Date(Date.UTC(2024, 6, 1));
  wb.modified = wb.created;
  for (const s of ledger.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === undefined || v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v !== "object") cell.value = v;
        else if ("date" in v) {
          cell.value = new Date(`${v.date}T00:00:00Z`);
          cell.numFmt = "yyyy-mm-dd";
        } else
          cell.value = { formula: v.formula, result: { error: v.error as ExcelJS.CellErrorValue["error"] } };
      });
    });
    for (const m of s.merges) ws.mergeCells(m);
    ws.getColumn(5).width = 10;
    ws.getColumn(6).width = 20;
  }
  return wb;
}

/** Writes test/fixtures/ledger-relocation.xlsx and ledger-renovation.xlsx with `<name>.expected.json` beside them. */
export async function writeLedgerSamples(
  dir = join(__dirname, "..", "..", "test", "fixtures"),
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const ledger of [relocationLedger(), renovationLedger()]) {
    const path = join(dir, ledger.file);
    await toWorkbook(ledger).xlsx.writeFile(path);
    const expected = {
      today: ledger.today,
      tables: ledger.sheets.flatMap((s) => (s.table ? [{ sheet: s.name, ...s.table }] : [])),
      findings: expectedFindings(ledger).map(([sheet, row, ruleId]) => ({ sheet, row, ruleId })),
    };
    writeFileSync(path.replace(/\.xlsx$/, ".expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  void writeLedgerSamples().then((paths) => process.stdout.write(`${paths.join("\n")}\n`));
}
