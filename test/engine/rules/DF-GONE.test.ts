import { renderMessage } from "../../../src/engine/messages";
import { CURRENT_FILE, PREVIOUS_FILE, currentSheet, diffSheets, previousSheet } from "./diff-harness";
import { validId, type Household } from "./harness";

const ids = (rule: string, found: ReturnType<typeof diffSheets>) =>
  found.findings
    .filter((f) => f.ruleId === rule)
    .map((f) => ({
      file: f.file,
      sheet: f.sheet,
      row: f.row,
      cells: f.cells,
      severity: f.severity,
      message: renderMessage(f),
    }));

describe("DF-GONE and DF-NEW", () => {
  test("same households in another order and other sheets: nothing gone, nothing new", () => {
    const r = diffSheets(
      [previousSheet([{}, {}, {}])],
      [
        currentSheet([{}], {}, "张庄村1"),
        currentSheet(
          [{}, {}].map((_, i) => ({ ...cleanAt(i + 1) })),
          {},
          "张庄村2",
        ),
      ],
    );
    expect(r.findings.filter((f) => f.ruleId === "DF-GONE" || f.ruleId === "DF-NEW")).toEqual([]);
  });

  test("a household of last time in no table now: DF-GONE on the previous file's 户主姓名", () => {
    const r = diffSheets(
      [previousSheet([{}, { head: "李桂英" }, {}])],
      [currentSheet([{}, {}].map((_, i) => cleanAt(i === 0 ? 0 : 2)))],
    );
    expect(ids("DF-GONE", r)).toEqual([
      {
        file: PREVIOUS_FILE,
        sheet: "张庄村",
        row: 6,
        cells: ["B6"],
        severity: "warning",
        message:
          "李桂英：上次报送（2023-12-31）在张庄村的回访表中，本次报送的各表中均未找到此户，请核实是否漏报。",
      },
    ]);
    expect(ids("DF-NEW", r)).toEqual([]);
  });

  test("a household not there last time: DF-NEW (info) on its 户主姓名", () => {
    const r = diffSheets([previousSheet([{}])], [currentSheet([{}, { head: "王小明" }])]);
    expect(ids("DF-NEW", r)).toEqual([
      {
        file: CURRENT_FILE,
        sheet: "张庄村",
        row: 6,
        cells: ["B6"],
        severity: "info",
        message: "王小明：上次报送中没有此户（张庄村），为本次新增。",
      },
    ]);
    expect(ids("DF-GONE", r)).toEqual([]);
  });

  test("two namesakes without IDs now, one last time: gone and new, said to be ambiguous", () => {
    const same: Household = { head: "张卫东", id: null };
    const r = diffSheets([previousSheet([same])], [currentSheet([same, { ...same, address: "张庄村9组" }])]);
    expect(ids("DF-GONE", r).map((f) => [f.row, f.message])).toEqual([
      [
        5,
        "张卫东：上次报送（2023-12-31）在张庄村的回访表中；本次同村有同名户且无有效身份证号可区分，无法确定是哪一户，请补填身份证号后再比对。",
      ],
    ]);
    expect(ids("DF-NEW", r).map((f) => f.row)).toEqual([5, 6]);
  });

  test("a household moved with its ID is neither gone nor new", () => {
    const id = validId("32128119650110123");
    const r = diffSheets(
      [previousSheet([{ id }], { village: "张庄村" })],
      [
        currentSheet([{ head: "户主9", id: validId("32128119650110999") }], { village: "张庄村" }, "张庄村"),
        currentSheet([{ id }], { village: "李庄村" }, "李庄村"),
      ],
    );
    expect(ids("DF-GONE", r)).toEqual([]);
    expect(ids("DF-NEW", r).map((f) => [f.sheet, f.row])).toEqual([["张庄村", 5]]);
  });
});

/** The clean household of index `i`, written at any position. */
function cleanAt(i: number): Household {
  const n = i + 1;
  return {
    seq: n,
    head: `户主${n}`,
    address: `张庄村${n}组${n}号`,
    id: validId(`321281196501${String(10 + (i % 18)).padStart(2, "0")}${String(100 + i).slice(-3)}`),
  };
}
