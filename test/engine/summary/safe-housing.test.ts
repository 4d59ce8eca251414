import { checkWorkbook } from "../../../src/engine/check";
import type { CellValue, SheetData } from "../../../src/engine/model/types";
import {
  safeHousingRate,
  summarizeCity,
  summarizeTownship,
  type Summary,
  type SummaryInput,
} from "../../../src/engine/summary";
import { loadCityTownships, today, type Loaded } from "./load";

let loaded: Loaded;
beforeAll(async () => {
  loaded = await loadCityTownships();
});

function sheet(name: string, rows: CellValue[][]): SheetData {
  return { name, rows, merges: [] };
}

/** A small county ledger pair: one relocation and one renovation household break a rule (by design). */
const RELOCATION = sheet("搬迁台账", [
  [
    "序号",
    "乡镇",
    "户主姓名",
    "家庭人口",
    "安置方式",
    "搬迁年度",
    "安置房面积",
    "补助资金（元）",
    "自筹资金（元）",
    "竣工验收",
    "交付钥匙",
    "入住情况",
  ],
  [1, "城关镇", "张三", 4, "集中安置", 2018, 100, 100000, 5000, "是", "是", "已入住"],
  [2, "城关镇", "李四", 2, "分散安置", 2019, 50, 30000, 2000, "是", null, "已入住"],
  [3, "红岩镇", "王五", 3, "集中安置", 2018, 75, 75000, 3000, "否", "是", "已入住"],
  [4, "红岩镇", "赵六", 1, "货币化安置", 2019, null, 15000, 0, "是", null, "已入住"],
]);
const RENOVATION = sheet("危改台账", [
  [
    "序号",
    "乡镇",
    "户主姓名",
    "家庭人口",
    "危房等级",
    "改造方式",
    "建房面积",
    "安全性评定意见",
    "竣工验收",
    "入住情况",
  ],
  [1, "城关镇", "钱七", 2, "C级", "维修加固", null, "是", "是", "已入住"],
  [2, "城关镇", "孙八", 3, "D级", "维修加固", null, "是", "是", "已入住"],
  [3, "红岩镇", "周九", 2, "D级", "拆除重建", 50, "是", "是", "已入住"],
]);
/** The rows (1-based) meant to break a rule. */
const BROKEN = new Set(["搬迁台账!4", "危改台账!3"]);

function ledgerInput(): SummaryInput {
  return {
    file: "台账.xlsx",
    result: checkWorkbook({ sheets: [RELOCATION, RENOVATION], date1904: false }, { today }),
  };
}

describe("county safe-housing rate (SX 二.2)", () => {
  test("the sample ledgers break rules exactly where intended", () => {
    const { result } = ledgerInput();
    expect(result.tables.map((t) => t.info.kind)).toEqual(["relocation", "renovation"]);
    const rows = new Set(
      result.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.row}`),
    );
    expect(rows).toEqual(BROKEN);
  });

  test("A/B revisit households plus ledger households without errors, over all of them", () => {
    const all = [...loaded.inputs.values(), ledgerInput()];
    const summary = summarizeCity(all, { today });
    const safe = safeHousingRate(summary);
    const intents = loaded.townships.flatMap((t) =>
      t.files.flatMap((f) => f.villages.flatMap((v) => v.households.map((h) => h.intent))),
    );
    const ab = intents.filter((i) => i.grade === "A" || i.grade === "B").length;
    expect(safe.byKind).toEqual({
      revisit: { households: intents.length, safe: ab },
      relocation: { households: 4, safe: 3 },
      renovation: { households: 3, safe: 2 },
    });
    expect(safe.households).toBe(intents.length + 7);
    expect(safe.safe).toBe(ab + 5);
    expect(safe.rate).toBeCloseTo((ab + 5) / (intents.length + 7), 12);
    expect(safe.target).toBe(0.97);
    expect(safe.met).toBe(false);
    // Every household that pulls the rate down is listed, with its reason.
    expect(safe.unsafe).toHaveLength(intents.length - ab + 2);
    const ledgerUnsafe = safe.unsafe.filter((u) => u.kind !== "revisit");
    expect(ledgerUnsafe.map((u) => [u.kind, u.name, u.township, u.ruleIds.length > 0])).toEqual([
      ["relocation", "王五", "红岩镇", true],
      ["renovation", "孙八", "城关镇", true],
    ]);
    expect(new Set(safe.unsafe.filter((u) => u.kind === "revisit").map((u) => u.grade))).toEqual(
      new Set(["C", "D", "unrated"]),
    );
  });

  test.each<[number, number, boolean]>([
    [97, 3, true],
    [96, 4, false],
    [970, 30, true],
    [969, 31, false],
    [100, 0, true],
  ])("%i safe of %i + %i unsafe: meets 97 %% → %s", (safeCount, unsafeCount, met) => {
    const households = [
      ...Array.from({ length: safeCount }, () => ({ grade: "A" })),
      ...Array.from({ length: unsafeCount }, () => ({
        grade: "D",
        source: {},
        row: 1,
        name: "",
        township: "",
        village: "",
      })),
    ];
    const summary = { households, ledgers: [] } as unknown as Summary;
    expect(safeHousingRate(summary).met).toBe(met);
  });

  test("no households: no rate, not met", () => {
    const summary = summarizeTownship([], { today });
    expect(safeHousingRate(summary)).toMatchObject({ households: 0, rate: undefined, met: false });
  });
});
