import type { CheckReport, FindingJson } from "../../src/engine/report";
import {
  NO_FILTERS,
  cellMarks,
  facetCounts,
  filterFindings,
  groupFindings,
  toItems,
  type FindingGroup,
} from "../../src/ui/findings";

const f = (
  ruleId: string,
  severity: FindingJson["severity"],
  sheet: string,
  row: number,
  cells: string[],
  message = `${ruleId} at ${sheet}!${row}`,
): FindingJson => ({ ruleId, severity, sheet, row, cells, message, clause: "TZ 注3" });

const report = (findings: FindingJson[]): CheckReport => ({
  schemaVersion: 1,
  file: "t.xlsx",
  tables: [],
  findings,
  counts: {
    error: findings.filter((x) => x.severity === "error").length,
    warning: findings.filter((x) => x.severity === "warning").length,
    info: findings.filter((x) => x.severity === "info").length,
  },
});

const FINDINGS = [
  f("RV-PHONE", "warning", "张庄村", 8, ["C8"], "赵桂兰：联系方式“1381234”不是有效的手机号或固定电话。"),
  f(
    "RV-D-NOT-REBUILD",
    "error",
    "张庄村",
    5,
    ["J5", "L5"],
    "张卫东：房屋安全状况为 D 级，处理意见应勾选“重建安置”。",
  ),
  f("GEN-UNKNOWN-SHEET", "info", "填表说明", 1, []),
  f("RV-D-NOT-REBUILD", "error", "李家村", 9, ["I9", "K9"]),
  f("GEN-DUPLICATE", "error", "张庄村", 6, ["E6"]),
  f("RV-REVISIT-OVERDUE", "warning", "张庄村", 8, ["I8"]),
  f("GEN-DUPLICATE", "warning", "王庄社区", 5, ["B5", "D5"]),
];
const label = { severity: (s: string) => s.toUpperCase(), rule: (id: string) => `title of ${id}` };

describe("groupFindings", () => {
  const { items, groups } = groupFindings(toItems(report(FINDINGS)), label);

  test("severity groups in order error, warning, info; rules in catalogue order inside", () => {
    expect(groups.map((g) => [g.name, g.startIndex, g.count])).toEqual([
      ["ERROR", 0, 3],
      ["WARNING", 3, 3],
      ["INFO", 6, 1],
    ]);
    const kids = (g: FindingGroup | undefined) =>
      g?.children?.map((c) => [c.data.ruleId, c.startIndex, c.count]);
    // GEN-DUPLICATE comes before RV-* in the rule registry.
    expect(kids(groups[0])).toEqual([
      ["GEN-DUPLICATE", 0, 1],
      ["RV-D-NOT-REBUILD", 1, 2],
    ]);
    expect(kids(groups[1])).toEqual([
      ["GEN-DUPLICATE", 3, 1],
      ["RV-PHONE", 4, 1],
      ["RV-REVISIT-OVERDUE", 5, 1],
    ]);
  });

  test("every item sits inside exactly the rule group that names it, reported order kept within a rule", () => {
    for (const g of groups) {
      for (const c of g.children ?? []) {
        for (let i = c.startIndex; i < c.startIndex + c.count; i++) {
          expect(items[i]?.ruleId).toBe(c.data.ruleId);
          expect(items[i]?.severity).toBe(g.data.severity);
        }
      }
    }
    const dnr = items.filter((x) => x.ruleId === "RV-D-NOT-REBUILD").map((x) => x.sheet);
    expect(dnr).toEqual(["张庄村", "李家村"]);
    expect(items).toHaveLength(FINDINGS.length);
  });

  test("no findings, no groups", () => {
    expect(groupFindings([], label)).toEqual({ items: [], groups: [] });
  });
});

describe("filterFindings", () => {
  const items = toItems(report(FINDINGS));
  test.each<[string, Partial<typeof NO_FILTERS>, number]>([
    ["nothing", {}, 7],
    ["severity", { severities: ["warning"] }, 3],
    ["two severities", { severities: ["warning", "info"] }, 4],
    ["rule", { rules: ["GEN-DUPLICATE"] }, 2],
    ["sheet", { sheets: ["张庄村"] }, 4],
    ["rule and sheet", { rules: ["GEN-DUPLICATE"], sheets: ["王庄社区"] }, 1],
    ["household name", { text: "张卫东" }, 1],
    ["cell address, any case", { text: "j5" }, 1],
    ["sheet!cell", { text: "张庄村!C8" }, 1],
    ["every word must match", { text: "张庄村 RV-PHONE" }, 1],
    ["full-width input folds", { text: "Ｊ５" }, 1],
    ["row number", { text: "#9" }, 1],
    ["no match", { text: "不存在的户" }, 0],
  ])("%s", (_name, filters, count) => {
    expect(filterFindings(items, { ...NO_FILTERS, ...filters })).toHaveLength(count);
  });
});

test("facetCounts: counts per severity, rule and sheet", () => {
  const facets = facetCounts(FINDINGS);
  expect(facets.severities).toEqual([
    { key: "error", count: 3 },
    { key: "warning", count: 3 },
    { key: "info", count: 1 },
  ]);
  expect(facets.rules.find((r) => r.key === "GEN-DUPLICATE")?.count).toBe(2);
  expect(facets.sheets).toEqual([
    { key: "张庄村", count: 4 },
    { key: "填表说明", count: 1 },
    { key: "李家村", count: 1 },
    { key: "王庄社区", count: 1 },
  ]);
});

test("cellMarks: the worst severity per cell, every finding that touches it", () => {
  const marks = cellMarks([
    f("RV-REVISIT-OVERDUE", "warning", "张庄村", 16, ["I16"]),
    f("RV-REVISIT-BEFORE-WORK", "warning", "张庄村", 16, ["H16", "I16"]),
    f("RV-REVISIT-DATE", "error", "张庄村", 16, ["I16"]),
    f("RV-C-REBUILD", "info", "张庄村", 11, ["L11"]),
  ]);
  const zz = marks.get("张庄村");
  expect(zz?.get("I16")?.severity).toBe("error");
  expect(zz?.get("I16")?.findings).toHaveLength(3);
  expect(zz?.get("H16")?.severity).toBe("warning");
  expect(zz?.get("L11")?.severity).toBe("info");
  expect(zz?.size).toBe(3);
});
