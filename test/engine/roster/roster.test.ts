import { detectHeader } from "../../../src/engine/header/detect";
import { columnLetter } from "../../../src/engine/model/address";
import type { SheetData } from "../../../src/engine/model/types";
import { GENERAL_RULES, KIND_RULES } from "../../../src/engine/rules/registry";
import type { RosterRow } from "../../../src/engine/rules/roster/row";
import { check, sheet } from "../ledgers/sheet";
import { relocationSheet, renovationSheet } from "../ledgers/tables";
import { revisitSheet } from "../rules/harness";
import { idOf, personRosterSheet, rosterSheet } from "./sheets";

/** Kind `roster` (SPEC §11): detection, household rows, and the general rules that apply to it. */
function columnsOf(s: SheetData): Record<string, string> {
  const d = detectHeader(s);
  if (!d) throw new Error("no table");
  return Object.fromEntries([...d.columns].map(([k, c]) => [k, columnLetter(c)]));
}
const findings = (sheets: SheetData[], kind?: "roster") =>
  check(sheets, kind ? { kind } : {}).findings.map((f) => `${f.ruleId} ${f.row} ${f.cells.join(",")}`);

describe("a roster is found", () => {
  test("户主姓名, 身份证号, 村（社区）, 乡镇（街道）, 保障类别: roster, each column where the header says", () => {
    const s = rosterSheet([{}, {}]);
    const info = check([s]).tables[0]?.info;
    expect(info).toMatchObject({ kind: "roster", headerRows: [3], firstDataRow: 4, lastDataRow: 5 });
    expect(columnsOf(s)).toEqual({
      seq: "A",
      township: "B",
      village: "C",
      head: "D",
      idNumber: "E",
      category: "F",
    });
    expect(findings([s])).toEqual([]);
  });

  test("one row per person: 姓名 with 与户主关系 is a roster; only 户主/本人 rows are households", () => {
    const s = personRosterSheet([
      { seq: 1, head: "李春花", relation: "户主", id: idOf(1) },
      { head: "王大山", relation: "配偶", id: idOf(2) },
      { head: "王小明", relation: "子女", id: idOf(3) },
      { seq: 2, head: "赵四", relation: "本人", id: idOf(4) },
    ]);
    const result = check([s]);
    expect(result.tables[0]?.info.kind).toBe("roster");
    expect(columnsOf(s)).toMatchObject({
      head: "C",
      relation: "D",
      idNumber: "E",
      village: "B",
      category: "F",
    });
    const rows = result.tables[0]?.rows as readonly RosterRow[];
    expect(rows.map((r) => [r.name, r.household])).toEqual([
      ["李春花", true],
      ["王大山", false],
      ["王小明", false],
      ["赵四", true],
    ]);
    // 序号 numbers the households only: the members' empty 序号 break no run.
    expect(findings([s])).toEqual([]);
  });

  test("户主姓名 and 身份证号 without 村 is a roster missing 村（社区）, not an unknown sheet", () => {
    const s = sheet("名单", [
      ["序号", "户主姓名", "身份证号", "家庭人口"],
      [1, "李春花", idOf(1), 3],
    ]);
    expect(findings([s])).toEqual(["GEN-MISSING-COLUMN 1 A1"]);
    expect(check([s]).findings[0]?.params.column).toBe("村（社区）");
  });

  test("names by village and 类别 alone (a summary's list) are no roster; --kind roster reads it", () => {
    const s = sheet("户", [
      ["序号", "类别", "乡镇（街道）", "村（社区）", "户主姓名"],
      [1, "回访表", "戴窑镇", "张庄村", "李春花"],
    ]);
    expect(findings([s])).toEqual(["GEN-UNKNOWN-SHEET 1 "]);
    expect(check([s], { kind: "roster" }).tables[0]?.info.kind).toBe("roster");
    expect(findings([s], "roster")).toEqual(["GEN-MISSING-COLUMN 1 A1"]);
  });
});

describe("the general rules on a roster", () => {
  test("GEN-ID-INVALID, GEN-DUPLICATE, GEN-FORMULA-ERROR, GEN-SEQ mark the roster's own cells", () => {
    const s = rosterSheet([
      {},
      { id: "32128119600101001X" },
      { head: "户主1", id: idOf(1) },
      { seq: 9 },
      { category: { error: "#N/A" } },
    ]);
    expect(findings([s]).sort()).toEqual(
      [
        "GEN-DUPLICATE 4 C4,D4,E4",
        "GEN-DUPLICATE 6 C6,D6,E6",
        "GEN-FORMULA-ERROR 8 F8",
        "GEN-ID-INVALID 5 E5",
        "GEN-SEQ 7 A7",
      ].sort(),
    );
  });

  test("the roster has no rules of its own: it runs exactly the general rules", () => {
    expect(KIND_RULES.roster.rules.map((r) => r.id)).toEqual(GENERAL_RULES.map((r) => r.id));
  });
});

describe("adding the roster changes no other kind's detection", () => {
  test.each<[string, SheetData, string]>([
    ["a revisit table", revisitSheet([{}, {}]), "revisit"],
    [
      "a revisit table with most columns missing but 户主姓名 and 身份证号",
      revisitSheet([{}], {
        headers: { phone: "", address: "", notRenovated: "", reinforcedYear: "", rebuiltYear: "" },
      }),
      "revisit",
    ],
    ["a relocation ledger (户主姓名, 身份证号, 村)", relocationSheet([{}, {}]), "relocation"],
    ["a renovation ledger", renovationSheet([{}, {}]), "renovation"],
  ])("%s", (_, s, kind) => {
    expect(check([s]).tables[0]?.info.kind).toBe(kind);
  });

  test("a renovation ledger missing two required columns (6 of 8) is still renovation, not a 3-of-3 roster", () => {
    const header = [
      "序号",
      "县（区）",
      "乡镇",
      "村",
      "户主姓名",
      "身份证号",
      "家庭人口",
      "危房等级",
      "改造方式",
      "改造年度",
      "",
      "",
      "竣工验收",
      "入住情况",
    ];
    const s = sheet("危改", [
      ["台账"],
      header,
      [1, "某县", "城关镇", "东村", "李四", idOf(1), 3, "D", "拆除重建", 2023, null, null, "是", "已入住"],
    ]);
    const found = check([s]);
    expect(found.tables[0]?.info.kind).toBe("renovation");
  });
});
