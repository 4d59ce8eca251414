/** Shared pieces of the fuzz corpus (scripts/fuzz-corpus.ts): revisit-table builders and a seeded generator. */
import ExcelJS from "exceljs";
import { buildXlsx, cell, stableZip, type SheetSpec } from "./parts";
import { writeVillageSheet, type Household } from "../samples/revisit-sheet";

export type Entry = { name: string; bytes: Uint8Array; ext?: string; status?: number[]; reason?: RegExp };

export const HEADER = [
  "序号",
  "户主姓名",
  "联系方式",
  "房屋地址",
  "身份证号",
  "未改造",
  "维修加固年份",
  "重建安置年份",
  "回访时间",
  "房屋安全状况",
  "维修加固",
  "重建安置",
];
export const COLS = "ABCDEFGHIJKL";
export const UNREADABLE = [2];

/** A deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A revisit table (表A.1 header in row 1) as sheetData rows; each data row an array of cell values or markup. */
export function tableXml(
  rows: ReadonlyArray<ReadonlyArray<string | number | { xml: string } | null>>,
): string {
  const header = `<row r="1">${HEADER.map((h, c) => cell(`${COLS[c]}1`, h)).join("")}</row>`;
  return (
    header +
    rows
      .map(
        (row, i) =>
          `<row r="${i + 2}">${row
            .map((v, c) =>
              v === null
                ? ""
                : typeof v === "object"
                  ? v.xml.replace(/@/g, `${COLS[c]}${i + 2}`)
                  : cell(`${COLS[c]}${i + 2}`, v),
            )
            .join("")}</row>`,
      )
      .join("")
  );
}

export const household = (i: number): Array<string | number> => [
  i,
  `户主${i}`,
  "13812345678",
  `兴化市戴窑镇张庄村${i}号`,
  "321281196503120015",
  "√",
  "",
  "",
  "2024-05-10",
  "D",
  "",
  "",
];

export const table = (
  rows: ReadonlyArray<ReadonlyArray<string | number | { xml: string } | null>>,
  after = "",
  extra: Partial<SheetSpec> = {},
) => buildXlsx({ sheets: [{ name: "张庄村", data: tableXml(rows), after, ...extra }] });

export async function exceljs(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return stableBuffer(wb);
}

/** An ExcelJS workbook's bytes, the same on every run (fixed document and entry dates). */
export async function stableBuffer(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  wb.created = wb.modified = new Date(Date.UTC(2024, 5, 30));
  return stableZip(new Uint8Array(await wb.xlsx.writeBuffer()));
}

export function villageWith(hs: Household[]): (wb: ExcelJS.Workbook) => void {
  return (wb) => {
    writeVillageSheet(wb, {
      name: "张庄村",
      layout: "standard",
      township: "戴窑镇",
      village: "张庄村",
      fillDate: "2024-06-30",
      households: hs,
    });
  };
}

export const baseHouseholds = (n: number): Household[] =>
  Array.from({ length: n }, (_, i) => ({
    seq: i + 1,
    head: `户主${i + 1}`,
    phone: "13812345678",
    address: `兴化市戴窑镇张庄村${i + 1}号`,
    id: "321281196503120015",
    notRenovated: "√",
    revisitDate: "2024-05-10",
    grade: ["A", "B", "C", "D"][i % 4] ?? "A",
    ...(i % 4 === 3 ? { actRebuild: "√" } : {}),
  }));
