import { renderMessage } from "../../../src/engine/messages";
import type { Household } from "./harness";
import {
  checkTestFiles,
  pid,
  renovation,
  revisit,
  rv,
  xt,
  type LedgerRow,
  type TestFile,
} from "../cross/harness";

const RULE = "XT-STILL-DANGEROUS";
const files = (h: Household, ledger: Partial<LedgerRow>): TestFile[] => [
  {
    file: "张庄村.xlsx",
    sheets: [revisit([rv("李春花", pid(1), { notRenovated: null, reinforcedYear: 2023, ...h })])],
  },
  { file: "危改.xlsx", sheets: [renovation([{ head: "李春花", id: pid(1), ...ledger }])] },
];
const done = { acceptance: "是", movedIn: "已入住" };

describe(RULE, () => {
  test.each<[string, Household, Partial<LedgerRow>]>([
    ["completed, graded B now", { grade: "B" }, done],
    ["completed, graded A now", { grade: "A" }, done],
    ["graded C, the renovation not completed", { grade: "C", actReinforce: "√" }, { acceptance: "否" }],
    [
      "graded D, a look-alike's completed row in another township (no ID)",
      { grade: "D", actRebuild: "√" },
      { ...done, id: null, township: "新街镇" },
    ],
  ])("%s: no finding", (_, h, ledger) => {
    expect(xt(RULE, files(h, ledger))).toEqual([]);
  });

  test.each<[string, Household]>([
    ["graded C", { grade: "C", actReinforce: "√" }],
    ["graded D", { grade: "D", actRebuild: "√" }],
  ])("completed, %s: a warning on the grade, the ledger's 竣工验收 related", (_, h) => {
    expect(xt(RULE, files(h, done))).toEqual([
      {
        file: "张庄村.xlsx",
        sheet: "张庄村",
        row: 5,
        cells: ["J5"],
        severity: "warning",
        related: [{ file: "危改.xlsx", sheet: "危改台账", row: 3, cells: ["L3"] }],
      },
    ]);
  });

  test("the message names both places", () => {
    const f = checkTestFiles(files({ grade: "C", actReinforce: "√" }, done)).findings.find(
      (x) => x.ruleId === RULE,
    );
    expect(f && renderMessage(f)).toBe(
      "李春花：危房改造台账（危改.xlsx 危改台账!3）显示维修加固已竣工验收，回访表房屋安全状况却为 C 级，请核实工程质量或重新评定。",
    );
  });
});
