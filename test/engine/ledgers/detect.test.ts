import { detectHeader } from "../../../src/engine/header/detect";
import type { CellValue, SheetData } from "../../../src/engine/model/types";
import { columnLetter } from "../../../src/engine/model/address";
import { revisitSheet } from "../rules/harness";
import { check, sheet } from "./sheet";
import { RELOCATION_HEADER, RL, RN, relocationSheet, renovationSheet } from "./tables";

/**
 * Kind detection across the three kinds and the header band of messy ledgers (SPEC §1, §1.2, §1.3): a ledger is
 * never taken for the other ledger, a sheet that matches no kind is GEN-UNKNOWN-SHEET, and --kind forces one.
 */
const ruleIds = (sheets: SheetData[], kind?: "relocation" | "renovation") =>
  check(sheets, kind ? { kind } : {}).findings.map((f) => f.ruleId);

function columnsOf(s: SheetData): Record<string, string> {
  const d = detectHeader(s);
  if (!d) throw new Error("no table");
  return Object.fromEntries([...d.columns].map(([k, c]) => [k, columnLetter(c)]));
}

function table(s: SheetData, kind?: "relocation" | "renovation") {
  const info = check([s], kind ? { kind } : {}).tables[0]?.info;
  return (
    info && {
      kind: info.kind,
      headerRows: info.headerRows,
      firstDataRow: info.firstDataRow,
      lastDataRow: info.lastDataRow,
    }
  );
}

/** A one-row header with these labels and two clean-looking data rows of text, for detection only. */
function headerOnly(labels: readonly (string | null)[], above: CellValue[][] = [["台账"]]): SheetData {
  const data = [1, 2].map((i) => labels.map((l, c) => (c === 0 ? i : l === null ? null : `值${i}`)));
  return sheet("表", [...above, [...labels], ...data]);
}

describe("the right kind for each table", () => {
  test("a relocation ledger is relocation, every column where the header says", () => {
    const s = relocationSheet([{}, {}]);
    expect(table(s)).toEqual({ kind: "relocation", headerRows: [3], firstDataRow: 4, lastDataRow: 5 });
    expect(columnsOf(s)).toMatchObject(RL);
  });

  test("a renovation ledger is renovation, every column where the header says", () => {
    const s = renovationSheet([{}, {}]);
    expect(table(s)).toEqual({ kind: "renovation", headerRows: [3], firstDataRow: 4, lastDataRow: 5 });
    expect(columnsOf(s)).toMatchObject(RN);
  });

  test("a revisit table stays a revisit table", () => {
    expect(table(revisitSheet([{}, {}]))?.kind).toBe("revisit");
  });

  test("a renovation ledger that shares half the relocation columns is not taken for relocation", () => {
    // 户主姓名, 家庭人口, 建房面积, 补助资金, 竣工验收, 入住情况 also name relocation columns (6 of 10).
    const s = headerOnly([
      "序号",
      "户主姓名",
      "家庭人口",
      "危房等级",
      "改造方式",
      "建房面积",
      "安全性评定意见",
      "补助资金",
      "竣工验收",
      "入住情况",
    ]);
    expect(table(s)?.kind).toBe("renovation");
  });

  test("a renovation ledger lacking 改造方式 and 安全性评定意见 is still renovation, with the columns missing", () => {
    const s = headerOnly([
      "序号",
      "户主姓名",
      "家庭人口",
      "危房等级",
      "建房面积",
      "补助金额",
      "竣工验收",
      "入住情况",
    ]);
    expect(table(s)?.kind).toBe("renovation");
    expect(
      check([s])
        .findings.filter((f) => f.ruleId === "GEN-MISSING-COLUMN")
        .map((f) => f.params.column),
    ).toEqual(["改造方式", "安全性评定意见"]);
  });

  test("a relocation ledger with 建房面积 (a renovation word) and half its columns is relocation", () => {
    const s = headerOnly(["序号", "户主姓名", "家庭人口", "安置方式", "建房面积", "补助资金", "入住情况"]);
    expect(table(s)?.kind).toBe("relocation");
    expect(
      check([s])
        .findings.filter((f) => f.ruleId === "GEN-MISSING-COLUMN")
        .map((f) => f.params.column),
    ).toEqual(["搬迁年度", "自筹资金", "竣工验收", "交付钥匙"]);
  });

  test("a renovation ledger with 联系电话 and 住址 columns is not a revisit table", () => {
    const s = headerOnly([
      "序号",
      "户主姓名",
      "联系电话",
      "住址",
      "家庭人口",
      "危房等级",
      "改造方式",
      "建房面积",
      "安全性评定意见",
      "竣工验收",
      "入住情况",
    ]);
    expect(table(s)?.kind).toBe("renovation");
  });
});

describe("a sheet that matches no kind is reported, never guessed at", () => {
  test.each<[string, (string | null)[]]>([
    ["a list of households with no 身份证号", ["序号", "户主姓名", "家庭人口", "联系电话", "住址"]],
    [
      "a sheet of ledger words shared by both kinds",
      ["序号", "户主姓名", "家庭人口", "建房面积", "补助资金", "竣工验收", "入住情况"],
    ],
    ["under half of the relocation columns", ["序号", "户主姓名", "家庭人口", "安置方式", "备注"]],
  ])("%s: GEN-UNKNOWN-SHEET", (_, labels) => {
    expect(ruleIds([headerOnly(labels)])).toEqual(["GEN-UNKNOWN-SHEET"]);
  });

  test("--kind forces the kind on the ambiguous sheet, with its missing columns", () => {
    const s = headerOnly(["序号", "户主姓名", "家庭人口", "建房面积", "补助资金", "竣工验收", "入住情况"]);
    expect(table(s, "relocation")?.kind).toBe("relocation");
    expect(table(s, "renovation")?.kind).toBe("renovation");
    expect(ruleIds([s], "renovation").filter((id) => id === "GEN-MISSING-COLUMN")).toHaveLength(3);
  });

  test("--kind forces relocation on a renovation ledger", () => {
    const found = check([renovationSheet([{}])], { kind: "relocation" });
    expect(found.tables[0]?.info.kind).toBe("relocation");
    expect(
      found.findings.filter((f) => f.ruleId === "GEN-MISSING-COLUMN").map((f) => f.params.column),
    ).toEqual(["安置方式", "搬迁年度", "自筹资金", "交付钥匙"]);
  });
});

describe("messy headers", () => {
  test("a title with group words right above the header is not part of it", () => {
    const s = relocationSheet([{}]);
    const rows = [["某县易地扶贫搬迁安置情况台账"], ...s.rows.slice(2)];
    const t = sheet("表", rows, ["A1:Q1"]);
    expect(table(t)).toEqual({ kind: "relocation", headerRows: [2], firstDataRow: 3, lastDataRow: 3 });
    expect(columnsOf(t)).toMatchObject(RL);
  });

  test("full-width brackets, line breaks and spaces inside headers", () => {
    const messy = RELOCATION_HEADER.map(
      (h) =>
        ({
          户主姓名: "户　主\n姓  名",
          家庭人口: "家庭\r\n人口（人）",
          "安置房面积（㎡）": "安置房\n面积（㎡）",
          交付钥匙: "交付 钥匙",
        })[h as "户主姓名"] ?? h,
    );
    const s = relocationSheet([{}, { area: 110 }], messy);
    expect(columnsOf(s)).toMatchObject(RL);
    expect(ruleIds([s])).toEqual(["RL-AREA"]);
  });

  test("three header rows: groups, labels, units; money in 万元 from the group", () => {
    const groups = [
      "基本情况",
      null,
      null,
      null,
      null,
      "安置情况",
      null,
      null,
      "资金情况（万元）",
      null,
      "验收入住情况",
      null,
      null,
    ];
    const labels = [
      "序号",
      "户主姓名",
      "村",
      "家庭人口",
      "安置方式",
      "搬迁年度",
      "安置房面积",
      "共有产权整改",
      "补助资金",
      "自筹资金",
      "竣工验收",
      "交付钥匙",
      "入住情况",
    ];
    const units = [null, null, null, "（人）", null, null, "（㎡）", null, null, null, null, null, null];
    const data: CellValue[][] = [
      [1, "张三", "东村", 4, "集中安置", 2018, 100, null, 10, 1, "是", "是", "已入住"],
      [2, "李四", "东村", 4, "集中安置", 2018, 100, null, 9.9, 1.01, "是", "是", "已入住"],
    ];
    const merges = [
      "A1:E1",
      "F1:H1",
      "I1:J1",
      "K1:M1",
      "A2:A3",
      "B2:B3",
      "C2:C3",
      "E2:E3",
      "F2:F3",
      "H2:H3",
      "I2:I3",
      "J2:J3",
      "K2:K3",
      "L2:L3",
      "M2:M3",
    ];
    const s = sheet("表", [groups, labels, units, ...data], merges);
    expect(table(s)).toEqual({ kind: "relocation", headerRows: [1, 2, 3], firstDataRow: 4, lastDataRow: 5 });
    const found = check([s]).findings.map((f) => `${f.row} ${f.ruleId} ${f.cells.join(",")}`);
    // 9.9 万元 < 4 × 25,000 元; 1.01 万元 = 10,100 元 > 10,000 元.
    expect(found).toEqual(["5 RL-SELF-FUND D5,J5", "5 RL-SUBSIDY D5,I5"]);
  });

  test("a 人均面积 column beside 安置房面积 is not taken for it", () => {
    const header = [...RELOCATION_HEADER.slice(0, 9), "人均面积（㎡）", ...RELOCATION_HEADER.slice(9)];
    const s = relocationSheet([], header);
    expect(columnsOf(s).area).toBe("K");
  });

  test.each(["户主姓名", "户主", "姓名", "搬迁户姓名", "户名", "户主\n姓名"])(
    "户主姓名 written %s",
    (label) => {
      const s = relocationSheet(
        [{}],
        RELOCATION_HEADER.map((h) => (h === "户主姓名" ? label : h)),
      );
      expect(columnsOf(s).head).toBe("E");
    },
  );

  test("synonyms: 人口数, 实施年度, 建房面积, 补助金额, 质量验收, 是否入住", () => {
    const s = headerOnly([
      "序号",
      "户主",
      "人口数",
      "安置方式",
      "实施年度",
      "建房面积（平方米）",
      "补助金额（元）",
      "自筹资金（元）",
      "质量验收",
      "交付钥匙",
      "是否入住",
    ]);
    expect(table(s)?.kind).toBe("relocation");
    expect(Object.keys(columnsOf(s)).sort()).toEqual(
      [
        "seq",
        "head",
        "persons",
        "mode",
        "year",
        "area",
        "subsidy",
        "selfFund",
        "acceptance",
        "keys",
        "movedIn",
      ].sort(),
    );
  });

  test("renovation synonyms: 身份证号码, 危险等级, 改造类型, 改造面积, 安全鉴定意见, 建房方式, 补助资金", () => {
    const s = headerOnly([
      "序号",
      "户主姓名",
      "身份证号码",
      "人口数",
      "危险等级",
      "改造类型",
      "改造面积(㎡)",
      "安全鉴定意见",
      "竣工验收",
      "入住情况",
      "建房方式",
      "补助资金(万元)",
      "一卡通及银行回单",
      "协议及支付凭证",
    ]);
    expect(table(s)?.kind).toBe("renovation");
    expect(columnsOf(s)).toMatchObject({
      idNumber: "C",
      persons: "D",
      grade: "E",
      method: "F",
      area: "G",
      safetyOpinion: "H",
      buildMode: "K",
      subsidy: "L",
      bankReceipt: "M",
      agreement: "N",
    });
  });

  test("a 合计 row, 注 rows and blank rows are not households", () => {
    const s = renovationSheet([{}, {}]);
    const rows = [
      ...s.rows.slice(0, 4),
      [],
      ...s.rows.slice(4),
      ["合计", null, null, null, "2户"],
      ["注：危房等级填C级或D级。"],
    ];
    expect(table(sheet("表", rows))).toEqual({
      kind: "renovation",
      headerRows: [3],
      firstDataRow: 4,
      lastDataRow: 6,
    });
    expect(ruleIds([sheet("表", rows)])).toEqual([]);
  });
});
