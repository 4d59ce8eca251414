import type { CellValue } from "../../src/engine/model/types";

/**
 * The tables the cross-table rules (SPEC §11) read beside the revisit sheets, one row per household: the
 * renovation ledger, the relocation ledger and the 民政 roster, with their headers. One builder for the cross
 * sample (scripts/samples/cross.ts), the rule tests (test/engine/cross/harness.ts) and the bench (bench/cross.ts).
 *
 * - renovation: A 序号 · B 乡镇 · C 村 · D 户主姓名 · E 身份证号 · F 家庭人口 · G 危房等级 · H 改造方式 · I 改造年度 ·
 *   J 建房面积 · K 安全性评定意见 · L 竣工验收 · M 入住情况;
 * - relocation: A 序号 · B 乡镇 · C 村 · D 户主姓名 · E 身份证号 · F 家庭人口 · G 安置方式 · H 搬迁年度 · I 安置房面积 ·
 *   J 补助资金 · K 自筹资金 · L 竣工验收 · M 交付钥匙 · N 入住情况;
 * - roster: A 序号 · B 乡镇（街道） · C 村（社区） · D 户主姓名 · E 身份证号 · F 保障类别.
 */
export const RENOVATION_HEADER: readonly string[] = [
  "序号",
  "乡镇",
  "村",
  "户主姓名",
  "身份证号",
  "家庭人口",
  "危房等级",
  "改造方式",
  "改造年度",
  "建房面积（㎡）",
  "安全性评定意见",
  "竣工验收",
  "入住情况",
];

export const RELOCATION_HEADER: readonly string[] = [
  "序号",
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
];

export const ROSTER_HEADER: readonly string[] = [
  "序号",
  "乡镇（街道）",
  "村（社区）",
  "户主姓名",
  "身份证号",
  "保障类别",
];

/**
 * A household in a ledger. A field left out takes the default (戴窑镇, 张庄村; renovation: C, 维修加固, 2023, not
 * accepted, 未入住; relocation: 2019, accepted, keys handed over, 已入住); `null` leaves the cell empty.
 */
export interface LedgerRow {
  head: CellValue;
  id?: CellValue;
  township?: CellValue;
  village?: CellValue;
  grade?: CellValue;
  method?: CellValue;
  year?: CellValue;
  acceptance?: CellValue;
  movedIn?: CellValue;
}

const or = (v: CellValue | undefined, fallback: CellValue): CellValue => (v !== undefined ? v : fallback);

/** Row `seq` (序号) of the renovation ledger. */
export function renovationRow(seq: number, h: LedgerRow): CellValue[] {
  return [
    seq,
    or(h.township, "戴窑镇"),
    or(h.village, "张庄村"),
    h.head,
    h.id ?? null,
    3,
    or(h.grade, "C"),
    or(h.method, "维修加固"),
    or(h.year, 2023),
    60,
    "是",
    or(h.acceptance, "否"),
    or(h.movedIn, "未入住"),
  ];
}

/** Row `seq` (序号) of the relocation ledger (集中安置, 75 ㎡, 75,000 + 5,000 元). */
export function relocationRow(seq: number, h: LedgerRow): CellValue[] {
  return [
    seq,
    or(h.township, "戴窑镇"),
    or(h.village, "张庄村"),
    h.head,
    h.id ?? null,
    3,
    "集中安置",
    or(h.year, 2019),
    75,
    75000,
    5000,
    or(h.acceptance, "是"),
    "是",
    or(h.movedIn, "已入住"),
  ];
}

/** A household on the roster; township 戴窑镇 and category 低保 unless given. */
export interface RosterRow {
  head: CellValue;
  id: CellValue;
  village: CellValue;
  township?: CellValue;
  category?: CellValue;
}

/** Row `seq` (序号) of the roster. */
export function rosterRow(seq: number, p: RosterRow): CellValue[] {
  return [seq, or(p.township, "戴窑镇"), p.village, p.head, p.id, or(p.category, "低保")];
}
