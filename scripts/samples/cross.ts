import ExcelJS from "exceljs";
import type { CellValue } from "../../src/engine/model/types";
import {
  relocationRow,
  RELOCATION_HEADER,
  renovationRow,
  RENOVATION_HEADER,
  rosterRow,
  ROSTER_HEADER,
} from "./cross-tables";
import { makeId } from "./township";
import { writeVillageSheet, type Household } from "./revisit-sheet";

/**
 * A township's files for the cross-table rules (SPEC §11): two villages' revisit workbooks, a renovation ledger, a
 * relocation ledger and the 民政 roster, with XT cases seeded at known rows and clean look-alikes beside them
 * (households that match only by 户主姓名 + 村, a namesake in another village, roster households of a village with
 * no revisit table here). Each seeded case is listed with its file, sheet, row, cells and related places.
 */
export const CROSS_TODAY = "2024-07-15";
const FILL = "2024-06-30";

export const FILES = {
  zhang: "戴窑镇-张庄村.xlsx",
  li: "戴窑镇-李家村.xlsx",
  renovation: "危房改造台账.xlsx",
  relocation: "易地扶贫搬迁台账.xlsx",
  roster: "低收入人口名单.xlsx",
} as const;

export interface ExpectedPlace {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly cells: readonly string[];
}
export interface ExpectedFinding extends ExpectedPlace {
  readonly ruleId: string;
  readonly severity: "error" | "warning";
  readonly related: readonly ExpectedPlace[];
}

const id = (n: number) =>
  makeId(`32128119${String(60 + (n % 30))}0${1 + (n % 9)}1${n % 10}${String(300 + n)}`);
const clean = (h: Household): Household => ({
  phone: "13812345678",
  revisitDate: "2024-05-20",
  notRenovated: "√",
  grade: "A",
  ...h,
});
const C = { grade: "C", actReinforce: "√" };
const D = { grade: "D", actRebuild: "√" };
const done2023 = { notRenovated: "", reinforcedYear: 2023 };

/** 张庄村: households in order from row 5 (the standard layout: B 户主姓名, F–H history, J grade, K/L 处理意见). */
const ZHANG: Household[] = [
  clean({ head: "张卫东", id: id(1), ...C }), // in the ledger, not completed, same grade and method: clean
  clean({ head: "李春花", id: id(2), grade: "B" }), // XT-HISTORY-MISSING: ledger 2023 维修加固 completed
  clean({ head: "王秀英", id: id(3), ...D }), // XT-NOT-IN-PLAN
  clean({ head: "赵建国", id: id(4), ...D }), // XT-GRADE-MISMATCH: ledger C, 拆除重建, not completed
  clean({ head: "孙丽", id: id(5), ...C }), // XT-METHOD-MISMATCH: ledger 拆除重建, revisit 维修加固
  clean({ head: "周强", id: id(6), ...C, ...done2023 }), // XT-STILL-DANGEROUS: completed 2023, still C
  clean({ head: "陈明", id: "", ...C }), // look-alike matched by 户主姓名 + 村 only: in the ledger, clean
  clean({ head: "刘芳", id: id(8) }), // XT-DUPLICATE: also in 李家村's file
  clean({ head: "黄海", id: id(9) }), // XT-NOT-ON-ROSTER
  clean({ head: "吴刚", id: id(10), ...D }), // in the relocation ledger: clean
  clean({ head: "郑华", id: id(11) }), // a namesake of 李家村's 郑华, whose renovation is completed: clean
];
const LI: Household[] = [
  clean({ head: "刘芳", id: id(8) }), // XT-DUPLICATE
  clean({ head: "马云", id: id(21), ...C }),
  clean({ head: "郑华", id: "", ...done2023, reinforcedYear: 2022 }), // the ledger's 郑华 of 李家村, no ID: clean
  clean({ head: "杨柳", id: id(23) }),
];

interface LedgerRow {
  head: string;
  id: string;
  village: string;
  grade: string;
  method: string;
  year: number;
  done: boolean;
}
const RENOVATION: LedgerRow[] = [
  { head: "张卫东", id: id(1), village: "张庄村", grade: "C", method: "维修加固", year: 2024, done: false },
  { head: "李春花", id: id(2), village: "张庄村", grade: "C", method: "维修加固", year: 2023, done: true },
  { head: "赵建国", id: id(4), village: "张庄村", grade: "C", method: "拆除重建", year: 2024, done: false },
  { head: "孙丽", id: id(5), village: "张庄村", grade: "C", method: "拆除重建", year: 2024, done: false },
  { head: "周强", id: id(6), village: "张庄村", grade: "C", method: "维修加固", year: 2023, done: true },
  { head: "陈明", id: "", village: "张庄村", grade: "C", method: "维修加固", year: 2024, done: false },
  { head: "马云", id: id(21), village: "李家村", grade: "C", method: "维修加固", year: 2024, done: false },
  { head: "郑华", id: "", village: "李家村", grade: "C", method: "维修加固", year: 2022, done: true },
];
const ROSTER: Array<{ head: string; id: string; village: string; township?: string; category: string }> = [
  ...[...ZHANG, ...LI]
    .filter((h) => h.head !== "黄海")
    .filter((h, i, all) => all.findIndex((o) => o.head === h.head && o.id === h.id) === i)
    .map((h) => ({
      head: h.head ?? "",
      id: h.id ?? "",
      village: LI.includes(h) ? "李家村" : "张庄村",
      category: "低保",
    })),
  { head: "冯军", id: id(31), village: "张庄村", category: "特困" }, // XT-ROSTER-MISSING
  { head: "韩梅", id: id(32), village: "李家村 ", category: "低保边缘" }, // XT-ROSTER-MISSING (a stray space)
  { head: "蒋丽", id: id(33), village: "王庄村", category: "低保" }, // no revisit table for 王庄村 here: clean
  { head: "何平", id: id(34), village: "", township: "新街镇", category: "支出型困难" }, // no 村, another township
];

export interface CrossSample {
  readonly workbooks: Record<keyof typeof FILES, ExcelJS.Workbook>;
  readonly expected: ExpectedFinding[];
}

export function buildCrossSample(): CrossSample {
  const zhang = new ExcelJS.Workbook();
  const zRows = writeVillageSheet(zhang, village("张庄村", ZHANG));
  const li = new ExcelJS.Workbook();
  const lRows = writeVillageSheet(li, village("李家村", LI));
  const renovation = ledgerBook(
    "危房改造台账",
    RENOVATION_HEADER,
    RENOVATION.map((r, i) =>
      renovationRow(i + 1, {
        ...r,
        acceptance: r.done ? "是" : "否",
        movedIn: r.done ? "已入住" : "未入住",
      }),
    ),
  );
  const relocation = ledgerBook("易地扶贫搬迁台账", RELOCATION_HEADER, [
    relocationRow(1, { head: "吴刚", id: id(10) }),
  ]);
  const roster = ledgerBook(
    "低收入人口名单",
    ROSTER_HEADER,
    ROSTER.map((p, i) => rosterRow(i + 1, p)),
  );

  const z = (i: number) => zRows[i] ?? 0;
  const l = (i: number) => lRows[i] ?? 0;
  const rn = (head: string, village = "张庄村") =>
    3 + RENOVATION.findIndex((r) => r.head === head && r.village === village);
  const rs = (head: string) => 3 + ROSTER.findIndex((p) => p.head === head);
  const Z = { file: FILES.zhang, sheet: "张庄村" };
  const L = { file: FILES.li, sheet: "李家村" };
  const RN = { file: FILES.renovation, sheet: "危房改造台账" };
  const RS = { file: FILES.roster, sheet: "低收入人口名单" };
  const expected: ExpectedFinding[] = [
    {
      ...Z,
      row: z(1),
      ruleId: "XT-HISTORY-MISSING",
      severity: "error",
      cells: [`F${z(1)}`, `G${z(1)}`],
      related: [{ ...RN, row: rn("李春花"), cells: [`I${rn("李春花")}`] }],
    },
    { ...Z, row: z(2), ruleId: "XT-NOT-IN-PLAN", severity: "error", cells: [`J${z(2)}`], related: [] },
    {
      ...Z,
      row: z(3),
      ruleId: "XT-GRADE-MISMATCH",
      severity: "warning",
      cells: [`J${z(3)}`],
      related: [{ ...RN, row: rn("赵建国"), cells: [`G${rn("赵建国")}`] }],
    },
    {
      ...Z,
      row: z(4),
      ruleId: "XT-METHOD-MISMATCH",
      severity: "warning",
      cells: [`K${z(4)}`, `L${z(4)}`],
      related: [{ ...RN, row: rn("孙丽"), cells: [`H${rn("孙丽")}`] }],
    },
    {
      ...Z,
      row: z(5),
      ruleId: "XT-STILL-DANGEROUS",
      severity: "warning",
      cells: [`J${z(5)}`],
      related: [{ ...RN, row: rn("周强"), cells: [`L${rn("周强")}`] }],
    },
    {
      ...Z,
      row: z(7),
      ruleId: "XT-DUPLICATE",
      severity: "warning",
      cells: [`B${z(7)}`],
      related: [{ ...L, row: l(0), cells: [`B${l(0)}`] }],
    },
    { ...Z, row: z(8), ruleId: "XT-NOT-ON-ROSTER", severity: "warning", cells: [`B${z(8)}`], related: [] },
    {
      ...L,
      row: l(0),
      ruleId: "XT-DUPLICATE",
      severity: "warning",
      cells: [`B${l(0)}`],
      related: [{ ...Z, row: z(7), cells: [`B${z(7)}`] }],
    },
    {
      ...RS,
      row: rs("冯军"),
      ruleId: "XT-ROSTER-MISSING",
      severity: "error",
      cells: [`D${rs("冯军")}`],
      related: [{ ...Z, row: z(0), cells: [] }],
    },
    {
      ...RS,
      row: rs("韩梅"),
      ruleId: "XT-ROSTER-MISSING",
      severity: "error",
      cells: [`D${rs("韩梅")}`],
      related: [{ ...L, row: l(0), cells: [] }],
    },
  ];
  return { workbooks: { zhang, li, renovation, relocation, roster }, expected };
}

function village(name: string, households: Household[]) {
  return {
    name,
    layout: "standard" as const,
    township: "戴窑镇",
    village: name,
    fillDate: FILL,
    households: households.map((h, i) => ({ address: `兴化市戴窑镇${name}${i + 1}号`, ...h })),
  };
}

/** A ledger or roster: a title row, the header in row 2, one row per household from row 3. */
function ledgerBook(
  title: string,
  header: readonly string[],
  rows: readonly CellValue[][],
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(title);
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, header.length);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  // IDs as text, as clerks keep them (a number would lose its last digits).
  ws.getColumn(header.indexOf("身份证号") + 1).numFmt = "@";
  return wb;
}
