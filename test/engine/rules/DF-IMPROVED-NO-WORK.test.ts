import { renderMessage } from "../../../src/engine/messages";
import { cur, diffMarks, diffRun } from "./diff-harness";
import type { Household } from "./harness";

const RULE = "DF-IMPROVED-NO-WORK";
const D: Household = { grade: "D", actRebuild: "√" };
const C: Household = { grade: "C", actReinforce: "√" };
const A: Household = { grade: "A" };
const CELLS = ["G5", "H5", "J5"];

describe(`${RULE}: a C/D house graded A/B needs works since the last revisit`, () => {
  test.each<[string, Household, Household]>([
    ["D → A rebuilt the year of the last revisit", D, { ...A, notRenovated: null, rebuiltYear: 2023 }],
    ["D → B rebuilt after it", D, { grade: "B", notRenovated: null, rebuiltYear: "2024年" }],
    ["C → A reinforced since", C, { ...A, notRenovated: null, reinforcedYear: 2024 }],
    ["C → B rebuilt since", C, { grade: "B", notRenovated: null, rebuiltYear: 2023 }],
    ["D → D (not improved)", D, D],
    ["D → C (improved, still dangerous: not this rule)", D, C],
    ["B → A (never dangerous)", { grade: "B" }, A],
    ["D → unrated", D, { grade: "好" }],
    ["unrated → A", { grade: "?" }, A],
  ])("%s: no finding", (_, before, now) => {
    expect(diffMarks(RULE, [before], [now])).toEqual([]);
  });

  test.each<[string, Household, Household, "error" | "warning", string]>([
    [
      "was D, now A, no year at all: error",
      D,
      A,
      "error",
      "户主1：上次（2023-12-31）为 D 级，本次为 A 级，但未填写此后的重建安置年份。",
    ],
    [
      "was D, now A with only a 维修加固 year since: error (D needs rebuilding)",
      D,
      { ...A, notRenovated: null, reinforcedYear: 2024 },
      "error",
      "户主1：上次（2023-12-31）为 D 级，本次为 A 级，但未填写此后的重建安置年份。",
    ],
    [
      "was D, now B, rebuilt before the last revisit: error",
      D,
      { grade: "B", notRenovated: null, rebuiltYear: 2019 },
      "error",
      "户主1：上次（2023-12-31）为 D 级，本次为 B 级，但重建安置年份 2019 早于上次回访的 2023 年，未见此后重建安置。",
    ],
    [
      "was C, now A, no year: warning",
      C,
      A,
      "warning",
      "户主1：上次（2023-12-31）为 C 级，本次为 A 级，但未填写此后的维修加固或重建安置年份。",
    ],
    [
      "was C, now B, reinforced before the last revisit: warning",
      C,
      { grade: "B", notRenovated: null, reinforcedYear: 2020 },
      "warning",
      "户主1：上次（2023-12-31）为 C 级，本次为 B 级，但改造年份 2020 早于上次回访的 2023 年，未见此后维修加固或重建安置。",
    ],
  ])("%s", (_, before, now, severity, message) => {
    const found = diffRun(RULE, [before], [now]);
    expect(found.map((f) => ({ ...cur(f.row, f.cells, f.severity), file: f.file }))).toEqual([
      cur(5, CELLS, severity),
    ]);
    expect(found.map((f) => renderMessage(f))).toEqual([message]);
  });

  test("the year is the previous 回访时间's, else the previous 填报日期's", () => {
    // Revisited 2022-11-01 last time: a 2022 rebuilding counts.
    const before: Household = { ...D, revisitDate: "2022-11-01" };
    const now: Household = { ...A, notRenovated: null, rebuiltYear: 2022 };
    expect(diffMarks(RULE, [before], [now])).toEqual([]);
    // No readable previous 回访时间: the previous 填报日期 (2023-12-31) sets 2023, so 2022 is too early.
    expect(diffMarks(RULE, [{ ...D, revisitDate: null }], [now])).toEqual([cur(5, CELLS, "error")]);
    expect(diffMarks(RULE, [{ ...D, revisitDate: "不详" }], [{ ...now, rebuiltYear: 2023 }])).toEqual([]);
  });

  test("only the changed household is marked, at its own row", () => {
    expect(diffMarks(RULE, [{}, D, {}], [{}, A, {}])).toEqual([cur(6, ["G6", "H6", "J6"], "error")]);
  });
});
