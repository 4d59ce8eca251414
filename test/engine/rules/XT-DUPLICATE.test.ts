import { renderMessage } from "../../../src/engine/messages";
import { checkTestFiles, pid, revisit, rv, xt } from "../cross/harness";

const RULE = "XT-DUPLICATE";
const A = "张庄村.xlsx";
const B = "李家村.xlsx";

describe(RULE, () => {
  test("one household in two villages' files by its ID: a warning on each copy's 户主姓名, the other copy related", () => {
    const files = [
      { file: A, sheets: [revisit([rv("赵四", pid(3)), rv("李春花", pid(1))])] },
      { file: B, sheets: [revisit([rv("李 春花", pid(1))], "李家村")] },
    ];
    expect(xt(RULE, files)).toEqual([
      {
        file: A,
        sheet: "张庄村",
        row: 6,
        cells: ["B6"],
        severity: "warning",
        related: [{ file: B, sheet: "李家村", row: 5, cells: ["B5"] }],
      },
      {
        file: B,
        sheet: "李家村",
        row: 5,
        cells: ["B5"],
        severity: "warning",
        related: [{ file: A, sheet: "张庄村", row: 6, cells: ["B6"] }],
      },
    ]);
    const f = checkTestFiles(files).findings.find((x) => x.ruleId === RULE);
    expect(f && renderMessage(f)).toBe(
      "李春花：同一户也登记在 李家村.xlsx 李家村!5 的回访表中（一户一档），请核实应归属哪个村（社区）。",
    );
  });

  test("one village's table submitted in two files, no IDs: matched by 户主姓名 + 村", () => {
    const files = [
      { file: A, sheets: [revisit([rv("李春花", null)])] },
      { file: "张庄村-副本.xlsx", sheets: [revisit([rv("李春花", "无")])] },
    ];
    expect(xt(RULE, files).map((m) => [m.file, m.row, m.cells])).toEqual([
      [A, 5, ["B5"]],
      ["张庄村-副本.xlsx", 5, ["B5"]],
    ]);
  });

  test.each([
    [
      "the same name in two villages, no ID: two households",
      [
        { file: A, sheets: [revisit([rv("李春花", null)])] },
        { file: B, sheets: [revisit([rv("李春花", null)], "李家村")] },
      ],
    ],
    [
      "the same name and village in two townships' files: two households",
      [
        { file: A, sheets: [revisit([rv("李春花", null)])] },
        { file: "新街镇.xlsx", sheets: [revisit([rv("李春花", null)], "张庄村", "新街镇")] },
      ],
    ],
    [
      "one workbook's two tables: GEN-DUPLICATE's, not XT-DUPLICATE's",
      [{ file: A, sheets: [revisit([rv("李春花", pid(1))]), revisit([rv("李春花", pid(1))], "李家村")] }],
    ],
    [
      "name + 村 shared by two rows of one file and one of another: ambiguous, none is matched",
      [
        { file: A, sheets: [revisit([rv("李春花", null), rv("李春花", null)])] },
        { file: "张庄村-副本.xlsx", sheets: [revisit([rv("李春花", null)])] },
      ],
    ],
  ])("%s: no finding", (_, files) => {
    expect(xt(RULE, files, true)).toEqual([]);
  });

  test("the same workbook's tables: GEN-DUPLICATE warns across them", () => {
    const files = [
      { file: A, sheets: [revisit([rv("李春花", pid(1))]), revisit([rv("李春花", pid(1))], "李家村")] },
    ];
    const found = checkTestFiles(files, true).findings.filter((f) => f.ruleId === "GEN-DUPLICATE");
    expect(found.map((f) => [f.sheet, f.row, f.severity])).toEqual([
      ["张庄村", 5, "warning"],
      ["李家村", 5, "warning"],
    ]);
  });

  test("three files: each copy names the two others", () => {
    const files = [A, B, "王庄.xlsx"].map((file, i) => ({
      file,
      sheets: [revisit([rv("李春花", pid(1))], ["张庄村", "李家村", "王庄村"][i])],
    }));
    expect(xt(RULE, files).map((m) => [m.file, m.related.map((r) => r.file)])).toEqual([
      [A, [B, "王庄.xlsx"]],
      [B, [A, "王庄.xlsx"]],
      ["王庄.xlsx", [A, B]],
    ]);
  });
});
