import { renderMessage } from "../../../src/engine/messages";
import { CURRENT_FILE, currentSheet, diffSheets, previousSheet } from "./diff-harness";
import { validId, type Household } from "./harness";

const RULE = "DF-MOVED";
const ID = validId("32128119650110123");

function moved(
  before: { village: string; township?: string },
  now: { village: string; township?: string },
  h: Household = { id: ID, head: "张卫东", address: "张庄村3组12号" },
) {
  const r = diffSheets(
    [previousSheet([h], before, before.village)],
    [currentSheet([{ head: "户主9", id: validId("32128119650110999") }, h], now, now.village)],
  );
  return r.findings
    .filter((f) => f.ruleId === RULE)
    .map((f) => ({
      file: f.file,
      sheet: f.sheet,
      row: f.row,
      cells: f.cells,
      severity: f.severity,
      message: renderMessage(f),
    }));
}

describe(`${RULE}: the household is now in another village's table`, () => {
  test.each<[string, { village: string }, { village: string }]>([
    ["same village", { village: "张庄村" }, { village: "张庄村" }],
    ["same village written with a space", { village: "张庄村" }, { village: "张庄 村" }],
  ])("%s: no finding", (_, a, b) => {
    expect(moved(a, b)).toEqual([]);
  });

  test("matched by ID in another village: 户主姓名 + 房屋地址, naming both villages and addresses", () => {
    expect(
      moved(
        { village: "张庄村" },
        { village: "李庄村" },
        { id: ID, head: "张卫东", address: "李庄村2组8号" },
      ),
    ).toEqual([
      {
        file: CURRENT_FILE,
        sheet: "李庄村",
        row: 6,
        cells: ["B6", "D6"],
        severity: "warning",
        message:
          "张卫东：上次报送（2023-12-31）在张庄村（房屋地址“李庄村2组8号”），本次在李庄村（房屋地址“李庄村2组8号”），请核实。",
      },
    ]);
  });

  test("another township with a same-named village: moved", () => {
    expect(
      moved({ village: "新庄村", township: "戴窑镇" }, { village: "新庄村", township: "大垛镇" }).map(
        (f) => f.message,
      ),
    ).toEqual([
      "张卫东：上次报送（2023-12-31）在戴窑镇新庄村（房屋地址“张庄村3组12号”），本次在大垛镇新庄村（房屋地址“张庄村3组12号”），请核实。",
    ]);
  });

  test("without an ID a household cannot be followed to another village: gone and new instead", () => {
    expect(moved({ village: "张庄村" }, { village: "李庄村" }, { id: null, head: "张卫东" })).toEqual([]);
  });
});
