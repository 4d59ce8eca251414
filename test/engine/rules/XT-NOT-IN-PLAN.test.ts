import { renderMessage } from "../../../src/engine/messages";
import {
  checkTestFiles,
  pid,
  relocation,
  renovation,
  revisit,
  rv,
  xt,
  type TestFile,
} from "../cross/harness";

const RULE = "XT-NOT-IN-PLAN";
const V = "张庄村.xlsx";
const C = { grade: "C", actReinforce: "√" };
const D = { grade: "D", actRebuild: "√" };
const withLedger = (rows: Parameters<typeof renovation>[0], more: TestFile[] = []): TestFile[] => [
  { file: V, sheets: [revisit([rv("李春花", pid(1), C), rv("王大山", pid(2), D), rv("赵四", pid(3))])] },
  { file: "危改.xlsx", sheets: [renovation(rows)] },
  ...more,
];
const at = (row: number, cell: string) => ({
  file: V,
  sheet: "张庄村",
  row,
  cells: [cell],
  severity: "error",
  related: [],
});

describe(RULE, () => {
  test.each<[string, TestFile[]]>([
    [
      "C and D households in the renovation ledger by ID",
      withLedger([
        { head: "李春花", id: pid(1) },
        { head: "王大山", id: pid(2), grade: "D", method: "拆除重建" },
      ]),
    ],
    [
      "matched by 户主姓名 + 村 only (the ledger has no ID): a look-alike by name and village is the household",
      withLedger([{ head: "李春花" }, { head: " 王大山 ", village: "张庄村", grade: "D" }]),
    ],
    [
      "one in the renovation ledger, the other in the relocation ledger",
      withLedger(
        [{ head: "李春花", id: pid(1) }],
        [{ file: "搬迁.xlsx", sheets: [relocation([{ head: "王大山", id: pid(2) }])] }],
      ),
    ],
    [
      "no renovation ledger given (a relocation ledger only): not checked",
      [
        { file: V, sheets: [revisit([rv("李春花", pid(1), C)])] },
        { file: "搬迁.xlsx", sheets: [relocation([{ head: "某某", id: pid(9) }])] },
      ],
    ],
    [
      "two ledger rows named 李春花 in 张庄村, neither with an ID: ambiguous, not reported missing",
      withLedger([{ head: "李春花" }, { head: "李春花" }, { head: "王大山", id: pid(2) }]),
    ],
  ])("%s: no finding", (_, files) => {
    expect(xt(RULE, files)).toEqual([]);
  });

  test("C and D households in no ledger: an error on each grade; an A household is never reported", () => {
    expect(xt(RULE, withLedger([{ head: "赵四", id: pid(3) }]))).toEqual([at(5, "J5"), at(6, "J6")]);
  });

  test("a ledger row of the same name in another village is another household", () => {
    const files = withLedger([
      { head: "李春花", village: "李家村" },
      { head: "王大山", id: pid(2) },
    ]);
    expect(xt(RULE, files)).toEqual([at(5, "J5")]);
  });

  test("the message names the household, its grade and what is missing", () => {
    const found = checkTestFiles(withLedger([{ head: "赵四", id: pid(3) }])).findings.filter(
      (f) => f.ruleId === RULE,
    );
    expect(found[0] && renderMessage(found[0])).toBe(
      "李春花：房屋安全状况为 C 级，却不在所给的危房改造台账或易地扶贫搬迁台账中，应列入当年改造计划。",
    );
  });
});
