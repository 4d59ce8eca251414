import type { Finding } from "../../../src/engine/model/types";
import { checkSheets, revisitSheet, toMarks, type Household, type HouseholdField } from "./harness";

const RULE = "GEN-MISSING-COLUMN";

function check(blank: readonly HouseholdField[], households: readonly Household[] = [{}, {}]) {
  const headers = Object.fromEntries(blank.map((f) => [f, ""]));
  return checkSheets([revisitSheet(households, { headers })]);
}

const only = (findings: readonly Finding[], id: string) => findings.filter((f) => f.ruleId === id);

describe(RULE, () => {
  test("every required column present: no finding", () => {
    expect(only(check([]).findings, RULE)).toEqual([]);
  });

  test("optional columns (序号, 身份证号) absent: no finding", () => {
    expect(only(check(["seq", "id"]).findings, RULE)).toEqual([]);
  });

  test.each<[HouseholdField, string]>([
    ["head", "户主姓名"],
    ["phone", "联系方式"],
    ["address", "房屋地址"],
    ["notRenovated", "未改造"],
    ["reinforcedYear", "维修加固年份"],
    ["rebuiltYear", "重建安置年份"],
    ["revisitDate", "回访时间"],
    ["grade", "房屋安全状况"],
    ["actReinforce", "处理意见 维修加固"],
    ["actRebuild", "处理意见 重建安置"],
  ])("%s absent: one error on the header naming %s", (field, label) => {
    const found = only(check([field]).findings, RULE);
    expect(toMarks(found)).toEqual([{ row: 3, cells: ["A3"], severity: "error" }]);
    expect(found[0]?.params.column).toBe(label);
  });

  test("several absent: one finding per absent column, table still revisit", () => {
    const result = check(["phone", "grade", "revisitDate"]);
    expect(result.tables.map((t) => t.info.kind)).toEqual(["revisit"]);
    expect(only(result.findings, "GEN-UNKNOWN-SHEET")).toEqual([]);
    expect(
      only(result.findings, RULE)
        .map((f) => f.params.column)
        .sort(),
    ).toEqual(["回访时间", "房屋安全状况", "联系方式"].sort());
  });

  test("rules needing an absent column are skipped, the others still run", () => {
    // Values that would break the skipped rules if their columns had been found.
    const bad: Household = { phone: "123", grade: "E", revisitDate: "no date", head: null };
    const result = check(["phone", "grade", "revisitDate"], [bad]);
    const ids = new Set(result.findings.map((f) => f.ruleId));
    for (const skipped of [
      "RV-PHONE",
      "RV-GRADE",
      "RV-REVISIT-DATE",
      "RV-REVISIT-OVERDUE",
      "RV-AB-ACTION",
      "RV-D-NOT-REBUILD",
    ])
      expect(ids.has(skipped)).toBe(false);
    // RV-REQUIRED still checks the columns that exist, and not the absent ones.
    expect(toMarks(only(result.findings, "RV-REQUIRED"))).toEqual([
      { row: 5, cells: ["B5"], severity: "error" },
    ]);
  });
});
