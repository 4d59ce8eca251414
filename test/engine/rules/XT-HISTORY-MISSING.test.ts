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

const RULE = "XT-HISTORY-MISSING";
const files = (h: Household, ledger: Partial<LedgerRow>): TestFile[] => [
  { file: "张庄村.xlsx", sheets: [revisit([rv("李春花", pid(1), { grade: "B", ...h })])] },
  {
    file: "危改.xlsx",
    sheets: [
      renovation([
        { head: "赵四", id: pid(3) },
        { head: "李春花", id: pid(1), year: 2023, ...ledger },
      ]),
    ],
  },
];
const done = { acceptance: "是", movedIn: "已入住" };
const reinforced2023 = { notRenovated: null, reinforcedYear: 2023 };

describe(RULE, () => {
  test.each<[string, Household, Partial<LedgerRow>]>([
    ["维修加固 completed in 2023, 维修加固年份 2023", reinforced2023, { ...done }],
    ["年份 written 2023年", { notRenovated: null, reinforcedYear: "2023年" }, { ...done, year: "2023年度" }],
    [
      "拆除重建 completed in 2022, 重建安置年份 2022",
      { notRenovated: null, rebuiltYear: 2022 },
      { ...done, method: "拆除重建", grade: "D", year: 2022 },
    ],
    ["not completed (竣工验收 否): 未改造 may still be right", {}, { acceptance: "否" }],
    ["not completed (竣工验收 empty)", {}, { acceptance: null }],
    [
      "a completed row of a look-alike in another village (no ID)",
      {},
      { ...done, id: null, village: "李家村" },
    ],
  ])("%s: no finding", (_, h, ledger) => {
    expect(xt(RULE, files(h, ledger))).toEqual([]);
  });

  const mark = (cells: string[]) => [
    {
      file: "张庄村.xlsx",
      sheet: "张庄村",
      row: 5,
      cells,
      severity: "error",
      related: [{ file: "危改.xlsx", sheet: "危改台账", row: 4, cells: ["I4"] }],
    },
  ];
  test.each<[string, Household, Partial<LedgerRow>, string[], string]>([
    [
      "completed 维修加固 2023, 未改造 ticked",
      {},
      { ...done },
      ["F5", "G5"],
      "李春花：危房改造台账显示 2023 年维修加固已竣工验收，回访表却勾选“未改造”。",
    ],
    [
      "completed with a report number, 拆除重建 2022, 未改造 ticked",
      {},
      { acceptance: "验收编号 2022-031", method: "拆除重建", grade: "D", year: 2022 },
      ["F5", "H5"],
      "李春花：危房改造台账显示 2022 年拆除重建已竣工验收，回访表却勾选“未改造”。",
    ],
    [
      "维修加固年份 2021 where the ledger says 2023",
      { notRenovated: null, reinforcedYear: 2021 },
      { ...done },
      ["G5"],
      "李春花：危房改造台账显示 2023 年维修加固已竣工验收，回访表“维修加固年份”却为 2021。",
    ],
    [
      "重建安置年份 empty (the year written as 维修加固) where the ledger says 拆除重建 2023",
      { notRenovated: null, reinforcedYear: 2023 },
      { ...done, method: "拆除重建", grade: "D" },
      ["H5"],
      "李春花：危房改造台账显示 2023 年拆除重建已竣工验收，回访表“重建安置年份”却未填写。",
    ],
  ])("%s: an error on the history cells, the ledger's 改造年度 related", (_, h, ledger, cells, message) => {
    expect(xt(RULE, files(h, ledger))).toEqual(mark(cells));
    const f = checkTestFiles(files(h, ledger)).findings.find((x) => x.ruleId === RULE);
    expect(f && renderMessage(f)).toBe(message);
  });

  test("no readable 改造年度: only a ticked 未改造 is reported, naming the ledger row", () => {
    expect(xt(RULE, files({ notRenovated: null, reinforcedYear: 2019 }, { ...done, year: null }))).toEqual(
      [],
    );
    const f = checkTestFiles(files({}, { ...done, year: null })).findings.find((x) => x.ruleId === RULE);
    expect(f?.cells).toEqual(["F5", "G5"]);
    expect(f && renderMessage(f)).toBe(
      "李春花：危房改造台账（危改.xlsx 危改台账!4）显示维修加固已竣工验收，回访表却勾选“未改造”。",
    );
  });
});
