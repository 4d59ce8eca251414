import type { Finding } from "../../../src/engine/model/types";
import { checkSheets, marks, revisitSheet, run, toMarks, validId, type Household } from "./harness";

const RULE = "GEN-DUPLICATE";
const ID = validId("32128119650110123");
const ID_X = (() => {
  for (let n = 100; n < 1000; n++) {
    const id = validId(`321281197003150${String(n).slice(1)}`);
    if (id.endsWith("X")) return id;
  }
  throw new Error("no X check digit found");
})();
const SAME = { head: "张卫东", address: "张庄村3组12号" } as const;

const rowsParam = (found: readonly Finding[]) => found.map((f) => f.params.rows);

describe(`${RULE} within one table: error on every copy`, () => {
  test("distinct households: no finding", () => {
    expect(marks(RULE, [{}, {}, {}, { id: null }, { id: null }])).toEqual([]);
  });

  test("same 身份证号 under different names: 身份证号 of both copies", () => {
    const found = run([{ id: ID }, {}, { id: ID }], { rule: RULE });
    expect(toMarks(found)).toEqual([
      { row: 5, cells: ["E5"], severity: "error" },
      { row: 7, cells: ["E7"], severity: "error" },
    ]);
    expect(rowsParam(found)).toEqual(["7", "5"]);
  });

  test("a lower-case x is the same ID", () => {
    expect(marks(RULE, [{ id: ID_X }, { id: ID_X.toLowerCase() }])).toEqual([
      { row: 5, cells: ["E5"], severity: "error" },
      { row: 6, cells: ["E6"], severity: "error" },
    ]);
  });

  test("same 户主姓名 + 房屋地址 with different IDs: name and address of both copies", () => {
    expect(marks(RULE, [SAME, {}, SAME])).toEqual([
      { row: 5, cells: ["B5", "D5"], severity: "error" },
      { row: 7, cells: ["B7", "D7"], severity: "error" },
    ]);
  });

  test("name and address compare without spaces and full-width forms", () => {
    const other: Household = { head: "张 卫东", address: "张庄村３组１２号 " };
    expect(marks(RULE, [SAME, other])).toEqual([
      { row: 5, cells: ["B5", "D5"], severity: "error" },
      { row: 6, cells: ["B6", "D6"], severity: "error" },
    ]);
  });

  test.each<[string, Household, Household]>([
    ["same name, other address", { head: "张卫东" }, { head: "张卫东" }],
    ["same address, other name", { address: "张庄村3组12号" }, { address: "张庄村3组12号" }],
    ["empty names at one address", { head: null, address: "x" }, { head: null, address: "x" }],
    ["empty IDs", { id: null }, { id: null }],
    ["IDs written 无", { id: "无" }, { id: "无" }],
    ["IDs written /", { id: "/" }, { id: "/" }],
  ])("%s: no finding", (_, a, b) => {
    expect(marks(RULE, [a, b])).toEqual([]);
  });

  test("three copies: each marked, naming the two others", () => {
    const found = run([{ id: ID }, { id: ID }, {}, { id: ID }], { rule: RULE });
    expect(toMarks(found).map((m) => m.row)).toEqual([5, 6, 8]);
    expect(rowsParam(found)).toEqual(["6、8", "5、8", "5、6"]);
  });

  test("a row copied whole (same ID, name and address): one finding per row marking all three cells", () => {
    const copy: Household = { ...SAME, id: ID };
    const found = run([copy, copy], { rule: RULE });
    expect(toMarks(found)).toEqual([
      { row: 5, cells: ["B5", "D5", "E5"], severity: "error" },
      { row: 6, cells: ["B6", "D6", "E6"], severity: "error" },
    ]);
    expect(rowsParam(found)).toEqual(["6", "5"]);
  });

  test("one row duplicating one row by ID and another by name + address", () => {
    const found = run([{ ...SAME, id: ID }, { id: ID }, SAME], { rule: RULE });
    expect(toMarks(found)).toEqual([
      { row: 5, cells: ["B5", "D5", "E5"], severity: "error" },
      { row: 6, cells: ["E6"], severity: "error" },
      { row: 7, cells: ["B7", "D7"], severity: "error" },
    ]);
    expect(rowsParam(found)).toEqual(["6、7", "5", "5"]);
  });
});

describe(`${RULE} across the tables of one workbook: warning on every copy`, () => {
  const check = (a: readonly Household[], b: readonly Household[]) =>
    checkSheets([revisitSheet(a, { name: "张庄村" }), revisitSheet(b, { name: "李家村" })]).findings.filter(
      (f) => f.ruleId === RULE,
    );
  const where = (found: readonly Finding[]) =>
    found.map((f) => ({
      sheet: f.sheet,
      row: f.row,
      cells: f.cells,
      severity: f.severity,
      rows: f.params.rows,
    }));

  test("distinct households in two sheets: no finding", () => {
    expect(
      check(
        [{}, {}],
        [
          { head: "李一", id: null },
          { head: "李二", id: null },
        ],
      ),
    ).toEqual([]);
  });

  test("same 身份证号 in two sheets", () => {
    expect(
      where(
        check(
          [{}, { id: ID }],
          [
            { head: "李一", id: null },
            { head: "李二", id: ID },
          ],
        ),
      ),
    ).toEqual([
      { sheet: "张庄村", row: 6, cells: ["E6"], severity: "warning", rows: "李家村!6" },
      { sheet: "李家村", row: 6, cells: ["E6"], severity: "warning", rows: "张庄村!6" },
    ]);
  });

  test("same 户主姓名 + 房屋地址 in two sheets", () => {
    expect(where(check([SAME], [{ ...SAME, id: null }]))).toEqual([
      { sheet: "张庄村", row: 5, cells: ["B5", "D5"], severity: "warning", rows: "李家村!5" },
      { sheet: "李家村", row: 5, cells: ["B5", "D5"], severity: "warning", rows: "张庄村!5" },
    ]);
  });

  // The warning names the copies in other tables; the copy in the same table has its own error.
  test("a household twice in one sheet and once in another: errors in the sheet, warnings on all copies", () => {
    const found = check([{ id: ID }, { id: ID }], [{ head: "李一", id: ID }]);
    expect(where(found.filter((f) => f.severity === "error"))).toEqual([
      { sheet: "张庄村", row: 5, cells: ["E5"], severity: "error", rows: "6" },
      { sheet: "张庄村", row: 6, cells: ["E6"], severity: "error", rows: "5" },
    ]);
    expect(where(found.filter((f) => f.severity === "warning"))).toEqual([
      { sheet: "张庄村", row: 5, cells: ["E5"], severity: "warning", rows: "李家村!5" },
      { sheet: "张庄村", row: 6, cells: ["E6"], severity: "warning", rows: "李家村!5" },
      { sheet: "李家村", row: 5, cells: ["E5"], severity: "warning", rows: "张庄村!5、张庄村!6" },
    ]);
  });
});
