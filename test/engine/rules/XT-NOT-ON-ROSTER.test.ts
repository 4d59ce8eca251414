import { renderMessage } from "../../../src/engine/messages";
import type { RosterPerson } from "../roster/sheets";
import { personRosterSheet } from "../roster/sheets";
import { checkTestFiles, pid, revisit, roster, rv, xt, type TestFile } from "../cross/harness";

const RULE = "XT-NOT-ON-ROSTER";
const V = "张庄村.xlsx";
const files = (people: RosterPerson[], asRoster = true): TestFile[] => [
  { file: V, sheets: [revisit([rv("赵四", pid(3)), rv("李春花", null)])] },
  { file: "名单.xlsx", sheets: [roster(people)], roster: asRoster },
];

describe(RULE, () => {
  test.each<[string, TestFile[]]>([
    [
      "both on the roster (by ID; by 户主姓名 + 村)",
      files([
        { head: "赵四", id: pid(3) },
        { head: "李春花", id: pid(1) },
      ]),
    ],
    [
      "the roster is a positional file, not --roster: not checked",
      files([{ head: "某某", id: pid(9) }], false),
    ],
    [
      "李春花 twice in 张庄村 on the roster: ambiguous, not reported",
      files([
        { head: "赵四", id: pid(3) },
        { head: "李春花", id: null },
        { head: "李春花", id: null },
      ]),
    ],
  ])("%s: no finding", (_, f) => {
    expect(xt(RULE, f)).toEqual([]);
  });

  test("a revisit household not on the roster: a warning on its 户主姓名", () => {
    const f = files([
      { head: "赵四", id: pid(3) },
      { head: "李春花", village: "李家村" },
    ]);
    expect(xt(RULE, f)).toEqual([
      { file: V, sheet: "张庄村", row: 6, cells: ["B6"], severity: "warning", related: [] },
    ]);
    const found = checkTestFiles(f).findings.find((x) => x.ruleId === RULE);
    expect(found && renderMessage(found)).toBe(
      "李春花：不在所给的低收入人口名单中，请核实是否属于保障对象。",
    );
  });

  test("only 户主/本人 rows of a roster one row per person are households", () => {
    const people = [
      { seq: 1, head: "王大山", relation: "户主", id: pid(2) },
      { head: "赵四", relation: "配偶", id: pid(3) },
      { seq: 2, head: "李春花", relation: "本人", id: pid(1) },
    ];
    const found = xt(RULE, [
      { file: V, sheets: [revisit([rv("赵四", pid(3)), rv("李春花", null)])] },
      { file: "名单.xlsx", sheets: [personRosterSheet(people)], roster: true },
    ]);
    expect(found.map((m) => [m.row, m.cells])).toEqual([[5, ["B5"]]]);
  });
});
