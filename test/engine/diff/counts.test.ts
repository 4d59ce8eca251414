import { currentSheet, diffSheets, previousSheet } from "../rules/diff-harness";
import { checkWorkbook } from "../../../src/engine/check";
import { checkSheets, TODAY, validId, type Household } from "../rules/harness";

const id = (n: number) => validId(`3212811965011${String(1000 + n).slice(-4)}`);
const h = (n: number, extra: Household = {}): Household => ({
  head: `户${n}`,
  id: id(n),
  address: `${n}号`,
  ...extra,
});

describe("per-village counts and 合计 (SPEC §10)", () => {
  // Last time: 张庄村 1–5, 李庄村 6–8. Now: 张庄村 1–3 and 9 (new), 李庄村 6–8 and 4 (moved from 张庄村);
  // 5 is gone. 1 D → A without works (improved), 2 A → C (worsened), 3 and 6 revisit dates copied (stale);
  // 7 unrated last time, A now (neither improved nor worsened).
  const previous = [
    previousSheet(
      [h(1, { grade: "D", actRebuild: "√" }), h(2, { grade: "A" }), h(3), h(4), h(5)],
      { village: "张庄村" },
      "张庄村",
    ),
    previousSheet([h(6), h(7, { grade: "" }), h(8)], { village: "李庄村" }, "李庄村"),
  ];
  const current = [
    currentSheet(
      [
        h(1, { grade: "A" }),
        h(2, { grade: "C", actReinforce: "√" }),
        h(3, { revisitDate: "2023-12-10" }),
        h(9),
      ],
      { village: "张庄村" },
      "张庄村",
    ),
    currentSheet([h(6, { revisitDate: "2023-12-01" }), h(7), h(8), h(4)], { village: "李庄村" }, "李庄村"),
  ];
  const r = diffSheets(previous, current);

  test("villages in the current workbook's order, each counted where the spec says", () => {
    expect(r.villages).toEqual([
      {
        name: "张庄村",
        previous: 5,
        current: 4,
        new: 1,
        gone: 1,
        moved: 0,
        improved: 1,
        worsened: 1,
        stale: 1,
      },
      {
        name: "李庄村",
        previous: 3,
        current: 4,
        new: 0,
        gone: 0,
        moved: 1,
        improved: 0,
        worsened: 0,
        stale: 1,
      },
    ]);
    expect(r.total).toEqual({
      name: "合计",
      previous: 8,
      current: 8,
      new: 1,
      gone: 1,
      moved: 1,
      improved: 1,
      worsened: 1,
      stale: 2,
    });
  });

  test("the findings: current workbook in sheet and row order, then DF-GONE in the previous one", () => {
    expect(
      r.findings.map((f) => `${f.file}|${f.sheet}!${f.cells.join(",")} ${f.ruleId} ${f.severity}`),
    ).toEqual([
      "下半年.xlsx|张庄村!G5,H5,J5 DF-IMPROVED-NO-WORK error",
      "下半年.xlsx|张庄村!J6 DF-WORSENED info",
      "下半年.xlsx|张庄村!I7 DF-REVISIT-STALE warning",
      "下半年.xlsx|张庄村!B8 DF-NEW info",
      "下半年.xlsx|李庄村!I5 DF-REVISIT-STALE warning",
      "下半年.xlsx|李庄村!B8,D8 DF-MOVED warning",
      "上半年.xlsx|张庄村!B9 DF-GONE warning",
    ]);
    expect(r.counts).toEqual({ error: 1, warning: 4, info: 2 });
  });

  test("neither workbook's own RV/GEN findings are repeated", () => {
    expect(r.findings.every((f) => f.ruleId.startsWith("DF-"))).toBe(true);
  });

  test("a village that is gone entirely still has its row", () => {
    const g = diffSheets(previous, [current[0] as (typeof current)[0]]);
    expect(g.villages.map((v) => [v.name, v.previous, v.current, v.gone])).toEqual([
      ["张庄村", 5, 4, 2],
      ["李庄村", 3, 0, 3],
    ]);
  });
});

describe("checkWorkbook with rules: none (what the diff reads)", () => {
  test("tables found and rows parsed, no finding at all", () => {
    const sheet = previousSheet([{ grade: "D" }, { grade: "X", id: "123" }], { village: "张庄村" });
    const all = checkSheets([sheet]);
    const none = checkWorkbook({ sheets: [sheet], date1904: false }, { today: TODAY, rules: "none" });
    expect(all.findings.length).toBeGreaterThan(0);
    expect(none.findings).toEqual([]);
    expect(none.tables.map((t) => [t.info.sheet, t.rows.length])).toEqual([["张庄村", 2]]);
    expect(none.tables[0]?.info).toEqual(all.tables[0]?.info);
  });
});
