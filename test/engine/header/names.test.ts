import { checkWorkbook } from "../../../src/engine/check";
import { headerSynonyms, parseMapping, resolveField } from "../../../src/engine/header/names";
import { renderMessage } from "../../../src/engine/messages";
import { sheetFrom } from "../rules/harness";

/** How a field is named in `--map 字段=表头` and the config's `headers` (SPEC §13). */
describe("field names", () => {
  test("a SPEC label names the field in every kind that has it", () => {
    expect(resolveField("户主姓名").map((r) => r.kind)).toEqual([
      "revisit",
      "relocation",
      "renovation",
      "roster",
    ]);
    expect(resolveField("竣工验收")).toEqual([
      { kind: "relocation", key: "acceptance" },
      { kind: "renovation", key: "acceptance" },
    ]);
  });

  test("grouped revisit columns: full label, without its group where that is one field, with the SPEC's path", () => {
    expect(resolveField("处理意见 维修加固")).toEqual([{ kind: "revisit", key: "actReinforce" }]);
    expect(resolveField("处理意见维修加固")).toEqual([{ kind: "revisit", key: "actReinforce" }]);
    expect(resolveField("维修加固")).toEqual([{ kind: "revisit", key: "actReinforce" }]);
    expect(resolveField("重建安置")).toEqual([{ kind: "revisit", key: "actRebuild" }]);
    expect(resolveField("维修加固年份")).toEqual([{ kind: "revisit", key: "reinforcedYear" }]);
    expect(resolveField("以往危房改造情况 › 维修加固年份")).toEqual([
      { kind: "revisit", key: "reinforcedYear" },
    ]);
    expect(resolveField("未改造")).toEqual([{ kind: "revisit", key: "notRenovated" }]);
  });

  test("keys are accepted; a word that is no field resolves to nothing", () => {
    expect(resolveField("safetyOpinion")).toEqual([{ kind: "renovation", key: "safetyOpinion" }]);
    for (const bad of ["验收", "年份", "处理意见", ""]) expect(resolveField(bad)).toEqual([]);
  });

  test("字段=表头 with ASCII or full-width =, the header may hold =", () => {
    expect(parseMapping("竣工验收=完工核验")).toEqual({ field: "竣工验收", header: "完工核验" });
    expect(parseMapping("竣工验收＝是=否")).toEqual({ field: "竣工验收", header: "是=否" });
    for (const bad of ["竣工验收", "=完工核验", "竣工验收=", " = "])
      expect(parseMapping(bad)).toBeUndefined();
  });

  test("config texts and mappings fold into one list per kind and field", () => {
    const s = headerSynonyms({ renovation: { 竣工验收: "完工 核验" } }, [
      { field: "竣工验收", header: "验收（是/否）" },
    ]);
    expect(s.renovation?.get("acceptance")).toEqual(["完工核验", "验收(是/否)", "验收(是否)"]);
    expect(s.relocation?.get("acceptance")).toEqual(["验收(是/否)", "验收(是否)"]);
  });
});

describe("a revisit table whose 处理意见 columns are worded otherwise", () => {
  const sheet = sheetFrom(
    "张庄村",
    [
      [
        "乡镇（街道）：城关镇",
        null,
        null,
        "村（社区）：张庄村",
        null,
        null,
        null,
        null,
        null,
        "填报日期：2024-06-30",
      ],
      [
        "序号",
        "户主姓名",
        "联系方式",
        "房屋地址",
        "未改造",
        "维修加固年份",
        "重建安置年份",
        "回访时间",
        "房屋安全状况",
        "整改建议",
        null,
      ],
      [null, null, null, null, null, null, null, null, null, "加固改造", "拆除重建"],
      [1, "张三", "13812345678", "张庄村1组", null, 2019, null, "2024-06-01", "C", null, null],
      [2, "李四", "13812345679", "张庄村2组", null, 2019, null, "2024-06-01", "C", "√", null],
    ],
    ["J2:K2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:I3"],
  );
  const check = (map: { field: string; header: string }[]) =>
    checkWorkbook({ sheets: [sheet], date1904: false }, { today: { y: 2024, m: 7, d: 1 }, map });

  test("unmapped: 处理意见 维修加固 is missing, with 加固改造 as the candidate, and the C rule is skipped", () => {
    const r = check([]);
    const missing = r.findings.filter((f) => f.ruleId === "GEN-MISSING-COLUMN");
    expect(missing.map((f) => f.params.column)).toEqual(["处理意见 维修加固"]);
    expect(renderMessage(missing[0] as never)).toContain("“加固改造”");
    expect(r.findings.filter((f) => f.ruleId === "RV-C-NO-ACTION")).toEqual([]);
  });

  test("mapped by its short name: the column is found and 张三 (C, no disposition) is reported at his row", () => {
    const r = check([{ field: "维修加固", header: "加固改造" }]);
    expect(r.findings.filter((f) => f.ruleId === "GEN-MISSING-COLUMN")).toEqual([]);
    expect(r.tables[0]?.table.header.columns.get("actReinforce")).toBe(9);
    expect(r.tables[0]?.table.header.mapped.get("actReinforce")).toEqual({
      leaf: "加固改造",
      path: "整改建议加固改造",
    });
    const c = r.findings.filter((f) => f.ruleId === "RV-C-NO-ACTION");
    expect(c.map((f) => [f.row, [...f.cells]])).toEqual([[4, ["I4", "J4", "K4"]]]);
  });
});
