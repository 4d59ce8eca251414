import { marks, run, type Household } from "./harness";

const RULE = "RV-REVISIT-BEFORE-WORK";
const WORKS: Household = { notRenovated: null };

describe(RULE, () => {
  test.each<[string, Household]>([
    ["no works recorded", { revisitDate: "2023-05-01" }],
    ["revisit in the year of the works", { ...WORKS, reinforcedYear: 2024, revisitDate: "2024-01-02" }],
    ["revisit after the works", { ...WORKS, rebuiltYear: "2019年", revisitDate: "2024-05-20" }],
    ["an unreadable year", { ...WORKS, reinforcedYear: "不详", revisitDate: "2023-05-01" }],
    ["an unreadable revisit date", { ...WORKS, reinforcedYear: 2024, revisitDate: "去年" }],
  ])("%s: no finding", (_, h) => {
    expect(marks(RULE, [h])).toEqual([]);
  });

  test.each<[string, Household, string[], number]>([
    [
      "revisit the year before 维修加固",
      { reinforcedYear: 2024, revisitDate: "2023-12-31" },
      ["G6", "I6"],
      2024,
    ],
    [
      "revisit the year before 重建安置",
      { rebuiltYear: "2024年", revisitDate: "2023-06-01" },
      ["H6", "I6"],
      2024,
    ],
    [
      "revisit before both works",
      { reinforcedYear: 2023, rebuiltYear: 2024, revisitDate: "2022-11-01" },
      ["G6", "H6", "I6"],
      2024,
    ],
    [
      "revisit between the two works: only the later one",
      { reinforcedYear: 2018, rebuiltYear: 2024, revisitDate: "2023-11-01" },
      ["H6", "I6"],
      2024,
    ],
  ])("%s: warning on the date and the year", (_, h, cells, workYear) => {
    const found = run([{}, { ...WORKS, ...h }], { rule: RULE });
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
      { row: 6, cells, severity: "warning" },
    ]);
    expect(found[0]?.params.workYear).toBe(workYear);
  });
});
