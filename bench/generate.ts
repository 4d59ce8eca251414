import ExcelJS from "exceljs";
import type { CellValue, WorkbookData } from "../src/engine/model/types";
import { toSerial } from "../src/engine/parse/date";

/**
 * Synthetic 表A.1 township tables for the benchmark: one sheet in the standard layout (title, meta row, group row,
 * header row), realistic values (Chinese names and addresses, valid 18-digit IDs, mobiles and landlines, dates
 * mostly as Excel serials and some as text), and about 2 % of rows seeded with one violation each.
 * Deterministic: the same `n` always gives the same rows.
 */

export const SHEET = "戴窑镇";
export const FILL_DATE = "2024年6月30日";
export const TODAY = { y: 2024, m: 7, d: 15 } as const;
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
export const COLS = HEADER.length;
/** 0-based column of each field, for the benchmark's other validators. */
export const COL = {
  seq: 0,
  head: 1,
  phone: 2,
  address: 3,
  id: 4,
  notRenovated: 5,
  reinforcedYear: 6,
  rebuiltYear: 7,
  revisitDate: 8,
  grade: 9,
  actReinforce: 10,
  actRebuild: 11,
} as const;
/** Rows above the data: title, meta, group, header. */
export const TOP_ROWS = 4;
export const VIOLATION_RATE = 0.02;

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN =
  "秀英桂兰建国卫东明华小红志强玉梅海军春花德胜国庆红梅文斌永生金凤宝山丽娟长林凤英家富淑珍振华美玲学军翠兰";
const VILLAGES = [
  "张庄村",
  "李家村",
  "王庄社区",
  "东升村",
  "西湖村",
  "南园村",
  "北舍村",
  "新建村",
  "红星村",
  "团结村",
];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const TICK = "√";

/** mulberry32: a small seeded PRNG, so that every run benchmarks the same rows. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function idNumber(i: number, birth: { y: number; m: number; d: number }, bad: boolean): string {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  const base = `321281${birth.y}${pad(birth.m, 2)}${pad(birth.d, 2)}${pad(i % 1000, 3)}`;
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += Number(base[k]) * (ID_WEIGHTS[k] ?? 0);
  const check = "10X98765432"[sum % 11] ?? "0";
  return base + (bad ? (check === "1" ? "2" : "1") : check);
}

const VIOLATIONS = [
  "phone",
  "dNotRebuild",
  "cNoAction",
  "historyConflict",
  "historyNone",
  "gradeMissing",
  "gradeInvalid",
  "revisitUnreadable",
  "overdue",
  "idInvalid",
  "duplicate",
  "actionBoth",
] as const;

/** Data rows only (12 cells each), row i being household i. */
export function* householdRows(n: number): Generator<CellValue[]> {
  const rnd = prng(20240630);
  let previousId = "";
  for (let i = 0; i < n; i++) {
    const pick = <T>(list: ArrayLike<T>): T => list[Math.floor(rnd() * list.length)] as T;
    const village = VILLAGES[i % VILLAGES.length] ?? "";
    const head = pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : "");
    const phone =
      rnd() < 0.85
        ? `1${pick("3578")}${String(Math.floor(rnd() * 1e9)).padStart(9, "0")}`
        : `0523-8${String(Math.floor(rnd() * 1e6)).padStart(6, "0")}1`;
    // Unique per household, so that only seeded rows are duplicates.
    const address = `兴化市戴窑镇${village}${(Math.floor(i / 10) % 12) + 1}组${Math.floor(i / 120) + 1}号`;
    // (birth date, 3-digit sequence) unique per household up to 16.8M rows.
    const k = Math.floor(i / 1000);
    const birth = { y: 1940 + (k % 50), m: 1 + (Math.floor(k / 50) % 12), d: 1 + (Math.floor(k / 600) % 28) };
    const h = rnd();
    const history: CellValue[] =
      h < 0.6
        ? [TICK, null, null]
        : h < 0.85
          ? [null, 2010 + Math.floor(rnd() * 13), null]
          : [null, null, 2008 + Math.floor(rnd() * 11)];
    const g = rnd();
    const grade = g < 0.5 ? "A" : g < 0.8 ? "B" : g < 0.95 ? "C" : "D";
    const revisit = { y: 2024, m: 1 + Math.floor(rnd() * 6), d: 1 + Math.floor(rnd() * 28) };
    const style = rnd();
    const revisitDate: CellValue =
      style < 0.7
        ? toSerial(revisit)
        : style < 0.85
          ? `${revisit.y}-${String(revisit.m).padStart(2, "0")}-${String(revisit.d).padStart(2, "0")}`
          : `${revisit.y}年${revisit.m}月${revisit.d}日`;
    const row: CellValue[] = [
      i + 1,
      head,
      phone,
      address,
      idNumber(i, birth, false),
      ...history,
      revisitDate,
      grade,
      grade === "C" ? TICK : null,
      grade === "D" ? TICK : null,
    ];
    if (rnd() < VIOLATION_RATE) seed(row, pick(VIOLATIONS), previousId);
    previousId = String(row[COL.id]);
    yield row;
  }
}

function seed(row: CellValue[], kind: (typeof VIOLATIONS)[number], previousId: string): void {
  switch (kind) {
    case "phone":
      row[COL.phone] = "1381234";
      break;
    case "dNotRebuild":
      row[COL.grade] = "D";
      row[COL.actReinforce] = null;
      row[COL.actRebuild] = null;
      break;
    case "cNoAction":
      row[COL.grade] = "C";
      row[COL.actReinforce] = null;
      row[COL.actRebuild] = null;
      break;
    case "historyConflict":
      row[COL.notRenovated] = TICK;
      row[COL.reinforcedYear] = 2018;
      break;
    case "historyNone":
      row[COL.notRenovated] = null;
      row[COL.reinforcedYear] = null;
      row[COL.rebuiltYear] = null;
      break;
    case "gradeMissing":
      row[COL.grade] = null;
      row[COL.actReinforce] = null;
      row[COL.actRebuild] = null;
      break;
    case "gradeInvalid":
      row[COL.grade] = "E";
      row[COL.actReinforce] = null;
      row[COL.actRebuild] = null;
      break;
    case "revisitUnreadable":
      row[COL.revisitDate] = "2024-13-45";
      break;
    case "overdue":
      row[COL.grade] = "A";
      row[COL.actReinforce] = null;
      row[COL.actRebuild] = null;
      row[COL.revisitDate] = toSerial({ y: 2023, m: 10, d: 8 });
      break;
    case "idInvalid": {
      const id = String(row[COL.id]);
      row[COL.id] = id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
      break;
    }
    case "duplicate":
      if (previousId !== "") row[COL.id] = previousId;
      break;
    case "actionBoth":
      row[COL.actReinforce] = TICK;
      row[COL.actRebuild] = TICK;
      break;
  }
}

/** The rows above the data, as a sheet has them (merged title and meta); `village` in the meta row. */
export function topRows(village = "各村"): CellValue[][] {
  const pad = (first: string) => [first, ...Array<CellValue>(COLS - 1).fill(null)];
  const group: CellValue[] = Array<CellValue>(COLS).fill(null);
  group[0] = "基本资料";
  group[5] = "以往危房改造情况";
  group[8] = "回访情况";
  group[10] = "处理意见";
  return [
    pad("泰州市农村低收入群体等住房安全保障重点对象住房安全状况评估汇总表"),
    pad(`乡镇（街道）：戴窑镇    村（社区）：${village}    填报日期：${FILL_DATE}`),
    group,
    [...HEADER],
  ];
}

const MERGES = ["A1:L1", "A2:L2", "A3:E3", "F3:H3", "I3:J3", "K3:L3"];

/** The workbook as the engine would get it from the reader, built in memory (no file). */
export function workbookInMemory(n: number): WorkbookData {
  const rows: CellValue[][] = topRows();
  for (const row of householdRows(n)) rows.push(row);
  const merges = MERGES.map((ref) => {
    const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(ref);
    const col = (s: string | undefined) => (s ?? "A").charCodeAt(0) - 65;
    return { top: Number(m?.[2]) - 1, left: col(m?.[1]), bottom: Number(m?.[4]) - 1, right: col(m?.[3]) };
  });
  return { sheets: [{ name: SHEET, rows, merges }], date1904: false };
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const BODY: Partial<ExcelJS.Style> = { font: { name: "宋体", size: 11 }, border: THIN };
const DATE: Partial<ExcelJS.Style> = { ...BODY, numFmt: "yyyy-mm-dd" };
const HEAD: Partial<ExcelJS.Style> = {
  font: { name: "黑体", size: 11, bold: true },
  border: THIN,
  alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } },
};

/**
 * Writes the table as an .xlsx with ExcelJS's streaming writer: shared strings, a style per cell kind (borders,
 * fonts, a date format on serial dates, a filled header), merged title rows, column widths.
 */
export async function writeWorkbook(n: number, filename: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(SHEET);
  ws.columns = [6, 10, 14, 30, 20, 6, 8, 8, 12, 8, 8, 8].map((width) => ({ width }));
  const top = topRows().map((values, i) => {
    const row = ws.addRow(values);
    if (i >= 2) for (let c = 1; c <= COLS; c++) row.getCell(c).style = HEAD;
    else row.getCell(1).font = { name: "黑体", size: i === 0 ? 16 : 11, bold: i === 0 };
    return row;
  });
  // The streaming writer merges only rows not yet committed.
  for (const ref of MERGES) ws.mergeCells(ref);
  for (const row of top) row.commit();
  for (const values of householdRows(n)) {
    const row = ws.addRow(values);
    for (let c = 1; c <= COLS; c++) {
      const cell = row.getCell(c);
      cell.style = c === COL.revisitDate + 1 && typeof values[COL.revisitDate] === "number" ? DATE : BODY;
    }
    row.commit();
  }
  ws.commit();
  await wb.commit();
}
