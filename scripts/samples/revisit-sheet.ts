import type ExcelJS from "exceljs";

/**
 * Writes 表A.1 village sheets in the layouts townships really use, for the bundled sample, the fixtures and the
 * tests. Each household may carry the rule IDs it is seeded to break, so tests compare findings to intent.
 */
export interface Household {
  seq?: number | string;
  head?: string;
  phone?: string | number;
  address?: string;
  id?: string;
  notRenovated?: string;
  reinforcedYear?: string | number;
  rebuiltYear?: string | number;
  revisitDate?: string | number | Date;
  grade?: string;
  actReinforce?: string;
  actRebuild?: string;
  /** Rule IDs this row is meant to break (with GEN-DUPLICATE etc.). */
  expect?: string[];
}

export type Layout =
  /** title, meta in one merged cell, group row, one header row, with 身份证号 (SPEC §5's column letters). */
  | "standard"
  /** meta in separate cells, 3-row header: group / 维修加固 / 年份, vertical merges, full-width, line breaks. */
  | "three-row"
  /** no title, no group row, one header row with 维修加固年份 written out, no 身份证号. */
  | "flat";

export interface VillageSheet {
  name: string;
  layout: Layout;
  township: string;
  village: string;
  fillDate: string | number;
  households: Household[];
  /** Blank rows inserted before these 0-based household indexes. */
  blankBefore?: number[];
  total?: boolean;
  notes?: boolean;
}

const NOTES = [
  "注1：此表以行政村（涉农社区）为单位汇总填写，由乡镇（街道）村建部门评估房屋安全状况并提出处理意见。",
  "注2：改造类型，未曾实施危房改造的，直接勾选“未改造”；实施过的，根据改造方式填写实施年份。",
  "注3：房屋安全状况按《农村住房安全性鉴定技术导则》确定危险等级，分为A（完好）、B（轻微）、C（中度）、D级（严重）四级。",
];
const TITLE = "泰州市农村低收入群体等住房安全保障重点对象住房安全状况评估汇总表";

/** Row number (1-based) each household landed on, in order. */
export function writeVillageSheet(wb: ExcelJS.Workbook, spec: VillageSheet): number[] {
  const ws = wb.addWorksheet(spec.name);
  const withId = spec.layout === "standard";
  const cols = withId ? 12 : 11;
  const last = String.fromCharCode(64 + cols);
  let row = 1;
  if (spec.layout === "standard") {
    ws.getCell(`A${row}`).value = TITLE;
    ws.mergeCells(`A${row}:${last}${row}`);
    row++;
    const date = typeof spec.fillDate === "number" ? String(spec.fillDate) : spec.fillDate;
    ws.getCell(`A${row}`).value =
      `乡镇（街道）：${spec.township}    村（社区）：${spec.village}    填报日期：${date}`;
    ws.mergeCells(`A${row}:${last}${row}`);
    row++;
    groupRow(ws, row, withId);
    row++;
    ws.getRow(row).values = [
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
    row++;
  } else if (spec.layout === "three-row") {
    ws.getCell(`A${row}`).value = `${TITLE}`;
    ws.mergeCells(`A${row}:${last}${row}`);
    row++;
    ws.getRow(row).values = [
      "乡镇（街道）",
      spec.township,
      "",
      "村（社区）",
      spec.village,
      "",
      "",
      "填报日期：",
      spec.fillDate,
    ];
    row++;
    const top = row;
    groupRow(ws, top, false);
    ws.getRow(top + 1).values = [
      "序号",
      "户主\n姓名",
      "联系\n方式",
      "房屋\n地址",
      "未改造",
      "维修加固",
      "重建安置",
      "回访\n时间",
      "房屋\n安全\n状况",
      "维修\n加固",
      "重建\n安置",
    ];
    ws.getRow(top + 2).values = ["", "", "", "", "", "年份", "年份"];
    // 序号…房屋地址 and the columns without a 年份 line are merged down over the lower header rows.
    for (const c of ["A", "B", "C", "D"]) ws.mergeCells(`${c}${top + 1}:${c}${top + 2}`);
    for (const c of ["E", "H", "I", "J", "K"]) ws.mergeCells(`${c}${top + 1}:${c}${top + 2}`);
    row = top + 3;
  } else {
    ws.getRow(row).values = [
      "乡镇（街道）：" + spec.township,
      "",
      "村（社区）：" + spec.village,
      "",
      "填报日期：" + String(spec.fillDate),
    ];
    row++;
    ws.getRow(row).values = [
      "序号",
      "户主姓名",
      "联系电话",
      "住址",
      "未改造",
      "维修加固年份",
      "重建安置年份",
      "回访时间",
      "房屋安全状况",
      "处理意见-维修加固",
      "处理意见-重建安置",
    ];
    row++;
  }
  const placed: number[] = [];
  spec.households.forEach((h, i) => {
    if (spec.blankBefore?.includes(i)) row++;
    const values = [
      h.seq ?? i + 1,
      h.head,
      h.phone,
      h.address,
      ...(withId ? [h.id] : []),
      h.notRenovated,
      h.reinforcedYear,
      h.rebuiltYear,
      h.revisitDate,
      h.grade,
      h.actReinforce,
      h.actRebuild,
    ];
    ws.getRow(row).values = values.map((v) => (v === undefined ? null : v));
    placed.push(row);
    row++;
  });
  if (spec.total) {
    ws.getRow(row).values = ["合计", `${spec.households.length} 户`];
    row++;
  }
  if (spec.notes) {
    for (const n of NOTES) {
      ws.getCell(`A${row}`).value = n;
      ws.mergeCells(`A${row}:${last}${row}`);
      row++;
    }
  }
  ws.getColumn(2).width = 10;
  ws.getColumn(4).width = 28;
  if (withId) ws.getColumn(5).width = 20;
  return placed;
}

function groupRow(ws: ExcelJS.Worksheet, row: number, withId: boolean): void {
  const o = withId ? 1 : 0;
  const col = (n: number) => String.fromCharCode(65 + n);
  ws.getCell(`A${row}`).value = "基本资料";
  ws.mergeCells(`A${row}:${col(3 + o)}${row}`);
  ws.getCell(`${col(4 + o)}${row}`).value = "以往危房改造情况";
  ws.mergeCells(`${col(4 + o)}${row}:${col(6 + o)}${row}`);
  ws.getCell(`${col(7 + o)}${row}`).value = "回访情况";
  ws.mergeCells(`${col(7 + o)}${row}:${col(8 + o)}${row}`);
  ws.getCell(`${col(9 + o)}${row}`).value = "处理意见";
  ws.mergeCells(`${col(9 + o)}${row}:${col(10 + o)}${row}`);
}
