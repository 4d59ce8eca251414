import { marks, run, type Household, type HouseholdField } from "./harness";

const RULE = "RV-REQUIRED";

describe(RULE, () => {
  test("all four filled: no finding", () => {
    expect(marks(RULE, [{}, {}])).toEqual([]);
  });

  test.each<[string, HouseholdField, string, string]>([
    ["户主姓名", "head", "B6", "户主姓名"],
    ["房屋地址", "address", "D6", "房屋地址"],
    ["回访时间", "revisitDate", "I6", "回访时间"],
    ["房屋安全状况", "grade", "J6", "房屋安全状况"],
  ])("%s empty: error on that cell", (_, field, address, column) => {
    for (const empty of [null, "", "   ", "\u3000"]) {
      const found = run([{}, { [field]: empty }], { rule: RULE });
      expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
        { row: 6, cells: [address], severity: "error" },
      ]);
      expect(found[0]?.params.column).toBe(column);
    }
  });

  test("several empty in one row: one finding per cell", () => {
    expect(marks(RULE, [{ head: null, address: null, revisitDate: null, grade: null }])).toEqual([
      { row: 5, cells: ["B5"], severity: "error" },
      { row: 5, cells: ["D5"], severity: "error" },
      { row: 5, cells: ["I5"], severity: "error" },
      { row: 5, cells: ["J5"], severity: "error" },
    ]);
  });

  test.each<[string, Household]>([
    ["联系方式 (RV-PHONE's)", { phone: null }],
    ["身份证号 (optional)", { id: null }],
    ["序号", { seq: null }],
    ["the history and disposition ticks", { notRenovated: null, actReinforce: null, actRebuild: null }],
  ])("%s empty: not this rule", (_, h) => {
    expect(marks(RULE, [h])).toEqual([]);
  });

  test("the header as the sheet writes it names the column", () => {
    const found = run([{ revisitDate: null }], { headers: { revisitDate: "回访\n日期" }, rule: RULE });
    expect(found.map((f) => [f.cells, f.params.column])).toEqual([[["I5"], "回访日期"]]);
  });
});
