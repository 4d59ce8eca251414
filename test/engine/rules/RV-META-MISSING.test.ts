import type { CellValue } from "../../../src/engine/model/types";
import { marks, run, type SheetOptions } from "./harness";

const RULE = "RV-META-MISSING";

describe(RULE, () => {
  test.each<[string, SheetOptions]>([
    ["all three in one cell", {}],
    [
      "in separate cells, label then value",
      { metaRow: ["乡镇（街道）", "戴窑镇", "村（社区）", "张庄村", "填报日期", 45473] },
    ],
    [
      "in separate cells with colons",
      { metaRow: ["乡镇（街道）：", "戴窑镇", null, "村（社区）：", "张庄村", "填报日期：", "2024-06-30"] },
    ],
    [
      "each label with its value in its own cell",
      { metaRow: ["乡镇（街道）：戴窑镇", null, "村（社区）：张庄村", null, "填报日期：2024年6月30日"] },
    ],
    ["half-width colons and no spaces", { metaCell: "乡镇(街道):戴窑镇村(社区):张庄村填报日期:2024.6.30" }],
  ])("%s: no finding", (_, options) => {
    expect(marks(RULE, [{}], options)).toEqual([]);
  });

  test.each<[string, CellValue, string[]]>([
    [
      "乡镇（街道） value empty",
      "乡镇（街道）：    村（社区）：张庄村    填报日期：2024-06-30",
      ["乡镇（街道）"],
    ],
    [
      "村（社区） value empty",
      "乡镇（街道）：戴窑镇    村（社区）：    填报日期：2024-06-30",
      ["村（社区）"],
    ],
    ["填报日期 value empty", "乡镇（街道）：戴窑镇    村（社区）：张庄村    填报日期：", ["填报日期"]],
    [
      "填报日期 left as underlines",
      "乡镇（街道）：戴窑镇 村（社区）：张庄村 填报日期：________",
      ["填报日期"],
    ],
    [
      "填报日期 left as the printed 年 月 日",
      "乡镇（街道）：戴窑镇 村（社区）：张庄村 填报日期：    年  月  日",
      ["填报日期"],
    ],
    [
      "填报日期 left as ____年__月__日",
      "乡镇（街道）：戴窑镇 村（社区）：张庄村 填报日期：____年__月__日",
      ["填报日期"],
    ],
    ["村（社区） label left out", "乡镇（街道）：戴窑镇    填报日期：2024-06-30", ["村（社区）"]],
    [
      "every value empty",
      "乡镇（街道）：    村（社区）：    填报日期：",
      ["乡镇（街道）", "村（社区）", "填报日期"],
    ],
  ])("one cell, %s: error on the meta cell per missing label", (_, metaCell, labels) => {
    const found = run([{}], { metaCell, rule: RULE });
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual(
      labels.map(() => ({ row: 2, cells: ["A2"], severity: "error" })),
    );
    expect(found.map((f) => f.params.label)).toEqual(labels);
  });

  test("separate cells: a label with a colon and nothing after it marks that label's cell", () => {
    const metaRow = ["乡镇（街道）：", null, "村（社区）：", "张庄村", null, "填报日期：", 45473];
    expect(marks(RULE, [{}], { metaRow })).toEqual([{ row: 2, cells: ["A2"], severity: "error" }]);
  });

  test("separate cells: the value after a label may not be the next label", () => {
    const metaRow = ["乡镇（街道）", "戴窑镇", "村（社区）", "填报日期", "2024-06-30"];
    const found = run([{}], { metaRow, rule: RULE });
    expect(found.map((f) => [f.row, f.cells, f.params.label])).toEqual([[2, ["C2"], "村（社区）"]]);
  });

  test("no meta row at all: three errors on the row above the header", () => {
    const found = run([{}], { metaCell: null, rule: RULE });
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
      { row: 2, cells: ["A2"], severity: "error" },
      { row: 2, cells: ["A2"], severity: "error" },
      { row: 2, cells: ["A2"], severity: "error" },
    ]);
    expect(found.map((f) => f.params.label)).toEqual(["乡镇（街道）", "村（社区）", "填报日期"]);
  });
});
