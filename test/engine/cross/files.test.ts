import { checkWorkbook } from "../../../src/engine/check";
import { parseConfig } from "../../../src/engine/config";
import { noteText } from "../../../src/engine/messages";
import { TODAY } from "../rules/harness";
import { checkTestFiles, pid, renovation, revisit, roster, rv } from "./harness";

/** checkFiles: the per-table pass as before, then the XT rules (SPEC §5, §11), also among one workbook's tables. */
const sheets = [
  revisit([rv("李春花", pid(1)), rv("王大山", pid(2), { grade: "D", actRebuild: "√" })]),
  renovation([{ head: "李春花", id: pid(1), acceptance: "是", movedIn: "已入住", year: 2023 }]),
];

describe("checkFiles", () => {
  test("one workbook alone: exactly checkWorkbook's findings, each with its file, and no XT rule", () => {
    const alone = checkWorkbook({ sheets, date1904: false }, { today: TODAY, config: parseConfig({}) });
    const result = checkTestFiles([{ file: "戴窑镇.xlsx", sheets }]);
    expect(result.findings).toEqual(alone.findings.map((f) => ({ ...f, file: "戴窑镇.xlsx" })));
    expect(result.files[0]?.result.tables.map((t) => t.info)).toEqual(alone.tables.map((t) => t.info));
    expect(alone.findings.some((f) => f.ruleId.startsWith("XT-"))).toBe(false);
  });

  test("校验全部工作表 on one workbook: the XT rules among its own tables, the related places in the same file", () => {
    const found = checkTestFiles([{ file: "戴窑镇.xlsx", sheets }], true).findings.filter((f) =>
      f.ruleId.startsWith("XT-"),
    );
    expect(found.map((f) => [f.ruleId, f.file, f.sheet, f.row, f.cells, f.related])).toEqual([
      [
        "XT-HISTORY-MISSING",
        "戴窑镇.xlsx",
        "张庄村",
        5,
        ["F5", "G5"],
        [{ file: "戴窑镇.xlsx", sheet: "危改台账", row: 3, cells: ["I3"] }],
      ],
      ["XT-NOT-IN-PLAN", "戴窑镇.xlsx", "张庄村", 6, ["J6"], []],
    ]);
    // The message names the other table by its sheet alone when it is in the same file; the cell note (the
    // annotated copy's, Excel's, WPS's) lists the related places.
    expect(found[0]?.params.where).toBe("危改台账!3");
    expect(found[0] && noteText([found[0]])).toBe(
      "【XT-HISTORY-MISSING】错误\n李春花：危房改造台账显示 2023 年维修加固已竣工验收，回访表却勾选“未改造”。\n" +
        "依据：TZ 注2; TZ 10.1.2\n↳ 相关：戴窑镇.xlsx 危改台账!3 I3",
    );
  });

  test("several files: findings file by file in the order given, each file's in sheet, row and column order", () => {
    const result = checkTestFiles([
      {
        file: "b.xlsx",
        sheets: [revisit([rv("王大山", pid(2), { grade: "D", actRebuild: "√" })], "李家村")],
      },
      { file: "a.xlsx", sheets: [sheets[1]!] },
      {
        file: "名单.xlsx",
        sheets: [roster([{ head: "赵四", id: pid(3), village: "李家村" }])],
        roster: true,
      },
    ]);
    expect(result.files.map((f) => f.file)).toEqual(["b.xlsx", "a.xlsx", "名单.xlsx"]);
    const order = result.findings.map((f) => `${f.file} ${f.sheet}!${f.row} ${f.ruleId}`);
    expect(order).toEqual([
      "b.xlsx 李家村!5 XT-NOT-ON-ROSTER",
      "b.xlsx 李家村!5 XT-NOT-IN-PLAN",
      "名单.xlsx 低收入人口名单!4 XT-ROSTER-MISSING",
    ]);
    expect(result.counts).toEqual({ error: 2, warning: 1, info: 0 });
  });
});
