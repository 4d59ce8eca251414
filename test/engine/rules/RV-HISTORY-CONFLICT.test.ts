import { marks, run, type Household } from "./harness";

const RULE = "RV-HISTORY-CONFLICT";

describe(RULE, () => {
  test.each<[string, Household]>([
    ["only 未改造", { notRenovated: "√" }],
    ["only a year", { notRenovated: null, reinforcedYear: 2019 }],
    ["未改造 written 否 with a year", { notRenovated: "否", rebuiltYear: 2019 }],
    ["both years, no tick", { notRenovated: null, reinforcedYear: 2012, rebuiltYear: 2019 }],
    [
      "未改造 with 无 and / written in the years",
      { notRenovated: "√", reinforcedYear: "无", rebuiltYear: "/" },
    ],
    ["未改造 with — and 0 written in the years", { notRenovated: "√", reinforcedYear: "—", rebuiltYear: 0 }],
  ])("%s: no finding", (_, h) => {
    expect(marks(RULE, [h])).toEqual([]);
  });

  test.each<[string, Household, string[], string]>([
    ["维修加固年份", { reinforcedYear: 2019 }, ["F6", "G6"], "维修加固年份"],
    ["重建安置年份", { rebuiltYear: "2019年" }, ["F6", "H6"], "重建安置年份"],
    [
      "both years",
      { reinforcedYear: 2012, rebuiltYear: 2019 },
      ["F6", "G6", "H6"],
      "维修加固年份、重建安置年份",
    ],
    ["an unreadable year", { reinforcedYear: "不详" }, ["F6", "G6"], "维修加固年份"],
  ])("未改造 ticked and %s filled: error on the tick and the year cells", (_, h, cells, columns) => {
    const found = run([{}, { notRenovated: "√", ...h }], { rule: RULE });
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
      { row: 6, cells, severity: "error" },
    ]);
    expect(found[0]?.params.columns).toBe(columns);
  });
});
