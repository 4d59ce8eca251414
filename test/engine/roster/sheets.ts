import type { CellValue, SheetData } from "../../../src/engine/model/types";
import { validId } from "../rules/harness";
import { sheet } from "../ledgers/sheet";

/** A 民政 roster row: one household (or, with `relation`, one person). */
export interface RosterPerson {
  readonly seq?: CellValue;
  readonly head?: CellValue;
  readonly id?: CellValue;
  readonly township?: CellValue;
  readonly village?: CellValue;
  readonly category?: CellValue;
  readonly relation?: CellValue;
}

/** A valid ID numbered `n` (distinct per n). */
export function idOf(n: number): string {
  return validId(
    `3212811960${String(1 + (n % 12)).padStart(2, "0")}${String(10 + (n % 18)).padStart(2, "0")}${String(n % 1000).padStart(3, "0")}`,
  );
}

const HEADER = ["序号", "乡镇（街道）", "村（社区）", "户主姓名", "身份证号", "保障类别"];

/**
 * 低收入人口名单 as a county's 民政 office exports it: title, 填报单位, one header row (row 3), households from
 * row 4: A 序号 · B 乡镇（街道） · C 村（社区） · D 户主姓名 · E 身份证号 · F 保障类别.
 */
export function rosterSheet(rows: readonly RosterPerson[], name = "低收入人口名单"): SheetData {
  const data = rows.map((p, i) => [
    p.seq !== undefined ? p.seq : i + 1,
    p.township !== undefined ? p.township : "戴窑镇",
    p.village !== undefined ? p.village : "张庄村",
    p.head !== undefined ? p.head : `户主${i + 1}`,
    p.id !== undefined ? p.id : idOf(i + 1),
    p.category !== undefined ? p.category : "低保",
  ]);
  return sheet(name, [["戴窑镇低收入人口名单"], ["填报单位：戴窑镇民政办"], HEADER, ...data], ["A1:F1"]);
}

/**
 * A roster one row per person: A 序号 (households only) · B 村（社区） · C 姓名 · D 与户主关系 · E 身份证号 ·
 * F 类别, header in row 1.
 */
export function personRosterSheet(rows: readonly RosterPerson[], name = "名单"): SheetData {
  const data = rows.map((p) => [
    p.seq ?? null,
    p.village !== undefined ? p.village : "张庄村",
    p.head ?? null,
    p.relation ?? null,
    p.id ?? null,
    p.category ?? null,
  ]);
  return sheet(name, [["序号", "村（社区）", "姓名", "与户主关系", "身份证号", "类别"], ...data]);
}
