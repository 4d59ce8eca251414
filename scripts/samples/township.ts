import ExcelJS from "exceljs";
import { writeVillageSheet, type VillageSheet } from "./revisit-sheet";

/** A valid GB 11643 ID from 17 digits (the check digit computed), or a wrong one when `bad`. */
export function makeId(base17: string, bad = false): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(base17[i]) * (w[i] ?? 0);
  const check = "10X98765432"[sum % 11] ?? "0";
  const wrong = check === "1" ? "2" : "1";
  return base17 + (bad ? wrong : check);
}

const T = "戴窑镇";
const addr = (village: string, n: string) => `兴化市${T}${village}${n}`;
const tick = "√";

/** 戴窑镇 (兴化市): three village sheets in three layouts, a 填表说明 sheet, and a handful of seeded violations. */
export const DAIYAO: VillageSheet[] = [
  {
    name: "张庄村",
    layout: "standard",
    township: T,
    village: "张庄村",
    fillDate: "2024年6月30日",
    notes: true,
    households: [
      {
        head: "张卫东",
        phone: "13812345678",
        address: addr("张庄村", "1组12号"),
        id: makeId("32128119650312001"),
        notRenovated: tick,
        revisitDate: "2024-05-10",
        grade: "D",
        expect: ["RV-D-NOT-REBUILD"],
      },
      {
        head: "李秀英",
        phone: "13912345678",
        address: addr("张庄村", "2组3号"),
        id: makeId("32128119580101002"),
        notRenovated: tick,
        revisitDate: "2024/6/1",
        grade: "A",
        expect: ["GEN-DUPLICATE"],
      },
      {
        head: "王建国",
        phone: "0523-83412345",
        address: addr("张庄村", "2组8号"),
        id: makeId("32128119700518003", true),
        reinforcedYear: 2019,
        revisitDate: "2024.6.12",
        grade: "B",
        expect: ["GEN-ID-INVALID"],
      },
      {
        head: "赵桂兰",
        phone: "1381234",
        address: addr("张庄村", "3组1号"),
        notRenovated: tick,
        revisitDate: "2023-12-29",
        grade: "B",
        expect: ["RV-PHONE", "RV-REVISIT-OVERDUE"],
      },
      {
        head: "陈明",
        phone: "13612345678",
        address: addr("张庄村", "3组5号"),
        notRenovated: tick,
        reinforcedYear: "2018",
        revisitDate: "2023-12-30",
        grade: "A",
        expect: ["RV-HISTORY-CONFLICT"],
      },
      {
        head: "周小红",
        phone: "15012345678",
        address: addr("张庄村", "4组2号"),
        notRenovated: tick,
        revisitDate: "2024-06-20",
        grade: "C",
        expect: ["RV-C-NO-ACTION"],
      },
      {
        head: "吴大海",
        phone: "15112345678",
        address: addr("张庄村", "4组9号"),
        notRenovated: tick,
        revisitDate: "2024-06-20",
        grade: "C级",
        actRebuild: tick,
        expect: ["RV-C-REBUILD"],
      },
      {
        head: "郑国庆",
        phone: "15212345678",
        address: addr("张庄村", "5组4号"),
        notRenovated: tick,
        revisitDate: "2024-06-21",
        grade: "Ｂ级",
        actReinforce: tick,
        expect: ["RV-AB-ACTION"],
      },
      {
        head: "孙丽",
        phone: "15312345678",
        address: addr("张庄村", "5组7号"),
        notRenovated: tick,
        revisitDate: "2024-06-21",
        grade: "D",
        actReinforce: tick,
        actRebuild: tick,
        expect: ["RV-ACTION-BOTH"],
      },
      {
        head: "冯强",
        phone: "15512345678",
        address: addr("张庄村", "6组1号"),
        notRenovated: tick,
        revisitDate: "2024-07-05",
        grade: "A",
        expect: ["RV-REVISIT-DATE"],
      },
      {
        head: "褚伟",
        phone: "15612345678",
        address: addr("张庄村", "6组6号"),
        rebuiltYear: 2021,
        revisitDate: "2024-06-22",
        grade: "C",
        actReinforce: tick,
        expect: ["RV-REBUILT-DANGEROUS"],
      },
      {
        head: "卫东海",
        phone: "15712345678",
        address: addr("张庄村", "7组2号"),
        rebuiltYear: "2022年",
        revisitDate: "2021-11-03",
        grade: "A",
        expect: ["RV-REVISIT-BEFORE-WORK", "RV-REVISIT-OVERDUE"],
      },
      {
        head: "蒋芳",
        phone: "15812345678",
        address: addr("张庄村", "7组8号"),
        notRenovated: tick,
        revisitDate: "2024-06-23",
        grade: "E",
        expect: ["RV-GRADE"],
      },
      {
        head: "沈阳",
        phone: "15912345678",
        address: addr("张庄村", "8组3号"),
        revisitDate: "2024-06-23",
        grade: "A",
        expect: ["RV-HISTORY-NONE"],
      },
      {
        head: "韩梅",
        phone: "18812345678",
        address: addr("张庄村", "8组5号"),
        id: makeId("32128119580101002"),
        notRenovated: tick,
        revisitDate: "2024-06-24",
        grade: "B",
        expect: ["GEN-DUPLICATE"],
      },
      {
        head: "杨柳",
        phone: "18912345678",
        address: addr("张庄村", "9组1号"),
        reinforcedYear: "1975",
        revisitDate: "2024-06-24",
        grade: "A",
        expect: ["RV-HISTORY-YEAR"],
      },
      {
        seq: 18,
        head: "朱红",
        phone: "17712345678",
        address: addr("张庄村", "9组6号"),
        notRenovated: tick,
        revisitDate: "2024-06-25",
        grade: "A",
        expect: ["GEN-SEQ"],
      },
      {
        seq: 18,
        head: "秦汉",
        phone: "13012345678",
        address: addr("张庄村", "10组2号"),
        notRenovated: tick,
        revisitDate: "2024-06-25",
        grade: "B",
        expect: ["GEN-DUPLICATE"],
      },
      {
        head: "尤勇",
        phone: "13112345678",
        address: "（公式）",
        notRenovated: tick,
        revisitDate: "2024-06-26",
        grade: "A",
      },
    ],
  },
  {
    name: "李家村",
    layout: "three-row",
    township: T,
    village: "李家村",
    fillDate: "2024/6/30",
    total: true,
    notes: true,
    blankBefore: [4],
    households: [
      {
        head: "钱进",
        phone: "13800001111",
        address: addr("李家村", "1组1号"),
        notRenovated: "是",
        revisitDate: 45450,
        grade: "A级",
      },
      {
        head: "刘洋",
        phone: "13800002222",
        address: addr("李家村", "1组4号"),
        notRenovated: "√",
        revisitDate: "2024-06-18",
        grade: "严重",
        actRebuild: "√",
      },
      {
        head: "何静",
        phone: "13800003333",
        notRenovated: "√",
        revisitDate: "2024-06-18",
        grade: "B",
        expect: ["RV-REQUIRED"],
      },
      {
        head: "吕勇",
        phone: "13800004444",
        address: addr("李家村", "2组2号"),
        reinforcedYear: "2016年",
        revisitDate: "2024-06-19",
        grade: "c",
        actReinforce: "✔",
      },
      {
        head: "施敏",
        phone: "13800005555",
        address: addr("李家村", "2组7号"),
        reinforcedYear: "2020年",
        revisitDate: "2024年3月5日",
        grade: "B",
      },
      {
        head: "张三",
        phone: "13800006666",
        address: addr("李家村", "3组3号"),
        notRenovated: "√",
        revisitDate: "20240610",
        grade: "A（完好）",
      },
      {
        head: "孔亮",
        phone: "13800007777",
        address: addr("李家村", "3组8号"),
        notRenovated: "√",
        revisitDate: "去年",
        grade: "A",
        expect: ["RV-REVISIT-DATE"],
      },
      {
        head: "曹操",
        phone: "13800008888、0523-8341234",
        address: addr("李家村", "4组1号"),
        notRenovated: "√",
        revisitDate: "2024-06-20",
        grade: "轻微",
      },
    ],
  },
  {
    name: "王庄社区",
    layout: "flat",
    township: T,
    village: "",
    fillDate: "2024.6.30",
    households: [
      {
        head: "马超",
        phone: "13900001111",
        address: addr("王庄社区", "1号楼"),
        notRenovated: "√",
        revisitDate: "2024-06-11",
        grade: "A",
      },
      {
        head: "黄忠",
        phone: "13900002222",
        address: addr("王庄社区", "2号楼"),
        rebuiltYear: 2012,
        revisitDate: "2024-06-11",
        grade: "D",
        actRebuild: "有",
      },
      {
        head: "秦汉",
        phone: "13012345678",
        address: addr("张庄村", "10组2号"),
        notRenovated: "√",
        revisitDate: "2024-06-12",
        grade: "B",
        expect: ["GEN-DUPLICATE"],
      },
      {
        head: "魏延",
        phone: "13900004444",
        address: addr("王庄社区", "4号楼"),
        notRenovated: "√",
        revisitDate: "2024-06-12",
        grade: "B",
      },
    ],
  },
];

/** Sheet-level findings that belong to no household: [sheet, row, ruleId]. */
export const DAIYAO_SHEET_FINDINGS: Array<[string, number, string]> = [
  ["王庄社区", 1, "RV-META-MISSING"],
  ["填表说明", 1, "GEN-UNKNOWN-SHEET"],
];

export interface BuiltSample {
  readonly workbook: ExcelJS.Workbook;
  /** [sheet, row, ruleId] for every seeded violation. */
  readonly expected: Array<[string, number, string]>;
}

export function buildSampleTownship(villages: VillageSheet[] = DAIYAO): BuiltSample {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Anju sample";
  wb.created = new Date(Date.UTC(2024, 6, 1));
  const expected: Array<[string, number, string]> = [];
  for (const v of villages) {
    const rows = writeVillageSheet(wb, v);
    v.households.forEach((h, i) => {
      for (const id of h.expect ?? []) expected.push([v.name, rows[i] ?? 0, id]);
    });
  }
  // A formula whose lookup failed: the cached #N/A is what the clerk sees.
  const zz = wb.getWorksheet("张庄村");
  if (zz) {
    zz.getCell("D23").value = { formula: "VLOOKUP(B23,地址表!A:B,2,FALSE)", result: { error: "#N/A" } };
    expected.push(["张庄村", 23, "GEN-FORMULA-ERROR"]);
  }
  const info = wb.addWorksheet("填表说明");
  info.getCell("A1").value = "填表说明";
  info.getCell("A2").value = "1. 每个行政村一张表，填报日期以乡镇汇总日为准。";
  info.getCell("A3").value = "2. 房屋安全状况按 A、B、C、D 四级填写。";
  expected.push(...DAIYAO_SHEET_FINDINGS);
  return { workbook: wb, expected };
}
