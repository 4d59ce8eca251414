import type { IntendedVillage, TownshipSpec } from "../../../scripts/samples/city";
import { SummaryReportSchema } from "../../../src/engine/report";
import {
  drawSample,
  isSummarySheet,
  safeHousingRate,
  summarizeCity,
  summarizeTownship,
  summarySheets,
  toSummaryReport,
  type Figures,
  type SheetCell,
  type SheetSpec,
} from "../../../src/engine/summary";
import { figuresOnly, plus, townshipFigures, tzRates, villageFigures, zero } from "./intended";
import { inputsOf, loadCityTownships, today, type Loaded } from "./load";

let loaded: Loaded;
beforeAll(async () => {
  loaded = await loadCityTownships();
});

const township = (name: string) => loaded.townships.find((t) => t.township === name) as TownshipSpec;
const value = (c: SheetCell | null | undefined) => c?.value ?? null;

/**
 * The rows under a table's header (one or two rows of header cells, the one holding `first` among them), as
 * objects keyed by the lowest header text of each column.
 */
function records(spec: SheetSpec, first = "序号"): Array<Record<string, SheetCell | null>> {
  const isHeader = (r: number) => (spec.rows[r] ?? []).some((c) => c?.style === "header");
  let top = spec.rows.findIndex((r, i) => isHeader(i) && r.some((c) => value(c) === first));
  expect(top).toBeGreaterThanOrEqual(0);
  while (top > 0 && isHeader(top - 1)) top--;
  let bottom = top;
  while (isHeader(bottom + 1)) bottom++;
  const width = Math.max(...spec.rows.slice(top, bottom + 1).map((r) => r.length));
  const header = Array.from({ length: width }, (_, i) => {
    for (let r = bottom; r >= top; r--) {
      const v = value(spec.rows[r]?.[i]);
      if (v !== null) return String(v);
    }
    return "";
  });
  return spec.rows.slice(bottom + 1).map((r) => Object.fromEntries(header.map((k, i) => [k, r[i] ?? null])));
}

function sheet(sheets: SheetSpec[], name: string): SheetSpec {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The figures a filter of 明细 gives: sums of its number columns, counts of its category words. */
function fromDetail(rows: Array<Record<string, SheetCell | null>>): Figures {
  const n = (r: Record<string, SheetCell | null>, k: string) => Number(value(r[k]) ?? 0);
  const f = zero();
  for (const r of rows) {
    f.households += n(r, "户数");
    if (n(r, "户数") === 1) {
      const history = { 未改造: "none", 曾维修加固: "reinforced", 曾重建安置: "rebuilt" } as const;
      f.history[history[String(value(r["以往危房改造情况"])) as keyof typeof history]]++;
      const g = String(value(r["房屋安全状况"]));
      f.grades[g === "未评定" ? "unrated" : (g as "A" | "B" | "C" | "D")]++;
    }
    f.planned.reinforce += n(r, "拟维修加固");
    f.planned.rebuild += n(r, "拟重建安置");
    f.revisitOverdue += n(r, "回访逾期");
    f.errors += n(r, "错误");
    f.warnings += n(r, "警告");
    f.subsidyYuan += n(r, "补助测算（元）");
    f.appraisalYuan += n(r, "鉴定等经费（元）");
  }
  return f;
}

describe("township summary sheets", () => {
  test("统计, 乡镇汇总, 明细, 抽查样本 and 安全住房率, each a summary sheet a re-run replaces", () => {
    const s = summarizeTownship(inputsOf(loaded, township("戴窑镇")), { today });
    const sheets = summarySheets(s, {
      safeHousing: safeHousingRate(s),
      sample: drawSample(s.households, { percent: 10, seed: 1 }),
    });
    expect(sheets.map((x) => x.name)).toEqual(["统计", "乡镇汇总", "明细", "抽查样本", "安全住房率"]);
    for (const x of sheets) expect(isSummarySheet(x.name)).toBe(true);
  });

  test.each(["戴窑镇", "安丰镇", "溱潼镇", "新街镇"])(
    "%s: 统计 rows hold the intended figures and link to each village's first household in 乡镇汇总",
    (name) => {
      const t = township(name);
      const s = summarizeTownship(inputsOf(loaded, t), { today });
      const sheets = summarySheets(s);
      const stats = records(sheet(sheets, "统计"), "村（社区）");
      const consolidated = sheet(sheets, "乡镇汇总");
      const villages: IntendedVillage[] = t.files.flatMap((f) => f.villages);
      villages.forEach((v, i) => {
        const row = stats[i] as Record<string, SheetCell | null>;
        const want = villageFigures(v, tzRates(t.city));
        expect(value(row["村（社区）"])).toBe(v.expectedName);
        expect(value(row["户数"])).toBe(want.households);
        expect(value(row["A 级"])).toBe(want.grades.A);
        expect(value(row["未评定"])).toBe(want.grades.unrated);
        expect(value(row["曾重建安置"])).toBe(want.history.rebuilt);
        expect(value(row["拟维修加固"])).toBe(want.planned.reinforce);
        expect(value(row["回访逾期"])).toBe(want.revisitOverdue);
        expect(value(row["错误"])).toBe(want.errors);
        expect(value(row["补助测算（元）"])).toBe(want.subsidyYuan);
        expect(value(row["村名来源"])).toBe(v.village === "" ? "工作表名" : "表头");
        const link = row["村（社区）"]?.link;
        expect(link && "sheet" in link ? link.sheet : undefined).toBe("乡镇汇总");
        const target = link && "cell" in link ? Number(link.cell.slice(1)) - 1 : -1;
        const linked = consolidated.rows[target] ?? [];
        expect(linked.map(value).slice(1, 3)).toEqual([v.expectedName, v.households[0]?.head]);
      });
      const total = stats[villages.length] as Record<string, SheetCell | null>;
      expect(value(total["村（社区）"])).toBe("合计");
      expect(value(total["户数"])).toBe(townshipFigures(t).households);
      expect(value(total["警告"])).toBe(townshipFigures(t).warnings);
    },
  );

  test("乡镇汇总 is 表A.1 with 村（社区）: one row per household, ticks as √, grades as letters", () => {
    const t = township("戴窑镇");
    const s = summarizeTownship(inputsOf(loaded, t), { today });
    const rows = records(sheet(summarySheets(s), "乡镇汇总"));
    const households = t.files.flatMap((f) => f.villages.flatMap((v) => v.households.map((h) => ({ v, h }))));
    expect(rows).toHaveLength(households.length);
    households.forEach(({ v, h }, i) => {
      const r = rows[i] as Record<string, SheetCell | null>;
      expect(value(r["序号"])).toBe(i + 1);
      expect(value(r["村（社区）"])).toBe(v.expectedName);
      expect(value(r["户主姓名"])).toBe(h.head);
      expect(value(r["房屋安全状况"])).toBe(h.intent.grade === "unrated" ? h.grade : h.intent.grade);
      expect(value(r["未改造"])).toBe(h.intent.history === "none" ? "√" : null);
      const ticks = rows[i] ? [value(rows[i]?.["维修加固"]), value(rows[i]?.["重建安置"])] : [];
      expect(ticks).toEqual([h.intent.reinforce ? "√" : null, h.intent.rebuild ? "√" : null]);
    });
  });

  test.each(["戴窑镇", "溱潼镇"])(
    "%s: filtering 明细 by village reproduces every figure of that village",
    (name) => {
      const t = township(name);
      const s = summarizeTownship(inputsOf(loaded, t), { today });
      const detail = records(sheet(summarySheets(s), "明细"));
      for (const v of t.files.flatMap((f) => f.villages)) {
        const mine = detail.filter((r) => value(r["村（社区）"]) === v.expectedName);
        expect(fromDetail(mine)).toEqual(villageFigures(v, tzRates(t.city)));
      }
      expect(fromDetail(detail)).toEqual(townshipFigures(t));
    },
  );
});

describe("city summary sheets", () => {
  test("市汇总, one 评估汇总表 per 市（区） in SPEC order, 明细, 安全住房率", () => {
    const s = summarizeCity([...loaded.inputs.values()], { today });
    const sheets = summarySheets(s, { safeHousing: safeHousingRate(s) });
    expect(sheets.map((x) => x.name)).toEqual([
      "市汇总",
      "姜堰区评估汇总表",
      "兴化市评估汇总表",
      "未指定评估汇总表",
      "明细",
      "安全住房率",
    ]);
  });

  test("市汇总: township rows, a 小计 per 市（区） and the 合计, with the intended figures", () => {
    const s = summarizeCity([...loaded.inputs.values()], { today });
    const rows = records(sheet(summarySheets(s), "市汇总"), "市（区）");
    const lines = rows.map((r) => [
      value(r["市（区）"]),
      value(r["乡镇（街道）"]),
      value(r["户数"]),
      value(r["补助测算（元）"]),
    ]);
    const f = (n: string) => townshipFigures(township(n));
    const sum = (...names: string[]) => names.map(f).reduce(plus, zero());
    expect(lines).toEqual([
      ["姜堰区", "溱潼镇", f("溱潼镇").households, f("溱潼镇").subsidyYuan],
      ["姜堰区 小计", null, sum("溱潼镇").households, sum("溱潼镇").subsidyYuan],
      ["兴化市", "戴窑镇", f("戴窑镇").households, f("戴窑镇").subsidyYuan],
      ["兴化市", "安丰镇", f("安丰镇").households, f("安丰镇").subsidyYuan],
      ["兴化市 小计", null, sum("戴窑镇", "安丰镇").households, sum("戴窑镇", "安丰镇").subsidyYuan],
      ["未指定", "新街镇", f("新街镇").households, f("新街镇").subsidyYuan],
      ["未指定 小计", null, sum("新街镇").households, sum("新街镇").subsidyYuan],
      [
        "合计",
        null,
        sum("溱潼镇", "戴窑镇", "安丰镇", "新街镇").households,
        sum("溱潼镇", "戴窑镇", "安丰镇", "新街镇").subsidyYuan,
      ],
    ]);
    // How each 市（区） was found is stated on its row, and 未指定 is flagged above the table.
    expect(
      rows.filter((r) => value(r["乡镇（街道）"]) !== null).map((r) => value(r["市（区）依据"])),
    ).toEqual(["房屋地址推断", "房屋地址推断", "房屋地址推断", "未指定"]);
    const top = sheet(summarySheets(s), "市汇总")
      .rows.slice(0, 10)
      .map((r) => r[0]);
    expect(top.some((c) => c?.style === "warn" && String(c.value).includes("新街镇"))).toBe(true);
  });

  test("each 评估汇总表 holds exactly its 市（区）'s households, with 乡镇（街道） and 村（社区）", () => {
    const s = summarizeCity([...loaded.inputs.values()], { today });
    const sheets = summarySheets(s);
    for (const city of ["兴化市", "姜堰区", "未指定"]) {
      const rows = records(sheet(sheets, `${city}评估汇总表`));
      const want = loaded.townships
        .filter((t) => t.city === city)
        .flatMap((t) =>
          t.files.flatMap((f) =>
            f.villages.flatMap((v) => v.households.map((h) => [t.township, v.expectedName, h.head])),
          ),
        );
      expect(
        rows.map((r) => [value(r["乡镇（街道）"]), value(r["村（社区）"]), value(r["户主姓名"])]),
      ).toEqual(want);
    }
  });
});

describe("summarize JSON (SPEC §5)", () => {
  test("township level: villages without city, total named 合计, no cities", () => {
    const s = summarizeTownship(inputsOf(loaded, township("安丰镇")), { today });
    const report = SummaryReportSchema.parse(toSummaryReport(s, { safeHousing: safeHousingRate(s) }));
    expect(report.level).toBe("township");
    expect(report.cities).toBeUndefined();
    expect(report.groups.map((g) => g.name)).toEqual(["北宋村", "红星村"]);
    expect(Object.keys(report.groups[0] ?? {})).toEqual([
      "name",
      "households",
      "grades",
      "history",
      "planned",
      "revisitOverdue",
      "errors",
      "warnings",
      "subsidyYuan",
      "appraisalYuan",
    ]);
    expect(report.total).toEqual({ name: "合计", ...townshipFigures(township("安丰镇")) });
  });

  test("city level: townships with their city, 市（区） subtotals, total", () => {
    const s = summarizeCity([...loaded.inputs.values()], { today });
    const report = SummaryReportSchema.parse(toSummaryReport(s));
    expect(report.groups.map((g) => [g.name, g.city])).toEqual([
      ["溱潼镇", "姜堰区"],
      ["戴窑镇", "兴化市"],
      ["安丰镇", "兴化市"],
      ["新街镇", "未指定"],
    ]);
    for (const g of report.groups) expect(figuresOnly(g)).toEqual(townshipFigures(township(g.name)));
    expect(report.cities?.map((c) => c.name)).toEqual(["姜堰区", "兴化市", "未指定"]);
    expect(report.total.name).toBe("合计");
    expect(report.total.city).toBeUndefined();
  });

  test("the schema refuses a city-level report without cities", () => {
    const s = summarizeCity([...loaded.inputs.values()], { today });
    const report = toSummaryReport(s);
    delete report.cities;
    expect(SummaryReportSchema.safeParse(report).success).toBe(false);
  });
});

describe("isSummarySheet", () => {
  test.each<[string, boolean]>([
    ["统计", true],
    ["乡镇汇总", true],
    ["市汇总", true],
    ["明细", true],
    ["抽查样本", true],
    ["安全住房率", true],
    ["兴化市评估汇总表", true],
    ["评估汇总表", false],
    ["张庄村", false],
    ["我的备注", false],
  ])("%s → %s", (name, own) => {
    expect(isSummarySheet(name)).toBe(own);
  });
});
