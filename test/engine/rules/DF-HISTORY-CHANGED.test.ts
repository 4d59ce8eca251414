import { renderMessage } from "../../../src/engine/messages";
import { cur, diffMarks, diffRun } from "./diff-harness";
import type { Household } from "./harness";

const RULE = "DF-HISTORY-CHANGED";
const REINFORCED: Household = { notRenovated: null, reinforcedYear: 2019 };
const REBUILT: Household = { notRenovated: null, rebuiltYear: 2020 };

describe(`${RULE}: a recorded year of works stays as it was`, () => {
  test.each<[string, Household, Household]>([
    ["未改造 both times", {}, {}],
    ["the same year", REINFORCED, REINFORCED],
    ["the same year written differently", REINFORCED, { ...REINFORCED, reinforcedYear: "2019年" }],
    ["the same year as a date", REBUILT, { ...REBUILT, rebuiltYear: "2020-05-01" }],
    ["a year added since (new works)", REINFORCED, { ...REINFORCED, rebuiltYear: 2024 }],
    ["未改造 last time, works now", {}, { notRenovated: null, reinforcedYear: 2024 }],
    ["`无` last time counts as empty", { ...REBUILT, reinforcedYear: "无" }, REBUILT],
  ])("%s: no finding", (_, before, now) => {
    expect(diffMarks(RULE, [before], [now])).toEqual([]);
  });

  test.each<[string, Household, Household, Array<[string[], string]>]>([
    [
      "维修加固年份 emptied",
      REINFORCED,
      { notRenovated: null, reinforcedYear: null, rebuiltYear: 2024 },
      [[["G5"], "户主1：“维修加固年份”上次（2023-12-31）为 2019，本次未填写（以往改造情况不应删除）。"]],
    ],
    [
      "重建安置年份 changed",
      REBUILT,
      { ...REBUILT, rebuiltYear: 2021 },
      [[["H5"], "户主1：“重建安置年份”上次（2023-12-31）为 2020，本次为 2021，请核实。"]],
    ],
    [
      "a year written `/` now",
      REBUILT,
      { ...REBUILT, rebuiltYear: "/", notRenovated: null },
      [[["H5"], "户主1：“重建安置年份”上次（2023-12-31）为 2020，本次未填写（以往改造情况不应删除）。"]],
    ],
    [
      "未改造 ticked where a year was recorded (and the year deleted)",
      REINFORCED,
      {},
      [
        [["F5"], "户主1：上次（2023-12-31）已填维修加固年份 2019，本次却勾选了“未改造”。"],
        [["G5"], "户主1：“维修加固年份”上次（2023-12-31）为 2019，本次未填写（以往改造情况不应删除）。"],
      ],
    ],
    [
      "both years changed: one finding per cell",
      { notRenovated: null, reinforcedYear: 2015, rebuiltYear: 2020 },
      { notRenovated: null, reinforcedYear: 2016, rebuiltYear: 2021 },
      [
        [["G5"], "户主1：“维修加固年份”上次（2023-12-31）为 2015，本次为 2016，请核实。"],
        [["H5"], "户主1：“重建安置年份”上次（2023-12-31）为 2020，本次为 2021，请核实。"],
      ],
    ],
  ])("%s", (_, before, now, expected) => {
    const found = diffRun(RULE, [before], [now]);
    expect(found.map((f) => [f.cells, renderMessage(f)])).toEqual(expected);
    expect(found.map((f) => cur(f.row, f.cells, f.severity))).toEqual(
      expected.map(([cells]) => cur(5, cells, "warning")),
    );
  });

  test("the previous submission's own RV findings are not repeated", () => {
    // 未改造 ticked with a year is RV-HISTORY-CONFLICT in the current workbook; the diff says only what changed.
    const found = diffRun(RULE, [REINFORCED], [{ ...REINFORCED, notRenovated: "√" }]);
    expect(found.map((f) => f.cells)).toEqual([["F5"]]);
  });
});
