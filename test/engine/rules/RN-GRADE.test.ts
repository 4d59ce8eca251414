import { renderMessage } from "../../../src/engine/messages";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { renovationSheet } from "../ledgers/tables";

const RULE = "RN-GRADE";

describe(`${RULE}: 危房等级 is C or D`, () => {
  test.each(["D", "C", "c", "Ｄ", "D级", "C级危房", "D级危房（整栋危险）", "D级危房(整栋危险)", " D "])(
    "%s: no finding",
    (grade) => {
      const method = /C|c/.test(grade) ? "维修加固" : "拆除重建";
      expect(
        marksOf(RULE, renovationSheet([{ grade, method, subsidy: method === "维修加固" ? 9_000 : 20_000 }])),
      ).toEqual([]);
    },
  );

  test("empty is RN-REQUIRED's", () => {
    expect(marksOf(RULE, renovationSheet([{ grade: null }]))).toEqual([]);
  });

  test.each(["A", "B", "B级", "A级（完好）", "E", "危房", "CD", "4"])("%s: error on 危房等级", (grade) => {
    expect(marksOf(RULE, renovationSheet([{}, { grade }]))).toEqual([
      { row: 5, cells: ["H5"], severity: "error" },
    ]);
  });

  test("the message says what belongs there", () => {
    const [f] = findingsOf(RULE, renovationSheet([{ grade: "B级" }]));
    expect(renderMessage(f!)).toBe("李四：危房等级“B级”应为 C 级或 D 级（A、B 级不属于危房改造对象）。");
  });
});
