import { renderMessage } from "../../../src/engine/messages";
import { findingsOf, marksOf } from "../ledgers/sheet";
import { relocationSheet } from "../ledgers/tables";

const RULE = "RL-MODE";

describe(RULE, () => {
  test.each([
    "集中安置",
    "集中",
    "集中安置点",
    "城镇集中安置",
    "中心村集中安置",
    " 集中安置 ",
    "分散安置",
    "分散",
    "插花安置",
    "投亲靠友",
    "货币化安置",
    "货币化",
    "货币安置",
  ])("%s: no finding", (mode) => {
    expect(marksOf(RULE, relocationSheet([{ mode }]))).toEqual([]);
  });

  test("empty is RL-REQUIRED's, not RL-MODE's", () => {
    expect(marksOf(RULE, relocationSheet([{ mode: null }]))).toEqual([]);
  });

  test.each(["移民搬迁", "自建", "其他", "集中/分散", "1"])("%s: error on 安置方式", (mode) => {
    expect(marksOf(RULE, relocationSheet([{}, { mode }]))).toEqual([
      { row: 5, cells: ["H5"], severity: "error" },
    ]);
  });

  test("the message names the three modes", () => {
    const [f] = findingsOf(RULE, relocationSheet([{ mode: "移民搬迁" }]));
    expect(renderMessage(f!)).toBe("李四：安置方式“移民搬迁”应为集中安置、分散安置或货币化安置之一。");
  });

  test("a mode the rule cannot read leaves the subsidy and hand-over rules silent", () => {
    const sheet = relocationSheet([{ mode: "移民搬迁", subsidy: 1, keys: null }]);
    expect(findingsOf("RL-SUBSIDY", sheet)).toEqual([]);
    expect(findingsOf("RL-HANDOVER", sheet)).toEqual([]);
  });
});
