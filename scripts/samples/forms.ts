import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";

/**
 * County summary forms as offices circulate them (SPEC §13), for `anju fill`: titles and 填报单位 rows, two-row
 * merged headers, labels in the county's own words, a 市（区） column merged down beside the townships with a 小计
 * row per 市（区）, SUM rows and formula columns, a row and a column that match nothing, borders, fills, number
 * formats, notes, defined names, data validation, a hidden sheet and an instructions sheet. Each form lists what a
 * correct fill must write (`expected`: cell → [row name, statistic]) so tests compare the figures themselves.
 */
export type Figure =
  | "households"
  | "A"
  | "B"
  | "C"
  | "D"
  | "unrated"
  | "dangerous"
  | "none"
  | "reinforced"
  | "rebuilt"
  | "planReinforce"
  | "planRebuild"
  | "revisitOverdue"
  | "subsidyYuan"
  | "subsidyWan"
  | "appraisalYuan"
  | "errors"
  | "warnings";

export interface FormSample {
  readonly file: string;
  readonly level: "township" | "city";
  /** Sheet → cell → [the name of the village or township the row names in the summary, figure]. */
  readonly expected: Readonly<Record<string, Readonly<Record<string, readonly [string, Figure]>>>>;
  /** Rows reported as matching nothing: [sheet, 1-based row, name as written]. */
  readonly unmatchedRows: ReadonlyArray<readonly [string, number, string]>;
  /** Header labels that are no statistic: [sheet, cell, text]. */
  readonly unmatchedLabels: ReadonlyArray<readonly [string, string, string]>;
  /** Cells that hold formulas (must stay formulas): [sheet, cell]. */
  readonly formulas: ReadonlyArray<readonly [string, string]>;
  readonly build: () => ExcelJS.Workbook;
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const HEAD_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "某县住建局";
  wb.created = new Date(Date.UTC(2024, 6, 1));
  wb.modified = wb.created;
  return wb;
}

/** Header cells: bold, centred, wrapped, filled, bordered. */
function styleHeader(ws: ExcelJS.Worksheet, from: number, to: number, cols: number): void {
  for (let r = from; r <= to; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { name: "宋体", size: 10, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = HEAD_FILL;
      cell.border = THIN;
    }
  }
}

function styleBody(ws: ExcelJS.Worksheet, from: number, to: number, cols: number): void {
  for (let r = from; r <= to; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { name: "宋体", size: 10 };
      cell.border = THIN;
      cell.alignment = { horizontal: c <= 2 ? "left" : "right", vertical: "middle" };
    }
  }
}

// -------------------------------------------------------------------------------------------------------------
// 1. 戴窑镇's own village form: two-row merged header, 危房户数 as a formula column, a SUM row, old figures left
//    in some cells (text and numbers), a village that has no table (北港村), a 联系人 column.

const TOWNSHIP_COLUMNS: ReadonlyArray<readonly [string, Figure | null]> = [
  ["C", "households"],
  ["D", "A"],
  ["E", "B"],
  ["F", "C"],
  ["G", "D"],
  ["H", "unrated"],
  ["I", null], // 危房户数 = F + G, a formula in every row
  ["J", "none"],
  ["K", "reinforced"],
  ["L", "rebuilt"],
  ["M", "planReinforce"],
  ["N", "planRebuild"],
  ["O", "revisitOverdue"],
  ["P", "subsidyWan"],
  ["Q", "appraisalYuan"],
];
const TOWNSHIP_ROWS: ReadonlyArray<readonly [string, string | null]> = [
  ["东里村", "东里村"],
  ["西 楼 村", "西楼村"],
  ["南街", "南街社区"],
  ["北港村", null],
];

function townshipForm(): ExcelJS.Workbook {
  const wb = book();
  const ws = wb.addWorksheet("村级汇总", { views: [{ state: "frozen", ySplit: 4 }] });
  ws.getCell("A1").value = "戴窑镇农村低收入群体住房安全状况统计表";
  ws.getCell("A1").font = { name: "黑体", size: 16, bold: true };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.mergeCells("A1:S1");
  ws.getCell("A2").value = "填报单位（盖章）：戴窑镇人民政府";
  ws.getCell("O2").value = "填报日期：2024年7月";
  ws.mergeCells("A2:F2");
  const top: Array<[string, string, string?]> = [
    ["A3", "序号", "A3:A4"],
    ["B3", "村（社区）", "B3:B4"],
    ["C3", "总户数\n（户）", "C3:C4"],
    ["D3", "房屋安全状况（户）", "D3:H3"],
    ["I3", "危房户数\n（C+D）", "I3:I4"],
    ["J3", "以往危房改造情况", "J3:L3"],
    ["M3", "处理意见", "M3:N3"],
    ["O3", "回访逾期", "O3:O4"],
    ["P3", "补助测算\n（万元）", "P3:P4"],
    ["Q3", "鉴定等经费（元）", "Q3:Q4"],
    ["R3", "联系人", "R3:R4"],
    ["S3", "备注", "S3:S4"],
  ];
  for (const [at, text, merge] of top) {
    ws.getCell(at).value = text;
    if (merge) ws.mergeCells(merge);
  }
  const low: Array<[string, string]> = [
    ["D4", "A级"],
    ["E4", "B级"],
    ["F4", "C级"],
    ["G4", "D级"],
    ["H4", "未评定"],
    ["J4", "未改造"],
    ["K4", "维修加固"],
    ["L4", "重建安置"],
    ["M4", "维修加固"],
    ["N4", "重建安置"],
  ];
  for (const [at, text] of low) ws.getCell(at).value = text;
  styleHeader(ws, 3, 4, 19);
  TOWNSHIP_ROWS.forEach(([name], i) => {
    const r = 5 + i;
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = name;
    ws.getCell(`I${r}`).value = { formula: `F${r}+G${r}`, result: 0 };
  });
  // Old figures from last half-year: a number, a text "0", a text placeholder.
  ws.getCell("C5").value = 11;
  ws.getCell("D5").value = "0";
  ws.getCell("P6").value = "待填";
  ws.getCell("R5").value = "王会计";
  ws.getCell("S7").value = "社区";
  const total = 5 + TOWNSHIP_ROWS.length;
  ws.getCell(total, 1).value = "合计";
  ws.mergeCells(`A${total}:B${total}`);
  for (const [c] of TOWNSHIP_COLUMNS) {
    ws.getCell(`${c}${total}`).value = { formula: `SUM(${c}5:${c}${total - 1})`, result: 0 };
  }
  styleBody(ws, 5, total, 19);
  for (let r = 5; r <= total; r++) ws.getCell(`P${r}`).numFmt = "0.00";
  ws.getCell(total + 1, 1).value = "注：1.危房户数为C级与D级之和；2.补助测算按兴化市标准计算。";
  ws.mergeCells(`A${total + 1}:S${total + 1}`);
  ws.getCell("R3").note = "请填写村联系人";
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 14 : 9));
  ws.getCell("C5").dataValidation = {
    type: "whole",
    operator: "greaterThanOrEqual",
    formulae: [0],
    allowBlank: true,
  };
  wb.definedNames.add(`'村级汇总'!$A$3:$S$${total}`, "打印区域汇总");
  const hidden = wb.addWorksheet("底稿", { state: "hidden" });
  hidden.getCell("A1").value = "上期数";
  hidden.getCell("B1").value = 42;
  return wb;
}

function townshipExpected(): FormSample["expected"] {
  const cells: Record<string, readonly [string, Figure]> = {};
  TOWNSHIP_ROWS.forEach(([, name], i) => {
    if (!name) return;
    for (const [c, figure] of TOWNSHIP_COLUMNS) if (figure) cells[`${c}${5 + i}`] = [name, figure];
  });
  return { 村级汇总: cells };
}

// -------------------------------------------------------------------------------------------------------------
// 2. The city's form: one township per row under a 市（区） column merged down, a 小计 row per 市（区） with SUM
//    formulas, a 合计 row adding the 小计 rows, labels in other words, a 完成率 column that is no statistic, a
//    township with no workbook (千垛镇), one written without its suffix (新街).

const CITY_COLUMNS: ReadonlyArray<readonly [string, string, Figure | null]> = [
  ["D", "户数", "households"],
  ["E", "完好(A)", "A"],
  ["F", "轻微(B)", "B"],
  ["G", "中度(C)", "C"],
  ["H", "严重(D)", "D"],
  ["I", "危房户数", "dangerous"],
  ["J", "拟维修加固", "planReinforce"],
  ["K", "拟重建安置", "planRebuild"],
  ["L", "逾期未回访", "revisitOverdue"],
  ["M", "补助资金测算（元）", "subsidyYuan"],
  ["N", "鉴定经费", "appraisalYuan"],
  ["O", "错误", "errors"],
  ["P", "警告", "warnings"],
  ["Q", "完成率（%）", null],
];
/** [市（区）, township as written, township in the summary] — a null city row is that city's 小计. */
const CITY_ROWS: ReadonlyArray<readonly [string, string, string | null]> = [
  ["兴化市", "戴窑镇", "戴窑镇"],
  ["兴化市", "安丰镇", "安丰镇"],
  ["兴化市", "千垛镇", null],
  ["兴化市", "小计", null],
  ["姜堰区", "溱潼镇", "溱潼镇"],
  ["姜堰区", "小计", null],
  ["其他", "新街", "新街镇"],
  ["其他", "小计", null],
];

function cityForm(): ExcelJS.Workbook {
  const wb = book();
  const info = wb.addWorksheet("填表说明");
  info.getCell("A1").value = "填表说明";
  info.getCell("A2").value = "1. 各市（区）按乡镇（街道）逐行填报，小计、合计行由公式自动计算。";
  const ws = wb.addWorksheet("汇总表");
  ws.getCell("A1").value = "泰州市农村低收入群体等重点对象住房安全保障情况汇总表";
  ws.mergeCells("A1:Q1");
  ws.getCell("A1").font = { name: "黑体", size: 14, bold: true };
  ws.getCell("A2").value = "单位：户、元";
  ws.getCell("A3").value = "序号";
  ws.getCell("B3").value = "市（区）";
  ws.getCell("C3").value = "乡镇（街道）";
  for (const [c, label] of CITY_COLUMNS) ws.getCell(`${c}3`).value = label;
  styleHeader(ws, 3, 3, 17);
  let r = 4;
  let seq = 0;
  const start = new Map<string, number>();
  const subtotals: number[] = [];
  for (const [city, name] of CITY_ROWS) {
    if (!start.has(city)) start.set(city, r);
    ws.getCell(r, 3).value = name;
    if (name === "小计") {
      const from = start.get(city) ?? r;
      for (const [c, , figure] of CITY_COLUMNS) {
        if (figure) ws.getCell(`${c}${r}`).value = { formula: `SUM(${c}${from}:${c}${r - 1})`, result: 0 };
      }
      ws.mergeCells(`B${from}:B${r}`);
      ws.getCell(`B${from}`).value = city;
      subtotals.push(r);
    } else {
      ws.getCell(r, 1).value = ++seq;
      ws.getCell(`Q${r}`).value = { formula: `IF(D${r}=0,"",ROUND(J${r}/D${r}*100,1))`, result: "" };
    }
    r++;
  }
  ws.getCell(r, 1).value = "合计";
  ws.mergeCells(`A${r}:C${r}`);
  for (const [c, , figure] of CITY_COLUMNS) {
    if (figure)
      ws.getCell(`${c}${r}`).value = { formula: subtotals.map((s) => `${c}${s}`).join("+"), result: 0 };
  }
  styleBody(ws, 4, r, 17);
  for (let i = 4; i <= r; i++) ws.getCell(`M${i}`).numFmt = "#,##0";
  ws.getColumn(3).width = 16;
  return wb;
}

function cityExpected(): FormSample["expected"] {
  const cells: Record<string, readonly [string, Figure]> = {};
  CITY_ROWS.forEach(([, , name], i) => {
    if (!name) return;
    for (const [c, , figure] of CITY_COLUMNS) if (figure) cells[`${c}${4 + i}`] = [name, figure];
  });
  return { 汇总表: cells };
}

function cityFormulas(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  CITY_ROWS.forEach(([, name], i) => {
    const r = 4 + i;
    if (name !== "小计") {
      out.push(["汇总表", `Q${r}`]);
      return;
    }
    for (const [c, , f] of CITY_COLUMNS) if (f) out.push(["汇总表", `${c}${r}`]);
  });
  const total = 4 + CITY_ROWS.length;
  for (const [c, , f] of CITY_COLUMNS) if (f) out.push(["汇总表", `${c}${total}`]);
  return out;
}

// -------------------------------------------------------------------------------------------------------------
// 3. A county's quick table: a generic 单位 column (the level is read from which names match), A级 and B级 each
//    over 户数 and 占比（%） (the shares are formulas, their labels no statistic), C、D级危房 as one column, the
//    body left unformatted (the cells to fill do not exist yet), a blank row and a spaced 合  计 row.

const COUNTY_ROWS: ReadonlyArray<readonly [string | null, string | null]> = [
  ["戴窑镇", "戴窑镇"],
  [null, null],
  ["安丰", "安丰镇"],
  ["溱潼镇", "溱潼镇"],
];

function countyForm(): ExcelJS.Workbook {
  const wb = book();
  const ws = wb.addWorksheet("Sheet1");
  ws.getCell("A1").value = "各乡镇住房安全等级统计";
  ws.mergeCells("A1:H1");
  const head: Array<[string, string, string?]> = [
    ["A2", "单位", "A2:A3"],
    ["B2", "回访户数", "B2:B3"],
    ["C2", "A级", "C2:D2"],
    ["E2", "B级", "E2:F2"],
    ["G2", "C、D级危房", "G2:G3"],
    ["H2", "备注", "H2:H3"],
    ["C3", "户数"],
    ["D3", "占比（%）"],
    ["E3", "户数"],
    ["F3", "占比（%）"],
  ];
  for (const [at, text, merge] of head) {
    ws.getCell(at).value = text;
    if (merge) ws.mergeCells(merge);
  }
  styleHeader(ws, 2, 3, 8);
  COUNTY_ROWS.forEach(([name], i) => {
    const r = 4 + i;
    if (!name) return;
    ws.getCell(`A${r}`).value = name;
    ws.getCell(`D${r}`).value = { formula: `IF(B${r}=0,0,C${r}/B${r}*100)`, result: 0 };
    ws.getCell(`F${r}`).value = { formula: `IF(B${r}=0,0,E${r}/B${r}*100)`, result: 0 };
  });
  const total = 4 + COUNTY_ROWS.length;
  ws.getCell(`A${total}`).value = "合  计";
  for (const c of "BCEG")
    ws.getCell(`${c}${total}`).value = { formula: `SUM(${c}4:${c}${total - 1})`, result: 0 };
  return wb;
}

function countyExpected(): FormSample["expected"] {
  const cells: Record<string, readonly [string, Figure]> = {};
  COUNTY_ROWS.forEach(([, name], i) => {
    if (!name) return;
    const r = 4 + i;
    cells[`B${r}`] = [name, "households"];
    cells[`C${r}`] = [name, "A"];
    cells[`E${r}`] = [name, "B"];
    cells[`G${r}`] = [name, "dangerous"];
  });
  return { Sheet1: cells };
}

export function formSamples(): FormSample[] {
  const total = 5 + TOWNSHIP_ROWS.length;
  return [
    {
      file: "戴窑镇-村级汇总表样.xlsx",
      level: "township",
      expected: townshipExpected(),
      unmatchedRows: [["村级汇总", 8, "北港村"]],
      unmatchedLabels: [["村级汇总", "R3", "联系人"]],
      formulas: [
        ...TOWNSHIP_ROWS.map((_, i) => ["村级汇总", `I${5 + i}`] as const),
        ...TOWNSHIP_COLUMNS.map(([c]) => ["村级汇总", `${c}${total}`] as const),
      ],
      build: townshipForm,
    },
    {
      file: "泰州市-汇总表样.xlsx",
      level: "city",
      expected: cityExpected(),
      unmatchedRows: [["汇总表", 6, "千垛镇"]],
      unmatchedLabels: [["汇总表", "Q3", "完成率（%）"]],
      formulas: cityFormulas(),
      build: cityForm,
    },
    {
      file: "某县-等级统计.xlsx",
      level: "city",
      expected: countyExpected(),
      unmatchedRows: [],
      unmatchedLabels: [
        ["Sheet1", "D3", "占比（%）"],
        ["Sheet1", "F3", "占比（%）"],
      ],
      formulas: [
        ...COUNTY_ROWS.flatMap(([name], i) =>
          name ? [["Sheet1", `D${4 + i}`] as const, ["Sheet1", `F${4 + i}`] as const] : [],
        ),
        ...["B", "C", "E", "G"].map((c) => ["Sheet1", `${c}${4 + COUNTY_ROWS.length}`] as const),
      ],
      build: countyForm,
    },
  ];
}

/** Writes the forms into `dir`; returns their paths in order. */
export async function writeFormSamples(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const f of formSamples()) {
    const path = join(dir, f.file);
    await f.build().xlsx.writeFile(path);
    paths.push(path);
  }
  return paths;
}
