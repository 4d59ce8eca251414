import { classifyLabel, isCountWord, nameKey, nameKind } from "../../../src/engine/forms";

/** The synonyms catalogue of `anju fill` (SPEC §13): what each county wording of a statistic reads as. */
describe("statistic labels", () => {
  test.each([
    ["户数", "", "households"],
    ["总户数（户）", "", "households"],
    ["回访户数", "", "households"],
    ["A级", "房屋安全状况", "A"],
    ["A级户数", "", "A"],
    ["完好(A)", "", "A"],
    ["Ａ级（完好）", "", "A"],
    ["轻微(B)", "", "B"],
    ["B", "", "B"],
    ["C级危房户数", "", "C"],
    ["中度", "", "C"],
    ["D级危房", "", "D"],
    ["严重(D级)", "", "D"],
    ["未评定", "", "unrated"],
    ["未鉴定户数", "", "unrated"],
    ["危房户数", "", "dangerous"],
    ["危房户数（C+D）", "", "dangerous"],
    ["C、D级危房", "", "dangerous"],
    ["未改造", "以往危房改造情况", "none"],
    ["维修加固", "以往危房改造情况", "reinforced"],
    ["曾维修加固", "", "reinforced"],
    ["重建安置", "以往危房改造情况", "rebuilt"],
    ["曾重建安置", "", "rebuilt"],
    ["维修加固", "处理意见", "planReinforce"],
    ["拟维修加固", "", "planReinforce"],
    ["重建安置", "处理意见", "planRebuild"],
    ["拟重建安置户数", "", "planRebuild"],
    ["回访逾期", "", "revisitOverdue"],
    ["逾期未回访", "", "revisitOverdue"],
    ["补助测算", "", "subsidy"],
    ["补助资金测算（元）", "", "subsidy"],
    ["鉴定经费", "", "appraisal"],
    ["鉴定等经费（元）", "", "appraisal"],
    ["错误", "", "errors"],
    ["警告数", "", "warnings"],
  ])("%s (under %s) is %s", (label, context, key) => {
    expect(classifyLabel(label, context)?.key).toBe(key);
  });

  test.each([
    ["维修加固"],
    ["重建安置"],
    ["完成率（%）"],
    ["占比（%）"],
    ["联系人"],
    ["补助标准"],
    ["危房改造面积"],
    ["A级占比"],
  ])("%s alone is no statistic", (label) => {
    expect(classifyLabel(label, "")).toBeUndefined();
  });

  test("money in 万元 when the header says so", () => {
    expect(classifyLabel("补助测算（万元）", "")).toEqual({ key: "subsidy", tenThousand: true });
    expect(classifyLabel("补助测算", "")).toEqual({ key: "subsidy", tenThousand: false });
  });

  test("count words under a statistic", () => {
    for (const w of ["户数", "（户）", "合计", "万元"]) expect(isCountWord(w)).toBe(true);
    expect(isCountWord("占比（%）")).toBe(false);
  });
});

describe("name columns and names", () => {
  test.each([
    ["村（社区）", "village"],
    ["行政村", "village"],
    ["乡镇（街道）", "township"],
    ["镇（街道）", "township"],
    ["市（区）", "city"],
    ["县（市、区）", "city"],
    ["单位", "any"],
  ])("%s lists %s", (label, kind) => {
    expect(nameKind(label)).toBe(kind);
  });

  test("a name matches with or without its suffix, full width and spaces folded", () => {
    expect(nameKey("张庄")).toBe(nameKey("张庄村"));
    expect(nameKey("南街")).toBe(nameKey("南街社区"));
    expect(nameKey("城关")).toBe(nameKey("城关镇"));
    expect(nameKey("昭阳 街道")).toBe(nameKey("昭阳街道"));
    expect(nameKey("张庄村")).not.toBe(nameKey("李庄村"));
    expect(nameKey("社区")).toBe("社区");
  });
});
