import { renderMessage } from "../../../src/engine/messages";
import type { RosterPerson } from "../roster/sheets";
import { personRosterSheet } from "../roster/sheets";
import { checkTestFiles, pid, revisit, roster, rv, xt, type TestFile } from "../cross/harness";

const RULE = "XT-ROSTER-MISSING";
const V = "张庄村.xlsx";
const R = "名单.xlsx";
const files = (people: RosterPerson[]): TestFile[] => [
  { file: V, sheets: [revisit([rv("赵四", pid(3)), rv("李春花", null)])] },
  { file: R, sheets: [roster(people)], roster: true },
];

describe(RULE, () => {
  test.each<[string, RosterPerson[]]>([
    [
      "both on the roster are revisited (by ID; by 户主姓名 + 村)",
      [
        { head: "赵四", id: pid(3) },
        { head: "李春花", id: pid(1) },
      ],
    ],
    [
      "a roster household of a village with no revisit table here",
      [{ head: "王大山", id: pid(2), village: "李家村" }],
    ],
    ["of 张庄村 in another township (新街镇)", [{ head: "王大山", id: pid(2), township: "新街镇" }]],
    ["a row with neither 村 nor 乡镇", [{ head: "王大山", id: pid(2), village: "", township: "" }]],
    [
      "a row without 村 whose 乡镇 has no revisit table here",
      [{ head: "王大山", id: pid(2), village: "", township: "新街镇" }],
    ],
  ])("%s: no finding", (_, people) => {
    expect(xt(RULE, files(people))).toEqual([]);
  });

  test("a roster household of 张庄村 with no revisit row: an error on the roster's 户主姓名, the village's table related", () => {
    const people = [
      { head: "赵四", id: pid(3) },
      { head: "王大山", id: pid(2) },
    ];
    expect(xt(RULE, files(people))).toEqual([
      {
        file: R,
        sheet: "低收入人口名单",
        row: 5,
        cells: ["D5"],
        severity: "error",
        related: [{ file: V, sheet: "张庄村", row: 5, cells: [] }],
      },
    ]);
    const f = checkTestFiles(files(people)).findings.find((x) => x.ruleId === RULE);
    expect(f && renderMessage(f)).toBe(
      "王大山：在低收入人口名单中，但“张庄村”的回访表中没有这一户，请补充回访。",
    );
  });

  test("a row without 村 whose 乡镇 has a revisit table here is reported", () => {
    expect(
      xt(RULE, files([{ head: "王大山", id: pid(2), village: "" }])).map((m) => [m.row, m.cells]),
    ).toEqual([[4, ["D4"]]]);
  });

  test("a roster one row per person: family members are not households", () => {
    const people = [
      { seq: 1, head: "赵四", relation: "户主", id: pid(3) },
      { head: "赵小四", relation: "子女", id: pid(4) },
      { seq: 2, head: "王大山", relation: "本人", id: pid(2) },
    ];
    const found = xt(RULE, [
      { file: V, sheets: [revisit([rv("赵四", pid(3))])] },
      { file: R, sheets: [personRosterSheet(people)], roster: true },
    ]);
    expect(found.map((m) => [m.sheet, m.row, m.cells])).toEqual([["名单", 4, ["C4"]]]);
  });

  test("a roster sheet in a positional file counts as well", () => {
    const people = [{ head: "王大山", id: pid(2) }];
    const found = xt(RULE, [{ file: V, sheets: [revisit([rv("赵四", pid(3))]), roster(people)] }], true);
    expect(found.map((m) => [m.file, m.row])).toEqual([[V, 4]]);
  });
});
