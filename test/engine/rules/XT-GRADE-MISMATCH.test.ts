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

const RULE = "XT-GRADE-MISMATCH";
const files = (h: Household, ledger: Partial<LedgerRow>): TestFile[] => [
  { file: "张庄村.xlsx", sheets: [revisit([rv("李春花", pid(1), h)])] },
  {
    file: "危改.xlsx",
    sheets: [
      renovation([
        { head: "赵四", id: pid(3) },
        { head: "李春花", id: pid(1), ...ledger },
      ]),
    ],
  },
];
const D = { grade: "D", actRebuild: "√" };

describe(RULE, () => {
  test.each<[string, Household, Partial<LedgerRow>]>([
    ["the same grade, not completed", { grade: "C", actReinforce: "√" }, { grade: "C级危房" }],
    ["D and D（整栋危险）", D, { grade: "D级危房（整栋危险）", method: "拆除重建" }],
    ["grades differ but the ledger row is completed (竣工验收 是)", D, { grade: "C", acceptance: "是" }],
    ["completed with a report number", D, { grade: "C", acceptance: "验收〔2023〕15号" }],
    ["the revisit grade is unreadable (RV-GRADE's)", { grade: "E" }, { grade: "C" }],
    ["the ledger grade is empty (RN-REQUIRED's)", D, { grade: null }],
    [
      "a ledger row of the same name in another village (no ID)",
      D,
      { id: null, village: "李家村", grade: "C" },
    ],
  ])("%s: no finding", (_, h, ledger) => {
    expect(xt(RULE, files(h, ledger))).toEqual([]);
  });

  test.each<[string, Household, Partial<LedgerRow>]>([
    ["revisit D, ledger C, not completed", D, { grade: "C" }],
    ["revisit A, ledger C (竣工验收 否)", {}, { grade: "C", acceptance: "否" }],
    [
      "revisit C, ledger D, 竣工验收 empty; matched by name + 村 (no ID)",
      { grade: "C", actReinforce: "√" },
      { id: null, grade: "D", acceptance: null },
    ],
  ])("%s: a warning on the revisit grade, the ledger's 危房等级 related", (_, h, ledger) => {
    expect(xt(RULE, files(h, ledger))).toEqual([
      {
        file: "张庄村.xlsx",
        sheet: "张庄村",
        row: 5,
        cells: ["J5"],
        severity: "warning",
        related: [{ file: "危改.xlsx", sheet: "危改台账", row: 4, cells: ["G4"] }],
      },
    ]);
  });

  test("the message names both places", () => {
    const f = checkTestFiles(files(D, { grade: "C" })).findings.find((x) => x.ruleId === RULE);
    expect(f && renderMessage(f)).toBe(
      "李春花：回访表房屋安全状况为 D 级，危房改造台账（危改.xlsx 危改台账!4）却登记为 C 级，请核实。",
    );
  });
});
