import { recordTable, summaryRows, SUMMARY_COLUMNS } from "../../src/ui/summary";

const fig = (households: number) => ({
  households,
  grades: { A: households, B: 0, C: 0, D: 0, unrated: 0 },
  history: { none: households, reinforced: 0, rebuilt: 0 },
  planned: { reinforce: 0, rebuild: 0 },
  revisitOverdue: 0,
  errors: 1,
  warnings: 2,
  subsidyYuan: 20000,
  appraisalYuan: 100,
});

test("township level: one row per village, then the total", () => {
  const got = summaryRows({
    level: "township",
    groups: [
      { name: "张庄村", ...fig(3) },
      { name: "李家村", ...fig(2) },
    ],
    total: fig(5),
  });
  expect(got?.rows.map((r) => [r.kind, r.name, r.figures.households])).toEqual([
    ["group", "张庄村", 3],
    ["group", "李家村", 2],
    ["total", "", 5],
  ]);
});

test("city level: townships under their 市（区） subtotal, unplaced townships after, then the total", () => {
  const got = summaryRows({
    level: "city",
    groups: [
      { name: "戴窑镇", city: "兴化市", ...fig(3) },
      { name: "蒋垛镇", city: "姜堰区", ...fig(4) },
      { name: "安丰镇", city: "兴化市", ...fig(1) },
      { name: "某镇", city: "未指定", ...fig(1) },
    ],
    cities: [
      { name: "兴化市", ...fig(4) },
      { name: "姜堰区", ...fig(4) },
    ],
    total: fig(9),
  });
  expect(got?.rows.map((r) => `${r.kind}:${r.name}`)).toEqual([
    "group:戴窑镇",
    "group:安丰镇",
    "subtotal:兴化市",
    "group:蒋垛镇",
    "subtotal:姜堰区",
    "group:某镇",
    "total:",
  ]);
});

test("not a summary: undefined; a list of records becomes a plain table", () => {
  expect(summaryRows({ level: "village" })).toBeUndefined();
  expect(summaryRows(null)).toBeUndefined();
  expect(
    recordTable({
      seed: 7,
      households: [
        { 户主: "张三", 村: "张庄村" },
        { 户主: "李四", 村: "李家村", 行: 9 },
      ],
    }),
  ).toEqual({
    columns: ["户主", "村", "行"],
    rows: [
      ["张三", "张庄村", ""],
      ["李四", "李家村", "9"],
    ],
  });
  expect(recordTable({ nothing: 1 })).toBeUndefined();
});

test("the preview has a column for every SPEC §5 figure", () => {
  const f = fig(7);
  expect(SUMMARY_COLUMNS.map((c) => c.value(f))).toEqual([
    7, 7, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 1, 2, 20000, 100,
  ]);
});
