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

const RULE = "XT-METHOD-MISMATCH";
const files = (h: Household, ledger: Partial<LedgerRow>): TestFile[] => [
  { file: "张庄村.xlsx", sheets: [revisit([rv("赵四", pid(3)), rv("李春花", pid(1), h)])] },
  { file: "危改.xlsx", sheets: [renovation([{ head: "李春花", id: pid(1), ...ledger }])] },
];
const reinforce = { grade: "C", actReinforce: "√" };
const rebuild = { grade: "C", actRebuild: "√" };

describe(RULE, () => {
  test.each<[string, Household, Partial<LedgerRow>]>([
    ["维修加固 both", reinforce, { method: "维修加固" }],
    ["修缮加固 in the ledger, 维修加固 ticked", reinforce, { method: "修缮加固" }],
    ["翻建新建 in the ledger, 重建安置 ticked", rebuild, { method: "翻建新建" }],
    ["they differ, but the renovation is completed", rebuild, { method: "维修加固", acceptance: "是" }],
    ["no disposition ticked (RV's)", { grade: "C" }, { method: "拆除重建" }],
    [
      "both ticked (RV-ACTION-BOTH's)",
      { grade: "C", actReinforce: "√", actRebuild: "√" },
      { method: "拆除重建" },
    ],
    ["an unreadable 改造方式 (RN's)", reinforce, { method: "其他" }],
  ])("%s: no finding", (_, h, ledger) => {
    expect(xt(RULE, files(h, ledger))).toEqual([]);
  });

  test.each<[string, Household, Partial<LedgerRow>]>([
    ["拆除重建 in the ledger, 维修加固 ticked", reinforce, { method: "拆除重建" }],
    ["维修加固 in the ledger, 重建安置 ticked", rebuild, { method: "维修加固" }],
    [
      "whatever the grades: A with 重建安置 ticked, 加固改造 in the ledger",
      { actRebuild: "√" },
      { method: "加固改造" },
    ],
  ])("%s: a warning on the two 处理意见 cells, the ledger's 改造方式 related", (_, h, ledger) => {
    expect(xt(RULE, files(h, ledger))).toEqual([
      {
        file: "张庄村.xlsx",
        sheet: "张庄村",
        row: 6,
        cells: ["K6", "L6"],
        severity: "warning",
        related: [{ file: "危改.xlsx", sheet: "危改台账", row: 3, cells: ["H3"] }],
      },
    ]);
  });

  test("the message names both places", () => {
    const f = checkTestFiles(files(reinforce, { method: "拆除重建" })).findings.find(
      (x) => x.ruleId === RULE,
    );
    expect(f && renderMessage(f)).toBe(
      "李春花：危房改造台账（危改.xlsx 危改台账!3）改造方式为“拆除重建”，回访表处理意见却勾选“维修加固”。",
    );
  });
});
