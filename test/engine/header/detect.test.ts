import type { CellValue } from "../../../src/engine/model/types";
import { revisitSheet, sheetFrom } from "../rules/harness";
import {
  detect,
  household,
  householdNoId,
  META,
  META_ONE_CELL,
  NO_ID_COLUMNS,
  STANDARD_COLUMNS,
  TITLE,
} from "./layouts";

const HEADERS_12 = [
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
const GROUPS_12 = [
  "基本资料",
  null,
  null,
  null,
  null,
  "以往危房改造情况",
  null,
  null,
  "回访情况",
  null,
  "处理意见",
  null,
];
const GROUP_MERGES_12 = (r: number) => [`A${r}:E${r}`, `F${r}:H${r}`, `I${r}:J${r}`, `K${r}:L${r}`];

const ruleIds = (findings: readonly { ruleId: string }[]) => findings.map((f) => f.ruleId);

describe("detectHeader / buildTable on the layouts of SPEC §1", () => {
  test("standard: title, meta in one merged cell, group row, one header row", () => {
    const d = detect(revisitSheet([{}, {}, {}]));
    expect(d.info).toMatchObject({
      kind: "revisit",
      headerRows: [3, 4],
      firstDataRow: 5,
      lastDataRow: 7,
      meta: { township: "戴窑镇", village: "张庄村", fillDate: "2024-06-30" },
    });
    expect(d.columns).toEqual(STANDARD_COLUMNS);
    expect(d.findings).toEqual([]);
  });

  test("two title rows above a meta row in separate cells (label, value in the next cell)", () => {
    const sheet = sheetFrom(
      "李家村",
      [
        [TITLE],
        ["（2024年上半年）"],
        ["乡镇（街道）：", "戴窑镇", null, "村（社区）：", "李家村", null, null, null, "填报日期：", 45473],
        GROUPS_12,
        HEADERS_12,
        household(1),
        household(2),
      ],
      ["A1:L1", "A2:L2", ...GROUP_MERGES_12(4)],
    );
    const d = detect(sheet);
    expect(d.info).toMatchObject({ headerRows: [4, 5], firstDataRow: 6, lastDataRow: 7, meta: META });
    expect(d.columns).toEqual(STANDARD_COLUMNS);
    expect(d.findings).toEqual([]);
  });

  test("meta in separate cells without colons, each label followed by its value", () => {
    const sheet = sheetFrom("李家村", [
      ["乡镇（街道）", "戴窑镇", "村（社区）", "李家村", "填报日期", "2024年6月30日"],
      HEADERS_12,
      household(1),
    ]);
    const d = detect(sheet);
    expect(d.info).toMatchObject({ headerRows: [2], firstDataRow: 3, lastDataRow: 3, meta: META });
    expect(d.findings).toEqual([]);
  });

  test("meta: a label with a colon and no value is missing, never the next label", () => {
    const sheet = sheetFrom("李家村", [
      ["乡镇（街道）：", null, "村（社区）：", "李家村", "填报日期：", null, null],
      HEADERS_12,
      household(1),
    ]);
    const d = detect(sheet);
    expect(d.info?.meta).toEqual({ village: "李家村" });
    expect(d.findings.map((f) => [f.ruleId, f.cells, f.params.label])).toEqual([
      ["RV-META-MISSING", ["A1"], "乡镇（街道）"],
      ["RV-META-MISSING", ["E1"], "填报日期"],
    ]);
  });

  test("2-row header: cells merged down over the group row (序号 … 身份证号 span both rows)", () => {
    const sheet = sheetFrom(
      "李家村",
      [
        [TITLE],
        [META_ONE_CELL],
        [
          "序号",
          "户主姓名",
          "联系方式",
          "房屋地址",
          "身份证号",
          "以往危房改造情况",
          null,
          null,
          "回访情况",
          null,
          "处理意见",
        ],
        [
          null,
          null,
          null,
          null,
          null,
          "未改造",
          "维修加固年份",
          "重建安置年份",
          "回访时间",
          "房屋安全状况",
          "维修加固",
          "重建安置",
        ],
        household(1),
        household(2),
      ],
      ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:J3", "K3:L3"],
    );
    const d = detect(sheet);
    expect(d.info).toMatchObject({ headerRows: [3, 4], firstDataRow: 5, lastDataRow: 6, meta: META });
    expect(d.columns).toEqual(STANDARD_COLUMNS);
    expect(d.findings).toEqual([]);
  });

  test("3-row header: group row, 维修加固 over 年份 split across rows, line breaks, vertical merges", () => {
    const sheet = sheetFrom(
      "李家村",
      [
        [TITLE],
        ["乡镇（街道）", "戴窑镇", null, "村（社区）", "李家村", null, null, "填报日期：", 45473],
        ["基本资料", null, null, null, "以往危房改造情况", null, null, "回访情况", null, "处理意见", null],
        [
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
        ],
        [null, null, null, null, null, "年份", "年份"],
        householdNoId(1),
        householdNoId(2),
        householdNoId(3),
      ],
      [
        "A1:K1",
        "A3:D3",
        "E3:G3",
        "H3:I3",
        "J3:K3",
        ...["A", "B", "C", "D", "E", "H", "I", "J", "K"].map((c) => `${c}4:${c}5`),
      ],
    );
    const d = detect(sheet);
    expect(d.info).toMatchObject({ headerRows: [3, 4, 5], firstDataRow: 6, lastDataRow: 8, meta: META });
    expect(d.columns).toEqual(NO_ID_COLUMNS);
    expect(d.findings).toEqual([]);
  });

  test("3-row header with the basic columns merged over all three rows", () => {
    const sheet = sheetFrom(
      "李家村",
      [
        [META_ONE_CELL],
        [
          "序号",
          "户主姓名",
          "联系方式",
          "房屋地址",
          "身份证号",
          "以往危房改造情况",
          null,
          null,
          "回访情况",
          null,
          "处理意见",
        ],
        [
          null,
          null,
          null,
          null,
          null,
          "未改造",
          "维修加固",
          "重建安置",
          "回访时间",
          "房屋安全状况",
          "维修加固",
          "重建安置",
        ],
        [null, null, null, null, null, null, "年份", "年份"],
        household(1),
      ],
      [
        ...["A", "B", "C", "D", "E"].map((c) => `${c}2:${c}4`),
        "F2:H2",
        "I2:J2",
        "K2:L2",
        ...["F", "I", "J", "K", "L"].map((c) => `${c}3:${c}4`),
      ],
    );
    const d = detect(sheet);
    expect(d.info).toMatchObject({ headerRows: [2, 3, 4], firstDataRow: 5, lastDataRow: 5, meta: META });
    expect(d.columns).toEqual(STANDARD_COLUMNS);
    expect(d.findings).toEqual([]);
  });

  test("2-row header without a group row: 维修加固 / 重建安置 over 年份", () => {
    const sheet = sheetFrom(
      "李家村",
      [
        [META_ONE_CELL],
        [
          "序号",
          "户主姓名",
          "联系方式",
          "房屋地址",
          "身份证号",
          "未改造",
          "维修加固",
          "重建安置",
          "回访时间",
          "房屋安全状况",
          "维修加固",
          "重建安置",
        ],
        [null, null, null, null, null, null, "年份", "年份"],
        household(1),
      ],
      [...["A", "B", "C", "D", "E", "F", "I", "J", "K", "L"].map((c) => `${c}2:${c}3`)],
    );
    const d = detect(sheet);
    expect(d.info).toMatchObject({ headerRows: [2, 3], firstDataRow: 4, lastDataRow: 4, meta: META });
    expect(d.columns).toEqual(STANDARD_COLUMNS);
    expect(d.findings).toEqual([]);
  });

  test("flat header without 年份: of two 维修加固 / 重建安置 columns the first is the history year", () => {
    const sheet = sheetFrom("王庄社区", [
      ["乡镇（街道）：戴窑镇", null, "村（社区）：李家村", null, "填报日期：2024-06-30"],
      [
        "序号",
        "户主姓名",
        "联系电话",
        "住址",
        "未改造",
        "维修加固",
        "重建安置",
        "回访时间",
        "房屋安全状况",
        "维修加固",
        "重建安置",
      ],
      householdNoId(1),
      [2, "户主2", "13812345678", "李家村2组", null, 2019, null, "2024-05-20", "C", "√", null],
    ]);
    const d = detect(sheet);
    expect(d.info).toMatchObject({ headerRows: [2], firstDataRow: 3, lastDataRow: 4, meta: META });
    expect(d.columns).toEqual(NO_ID_COLUMNS);
    expect(d.findings).toEqual([]);
  });

  test("headers with line breaks, stray spaces and full-width characters", () => {
    const sheet = sheetFrom(
      "李家村",
      [
        [TITLE],
        ["乡镇（街道）：戴窑镇\u3000村（社区）：李家村\u3000填报日期：２０２４年６月３０日"],
        [
          "基本\n资料",
          null,
          null,
          null,
          null,
          "以往危房\n改造情况",
          null,
          null,
          "回访\r\n情况",
          null,
          "处理 意见",
          null,
        ],
        [
          " 序 号 ",
          "户主\n姓名",
          "联系\r\n方式",
          "房屋\u3000地址",
          "身份证\n号码",
          "未\n改造",
          "维修加固\n年份",
          "重建安置\n（年份）",
          "回访\n时间",
          "房屋安全\n状况\n（Ａ/Ｂ/Ｃ/Ｄ）",
          "维修\n加固",
          "重建\n安置",
        ],
        household(1),
      ],
      ["A1:L1", "A2:L2", ...GROUP_MERGES_12(3)],
    );
    const d = detect(sheet);
    expect(d.info).toMatchObject({ headerRows: [3, 4], firstDataRow: 5, lastDataRow: 5, meta: META });
    expect(d.columns).toEqual(STANDARD_COLUMNS);
    expect(d.findings).toEqual([]);
  });

  test("a table that starts in column B below blank rows", () => {
    const shift = (row: CellValue[]) => [null, ...row];
    const sheet = sheetFrom(
      "李家村",
      [
        [],
        [null, TITLE],
        [null, META_ONE_CELL],
        [],
        shift(HEADERS_12),
        shift(household(1)),
        shift(household(2)),
      ],
      ["B2:M2"],
    );
    const d = detect(sheet);
    expect(d.info).toMatchObject({ headerRows: [5], firstDataRow: 6, lastDataRow: 7, meta: META });
    expect(d.columns).toEqual({
      seq: "B",
      head: "C",
      phone: "D",
      address: "E",
      idNumber: "F",
      notRenovated: "G",
      reinforcedYear: "H",
      rebuiltYear: "I",
      revisitDate: "J",
      grade: "K",
      actReinforce: "L",
      actRebuild: "M",
    });
    expect(d.findings).toEqual([]);
  });
});

describe("meta wording", () => {
  test("填报日期 written under the table, beside the signatures", () => {
    const d = detect(
      revisitSheet([{}, {}], {
        metaCell: "乡镇（街道）：戴窑镇    村（社区）：李家村",
        after: [
          [],
          [null, "填表人：张三", null, "审核人：李四", null, null, null, "填报日期：2024年6月30日"],
        ],
      }),
    );
    expect(d.info).toMatchObject({ firstDataRow: 5, lastDataRow: 6, meta: META });
    expect(d.findings).toEqual([]);
  });

  test("labels in one cell, the last label's value in the next cell", () => {
    const sheet = sheetFrom("李家村", [
      ["乡镇（街道）：戴窑镇 村（社区）：李家村 填报日期：", null, 45473],
      HEADERS_12,
      household(1),
    ]);
    const d = detect(sheet);
    expect(d.info?.meta).toEqual(META);
    expect(d.findings).toEqual([]);
  });

  test.each<[string, string]>([
    ["填报时间 for 填报日期", "乡镇（街道）：戴窑镇 村（社区）：李家村 填报时间：2024-06-30"],
    ["填表日期", "乡镇（街道）：戴窑镇 村（社区）：李家村 填表日期：2024.6.30"],
    ["乡镇 and 村 without their brackets", "乡镇：戴窑镇 村：李家村 填报日期：2024/6/30"],
    ["村（居）", "乡镇（街道）：戴窑镇 村（居）：李家村 日期：20240630"],
  ])("%s", (_, metaCell) => {
    const d = detect(revisitSheet([{}], { metaCell }));
    expect(d.info?.meta).toEqual(META);
    expect(d.findings).toEqual([]);
  });
});

describe("data rows", () => {
  test("the row of column numbers under the header (1 2 3 … 12) is not data", () => {
    const sheet = revisitSheet([{}, {}]);
    const rows = [...sheet.rows];
    rows.splice(4, 0, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const d = detect({ ...sheet, rows });
    expect(d.info).toMatchObject({ headerRows: [3, 4], firstDataRow: 6, lastDataRow: 7 });
    expect(d.findings).toEqual([]);
  });

  test("blank rows inside the data are skipped, not the end of the table", () => {
    const sheet = revisitSheet([{}, {}]);
    const rows = [...sheet.rows, [], [null, null, "  "], household(3), [], household(4)];
    const d = detect({ ...sheet, rows });
    expect(d.info).toMatchObject({ headerRows: [3, 4], firstDataRow: 5, lastDataRow: 11 });
    expect(d.findings).toEqual([]);
  });

  test("注1/注2/注3 rows, a 合计 row and a signature row at the bottom are not data", () => {
    const notes: CellValue[][] = [
      ["合计", "3户"],
      ["注1：此表以行政村（涉农社区）为单位汇总填写。"],
      ["注2：未曾实施危房改造的，直接勾选“未改造”。"],
      ["注3：房屋安全状况分为A（完好）、B（轻微）、C（中度）、D级（严重）四级。"],
      [null, "填表人：张三", null, "审核人：李四", null, "联系电话：0523-83412345"],
      ["合  计", 3],
      ["小计", null, null, null, null, 3, 0, 0],
    ];
    const d = detect(revisitSheet([{}, {}, {}], { after: notes }));
    expect(d.info).toMatchObject({ firstDataRow: 5, lastDataRow: 7 });
    expect(d.findings).toEqual([]);
  });

  test("notes merged across the table are not data", () => {
    const sheet = revisitSheet([{}, {}], {
      after: [["注：1.此表以行政村为单位填写。"], ["2.回访时间填写到日。"]],
    });
    const merges = [
      ...sheet.merges,
      { top: 6, left: 0, bottom: 6, right: 11 },
      { top: 7, left: 0, bottom: 7, right: 11 },
    ];
    const d = detect({ ...sheet, merges });
    expect(d.info).toMatchObject({ firstDataRow: 5, lastDataRow: 6 });
    expect(d.findings).toEqual([]);
  });

  test("pre-numbered template rows with only 序号 filled are not data", () => {
    const template = Array.from({ length: 20 }, (_, i) => [i + 4]);
    const d = detect(revisitSheet([{}, {}, {}], { after: template }));
    expect(d.info).toMatchObject({ firstDataRow: 5, lastDataRow: 7 });
    expect(d.findings).toEqual([]);
  });

  test("template rows with only 序号 and printed empty boxes □ are not data", () => {
    const box = (n: number): CellValue[] => [
      n,
      null,
      null,
      null,
      null,
      "□",
      null,
      null,
      null,
      null,
      "□",
      "☐",
    ];
    const d = detect(revisitSheet([{ actReinforce: "□", actRebuild: "□" }, {}], { after: [box(3), box(4)] }));
    expect(d.info).toMatchObject({ firstDataRow: 5, lastDataRow: 6 });
    expect(d.findings).toEqual([]);
  });

  test("the header repeated inside the data (a second page, pasted villages) is not data", () => {
    const sheet = revisitSheet([{}, {}]);
    const [group, header] = [sheet.rows[2] ?? [], sheet.rows[3] ?? []];
    const d = detect({ ...sheet, rows: [...sheet.rows, group, header, household(3)] });
    expect(d.info).toMatchObject({ firstDataRow: 5, lastDataRow: 9 });
    expect(d.findings).toEqual([]);
  });

  test("a table with no household yet", () => {
    const d = detect(revisitSheet([], { after: [[1], [2], [3]] }));
    expect(d.info).toMatchObject({ kind: "revisit", headerRows: [3, 4], firstDataRow: 5, lastDataRow: 4 });
    expect(d.findings).toEqual([]);
  });
});

describe("sheets that are not, or only partly, a revisit table", () => {
  test("a 填表说明 sheet has no table: GEN-UNKNOWN-SHEET", () => {
    const sheet = sheetFrom("填表说明", [
      ["填表说明"],
      ["1. 户主姓名、联系方式、房屋地址按实际填写。"],
      ["2. 未改造的勾选“未改造”；改造过的填写维修加固年份或重建安置年份。"],
      ["3. 房屋安全状况填写 A、B、C、D，处理意见勾选维修加固或重建安置。"],
    ]);
    const d = detect(sheet);
    expect(d.info).toBeUndefined();
    expect(ruleIds(d.findings)).toEqual(["GEN-UNKNOWN-SHEET"]);
  });

  test("a sheet missing a few required columns is still revisit, with GEN-MISSING-COLUMN per absent column", () => {
    const headers = [
      "序号",
      "户主姓名",
      "身份证号",
      "未改造",
      "维修加固年份",
      "重建安置年份",
      "回访时间",
      "房屋安全状况",
      "维修加固",
    ];
    const row = (n: number): CellValue[] => [n, `户主${n}`, null, "√", null, null, "2024-05-20", "A", null];
    const sheet = sheetFrom("李家村", [
      [META_ONE_CELL],
      headers,
      row(1),
      [2, "户主2", null, "√", null, null, "2024-05-20", "D", null],
    ]);
    const d = detect(sheet);
    expect(d.info).toMatchObject({ kind: "revisit", headerRows: [2], firstDataRow: 3, lastDataRow: 4 });
    expect(d.columns).toEqual({
      seq: "A",
      head: "B",
      idNumber: "C",
      notRenovated: "D",
      reinforcedYear: "E",
      rebuiltYear: "F",
      revisitDate: "G",
      grade: "H",
      actReinforce: "I",
    });
    const missing = d.findings.filter((f) => f.ruleId === "GEN-MISSING-COLUMN");
    expect(missing.map((f) => [f.row, f.cells, f.params.column])).toEqual([
      [2, ["A2"], "联系方式"],
      [2, ["A2"], "房屋地址"],
      [2, ["A2"], "处理意见 重建安置"],
    ]);
    // Rules needing an absent column are skipped (no RV-PHONE, no RV-D-NOT-REBUILD on the D row); the others run.
    expect(ruleIds(d.findings).filter((id) => id !== "GEN-MISSING-COLUMN")).toEqual([]);
  });
});
