import { renderMessage } from "../../../src/engine/messages";
import { cur, diffMarks, diffRun } from "./diff-harness";
import { validId, type Household } from "./harness";

const RULE = "DF-ID-CHANGED";
const ID_A = validId("32128119650110123");
const ID_B = validId("32128119700315456");
const BAD = `${ID_A.slice(0, 17)}${ID_A.endsWith("0") ? "1" : "0"}`;

describe(`${RULE}: matched by 户主姓名 + 村 with two valid, different IDs`, () => {
  test.each<[string, Household, Household]>([
    ["same ID", { id: ID_A }, { id: ID_A }],
    ["same ID, lower-case x", { id: ID_A }, { id: ID_A.toLowerCase() }],
    ["ID added", { id: null }, { id: ID_A }],
    ["ID removed", { id: ID_A }, { id: null }],
    ["invalid ID last time (GEN-ID-INVALID's business)", { id: BAD }, { id: ID_A }],
  ])("%s: no finding", (_, before, now) => {
    expect(diffMarks(RULE, [before], [now])).toEqual([]);
  });

  test("two valid IDs: warning on 身份证号", () => {
    const found = diffRun(RULE, [{ id: ID_A }], [{ id: ID_B }]);
    expect(found.map((f) => cur(f.row, f.cells, f.severity))).toEqual([cur(5, ["E5"], "warning")]);
    expect(found.map((f) => renderMessage(f))).toEqual([
      `户主1：身份证号上次（2023-12-31）为 ${ID_A}，本次为 ${ID_B}（按户主姓名和村对应），请核实哪一个正确。`,
    ]);
  });

  test("a namesake in the village: not matched, so no ID change (DF-GONE / DF-NEW instead)", () => {
    const same: Household = { head: "张卫东" };
    expect(
      diffMarks(
        RULE,
        [{ ...same, id: ID_A }],
        [
          { ...same, id: ID_B },
          { ...same, id: null },
        ],
      ),
    ).toEqual([]);
  });
});
