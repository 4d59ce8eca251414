import {
  HouseholdIndex,
  householdKeyParts,
  householdRecords,
  matchHouseholds,
  normalizeAddress,
  type HouseholdRecord,
} from "../../../src/engine/identity";
import { checkSheets, revisitSheet, validId, type Household } from "../rules/harness";

const ID_A = validId("32128119650110123");
const ID_B = validId("32128119700315456");
const ID_X = (() => {
  for (let n = 100; n < 1000; n++) {
    const id = validId(`321281197003150${String(n).slice(1)}`);
    if (id.endsWith("X")) return id;
  }
  throw new Error("no X check digit found");
})();
const BAD_ID = `${ID_A.slice(0, 17)}${ID_A.endsWith("0") ? "1" : "0"}`;

type Rec = HouseholdRecord<string>;
const rec = (ref: string, name: string, village?: string, id?: string, township?: string): Rec => ({
  ref,
  name,
  village,
  id,
  township,
});

/** The match as refs: pairs `left=right/by(+idChanged)`, then the unmatched of each side. */
function summary(left: readonly Rec[], right: readonly Rec[]) {
  const m = matchHouseholds(left, right);
  return {
    pairs: m.pairs.map((p) => `${p.left.ref}=${p.right.ref}/${p.by}${p.idChanged ? "+idChanged" : ""}`),
    leftOnly: m.leftOnly.map((r) => r.ref),
    rightOnly: m.rightOnly.map((r) => r.ref),
    ambiguous: [...m.ambiguous.left.map((r) => r.ref), ...m.ambiguous.right.map((r) => r.ref)],
  };
}

describe("householdKeyParts (SPEC §9)", () => {
  test.each<[string, Parameters<typeof householdKeyParts>[0], Partial<ReturnType<typeof householdKeyParts>>]>(
    [
      [
        "a valid ID is the key",
        { id: ID_A, name: "张卫东", village: "张庄村" },
        { id: ID_A, key: `id:${ID_A}` },
      ],
      [
        "a lower-case x is read as X",
        { id: ID_X.toLowerCase(), name: "张卫东" },
        { id: ID_X, key: `id:${ID_X}` },
      ],
      ["spaces around an ID", { id: ` ${ID_A} `, name: "张卫东" }, { id: ID_A }],
      [
        "an invalid ID is no ID: name + 村",
        { id: BAD_ID, name: "张卫东", village: "张庄村" },
        { id: undefined, key: "name:张卫东|张庄村" },
      ],
      ["`无` is no ID", { id: "无", name: "张卫东", village: "张庄村" }, { id: undefined }],
      [
        "whitespace removed, full width folded",
        { name: " 张 卫\u3000东 ", village: "张庄村\n", township: "戴窑 镇" },
        { name: "张卫东", village: "张庄村", township: "戴窑镇", key: "name:张卫东|张庄村" },
      ],
      ["full-width letters fold", { name: "李Ａ", village: "张庄村" }, { name: "李A" }],
      ["no village: no key", { name: "张卫东" }, { key: undefined, nameKey: undefined }],
      ["no name: no key", { name: " ", village: "张庄村" }, { key: undefined }],
    ],
  )("%s", (_, input, expected) => {
    expect(householdKeyParts(input)).toMatchObject(expected);
  });

  test("addresses: whitespace removed, full width folded, digits as ASCII", () => {
    expect(normalizeAddress(" 张庄村３组 １２号 ")).toBe("张庄村3组12号");
    expect(normalizeAddress("张庄村3组12号")).toBe(normalizeAddress("张庄村３组１２号"));
    expect(normalizeAddress("ａ栋")).toBe(normalizeAddress("A栋"));
  });
});

describe("matchHouseholds: two passes (SPEC §9)", () => {
  test.each<[string, Rec[], Rec[], ReturnType<typeof summary>]>([
    [
      "same valid ID, other name and village: by ID",
      [rec("p", "张卫东", "张庄村", ID_A)],
      [rec("c", "张维东", "李庄村", ID_A)],
      { pairs: ["p=c/id"], leftOnly: [], rightOnly: [], ambiguous: [] },
    ],
    [
      "ID on one side only: by name + 村",
      [rec("p", "张卫东", "张庄村", ID_A)],
      [rec("c", "张卫东", "张庄村")],
      { pairs: ["p=c/name"], leftOnly: [], rightOnly: [], ambiguous: [] },
    ],
    [
      "an invalid ID against a valid one: by name + 村, no ID change",
      [rec("p", "张卫东", "张庄村", BAD_ID)],
      [rec("c", "张卫东", "张庄村", ID_A)],
      { pairs: ["p=c/name"], leftOnly: [], rightOnly: [], ambiguous: [] },
    ],
    [
      "full-width and spaced names and villages",
      [rec("p", "张 卫东", "张庄村 ")],
      [rec("c", "张卫东", "张庄村")],
      { pairs: ["p=c/name"], leftOnly: [], rightOnly: [], ambiguous: [] },
    ],
    [
      "a lower-case x in an ID",
      [rec("p", "王五", "张庄村", ID_X.toLowerCase())],
      [rec("c", "王 五", "李庄村", ID_X)],
      { pairs: ["p=c/id"], leftOnly: [], rightOnly: [], ambiguous: [] },
    ],
    [
      "moved between villages with an ID: matched (the caller sees the village change)",
      [rec("p", "张卫东", "张庄村", ID_A)],
      [rec("c", "张卫东", "李庄村", ID_A)],
      { pairs: ["p=c/id"], leftOnly: [], rightOnly: [], ambiguous: [] },
    ],
    [
      "moved between villages without an ID: gone here, new there",
      [rec("p", "张卫东", "张庄村")],
      [rec("c", "张卫东", "李庄村")],
      { pairs: [], leftOnly: ["p"], rightOnly: ["c"], ambiguous: [] },
    ],
    [
      "two households with the same name in one village now: neither matched",
      [rec("p", "张卫东", "张庄村")],
      [rec("c1", "张卫东", "张庄村"), rec("c2", "张卫东", "张庄村")],
      { pairs: [], leftOnly: ["p"], rightOnly: ["c1", "c2"], ambiguous: ["p", "c1", "c2"] },
    ],
    [
      "two households with the same name in one village last time: neither matched",
      [rec("p1", "张卫东", "张庄村"), rec("p2", "张卫东", "张庄村")],
      [rec("c", "张卫东", "张庄村")],
      { pairs: [], leftOnly: ["p1", "p2"], rightOnly: ["c"], ambiguous: ["p1", "p2", "c"] },
    ],
    [
      "same name in one village, told apart by their IDs: each by ID",
      [rec("p1", "张卫东", "张庄村", ID_A), rec("p2", "张卫东", "张庄村", ID_B)],
      [rec("c2", "张卫东", "张庄村", ID_B), rec("c1", "张卫东", "张庄村", ID_A)],
      { pairs: ["p2=c2/id", "p1=c1/id"], leftOnly: [], rightOnly: [], ambiguous: [] },
    ],
    [
      "two valid different IDs with the same name + 村: by name, ID changed",
      [rec("p", "张卫东", "张庄村", ID_A)],
      [rec("c", "张卫东", "张庄村", ID_B)],
      { pairs: ["p=c/name+idChanged"], leftOnly: [], rightOnly: [], ambiguous: [] },
    ],
    [
      "one ID matched, its namesake without ID left over: not ambiguous against the matched one",
      [rec("p1", "张卫东", "张庄村", ID_A), rec("p2", "张卫东", "张庄村")],
      [rec("c1", "张卫东", "张庄村", ID_A), rec("c2", "张卫东", "张庄村")],
      { pairs: ["p1=c1/id", "p2=c2/name"], leftOnly: [], rightOnly: [], ambiguous: [] },
    ],
    [
      "乡镇 both given and different: not the same household",
      [rec("p", "张卫东", "张庄村", undefined, "戴窑镇")],
      [rec("c", "张卫东", "张庄村", undefined, "大垛镇")],
      { pairs: [], leftOnly: ["p"], rightOnly: ["c"], ambiguous: [] },
    ],
    [
      "乡镇 on one side only: name + 村 decides",
      [rec("p", "张卫东", "张庄村", undefined, "戴窑镇")],
      [rec("c", "张卫东", "张庄村")],
      { pairs: ["p=c/name"], leftOnly: [], rightOnly: [], ambiguous: [] },
    ],
    [
      "乡镇 tells two namesakes apart",
      [
        rec("p1", "张卫东", "张庄村", undefined, "戴窑镇"),
        rec("p2", "张卫东", "张庄村", undefined, "大垛镇"),
      ],
      [
        rec("c2", "张卫东", "张庄村", undefined, "大垛镇"),
        rec("c1", "张卫东", "张庄村", undefined, "戴窑镇"),
      ],
      { pairs: ["p2=c2/name", "p1=c1/name"], leftOnly: [], rightOnly: [], ambiguous: [] },
    ],
    [
      "a row without 乡镇 against two with different 乡镇: two candidates, neither matched",
      [
        rec("p1", "张卫东", "张庄村", undefined, "戴窑镇"),
        rec("p2", "张卫东", "张庄村", undefined, "大垛镇"),
      ],
      [rec("c", "张卫东", "张庄村")],
      { pairs: [], leftOnly: ["p1", "p2"], rightOnly: ["c"], ambiguous: ["p1", "p2", "c"] },
    ],
    [
      "the same ID twice on one side: copies pair up in order, the extra copy stays",
      [rec("p", "张卫东", "张庄村", ID_A)],
      [rec("c1", "张卫东", "张庄村", ID_A), rec("c2", "张卫东", "张庄村", ID_A)],
      { pairs: ["p=c1/id"], leftOnly: [], rightOnly: ["c2"], ambiguous: [] },
    ],
    [
      "no name, no village, no ID: never matched",
      [rec("p1", "", "张庄村"), rec("p2", "张卫东")],
      [rec("c1", "", "张庄村"), rec("c2", "张卫东")],
      { pairs: [], leftOnly: ["p1", "p2"], rightOnly: ["c1", "c2"], ambiguous: [] },
    ],
  ])("%s", (_, left, right, expected) => {
    expect(summary(left, right)).toEqual(expected);
  });

  test("pairs follow the right side's order, unmatched their own side's (deterministic)", () => {
    const left = [rec("p1", "甲", "村"), rec("p2", "乙", "村"), rec("p3", "丙", "村"), rec("p4", "丁", "村")];
    const right = [rec("c3", "丙", "村"), rec("c5", "戊", "村"), rec("c1", "甲", "村")];
    expect(summary(left, right)).toEqual({
      pairs: ["p3=c3/name", "p1=c1/name"],
      leftOnly: ["p2", "p4"],
      rightOnly: ["c5"],
      ambiguous: [],
    });
  });

  test("40,000 households a side, half of them namesakes in one village: matched in seconds, not minutes", () => {
    const side = (p: string, n: number) =>
      Array.from({ length: n }, (_, i) => rec(`${p}${i}`, i % 2 ? "张卫东" : `户${i}`, "张庄村"));
    const left = side("p", 40_000);
    const right = side("c", 40_000);
    const t0 = Date.now();
    const m = matchHouseholds(left, right);
    // Comparing every namesake with every other (20,000²) alone takes longer than this on this machine.
    expect(Date.now() - t0).toBeLessThan(8_000);
    expect(m.pairs).toHaveLength(20_000);
    expect(m.ambiguous.left).toHaveLength(20_000);
    expect(m.ambiguous.right).toHaveLength(20_000);
  });
});

describe("HouseholdIndex: many tables at once", () => {
  const index = new HouseholdIndex<string>([
    rec("ledger-a", "张卫东", "张庄村", ID_A),
    rec("roster-a", "张 卫东", "张庄村", ID_A.toLowerCase()),
    rec("ledger-b", "李四", "张庄村"),
    rec("ledger-c1", "王五", "张庄村"),
    rec("ledger-c2", "王五", "张庄村"),
    rec("ledger-d", "赵六", "张庄村", ID_B, "戴窑镇"),
  ]);
  test.each<[string, Rec, { by: string; refs: string[]; idChanged: boolean } | undefined]>([
    [
      "by ID: every table's copy",
      rec("q", "张卫东", "李庄村", ID_A),
      { by: "id", refs: ["ledger-a", "roster-a"], idChanged: false },
    ],
    ["by name + 村", rec("q", "李四", "张庄村"), { by: "name", refs: ["ledger-b"], idChanged: false }],
    [
      "by name + 村 with another valid ID",
      rec("q", "赵六", "张庄村", ID_A.replace(/^3/, "3")),
      { by: "id", refs: ["ledger-a", "roster-a"], idChanged: false },
    ],
    [
      "two candidates: ambiguous",
      rec("q", "王五", "张庄村"),
      { by: "ambiguous", refs: ["ledger-c1", "ledger-c2"], idChanged: false },
    ],
    ["other 乡镇: none", rec("q", "赵六", "张庄村", undefined, "大垛镇"), undefined],
    [
      "ID changed",
      rec("q", "赵六", "张庄村", validId("32128119800101000")),
      { by: "name", refs: ["ledger-d"], idChanged: true },
    ],
    ["unknown", rec("q", "钱七", "张庄村"), undefined],
  ])("%s", (_, query, expected) => {
    const found = index.lookup(query);
    expect(
      found && { by: found.by, refs: found.records.map((r) => r.ref), idChanged: found.idChanged },
    ).toEqual(expected);
  });
  test("size", () => expect(index.size).toBe(6));
});

describe("householdRecords: from checked workbooks", () => {
  const sheet = (name: string, village: string, households: Household[]) =>
    revisitSheet(households, { name, meta: { village } });
  const input = (file: string, sheets: ReturnType<typeof sheet>[]) => ({ file, result: checkSheets(sheets) });
  const refOf = (
    r: HouseholdRecord<{ household: { source: { sheet: string }; row: number; village?: string } }>,
  ) => `${r.ref.household.source.sheet}!${r.ref.household.row}`;

  test("a revisit row: 户主姓名, 身份证号, 村 and 乡镇 from the meta row; ref holds the table and row", () => {
    const recs = householdRecords([
      input("a.xlsx", [sheet("张庄村", "张庄村", [{ head: "张卫东", id: ID_A }])]),
    ]);
    expect(recs).toHaveLength(1);
    const r = recs[0];
    expect(r && { id: r.id, name: r.name, village: r.village, township: r.township }).toEqual({
      id: ID_A,
      name: "张卫东",
      village: "张庄村",
      township: "戴窑镇",
    });
    expect(r?.ref.kind).toBe("revisit");
    expect(r?.ref.table.context.address(r.ref.r, "grade")).toBe("J5");
  });

  test("a renamed sheet: the meta row's 村 keeps the households matched by name", () => {
    const prev = householdRecords([
      input("p.xlsx", [sheet("张庄村", "张庄村", [{ head: "张卫东", id: null }])]),
    ]);
    const cur = householdRecords([
      input("c.xlsx", [sheet("张庄村(6月)", "张庄村", [{ head: "张卫东", id: null }])]),
    ]);
    const m = matchHouseholds(prev, cur);
    expect(m.pairs.map((p) => [refOf(p.left), refOf(p.right), p.by])).toEqual([
      ["张庄村!5", "张庄村(6月)!5", "name"],
    ]);
  });

  test("a village split over two sheets: matched across the whole workbook", () => {
    const prev = householdRecords([
      input("p.xlsx", [
        sheet("张庄村", "张庄村", [
          { head: "甲", id: null },
          { head: "乙", id: null },
          { head: "丙", id: null },
        ]),
      ]),
    ]);
    const cur = householdRecords([
      input("c.xlsx", [
        sheet("张庄村1", "张庄村", [{ head: "丙", id: null }]),
        sheet("张庄村2", "张庄村", [
          { head: "甲", id: null },
          { head: "乙", id: null },
        ]),
      ]),
    ]);
    const m = matchHouseholds(prev, cur);
    expect(m.pairs.map((p) => `${refOf(p.left)}=${refOf(p.right)}`)).toEqual([
      "张庄村!7=张庄村1!5",
      "张庄村!5=张庄村2!5",
      "张庄村!6=张庄村2!6",
    ]);
    expect(m.leftOnly).toEqual([]);
  });

  test("a household moved between villages, found by its ID", () => {
    const prev = householdRecords([
      input("p.xlsx", [sheet("张庄村", "张庄村", [{ head: "张卫东", id: ID_A }])]),
    ]);
    const cur = householdRecords([
      input("c.xlsx", [sheet("李庄村", "李庄村", [{}, { head: "张卫东", id: ID_A }])]),
    ]);
    const m = matchHouseholds(prev, cur);
    expect(m.pairs.map((p) => [p.left.village, p.right.village, refOf(p.right), p.by])).toEqual([
      ["张庄村", "李庄村", "李庄村!6", "id"],
    ]);
  });
});
