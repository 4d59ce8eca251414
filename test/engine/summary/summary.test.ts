import type { TownshipSpec } from "../../../scripts/samples/city";
import { placedRows } from "../../../scripts/samples/city";
import { parseConfig } from "../../../src/engine/config";
import { summarizeCity, summarizeTownship, type SummaryInput } from "../../../src/engine/summary";
import {
  figuresOnly,
  plus,
  SEVERITY,
  townshipFigures,
  tzRates,
  villageFigures,
  villagesOf,
  zero,
} from "./intended";
import { inputsOf as inputsOfLoaded, loadCityTownships, today, type Loaded } from "./load";

let loaded: Loaded;
let townships: TownshipSpec[];
let inputs: Map<string, SummaryInput>;

beforeAll(async () => {
  loaded = await loadCityTownships();
  townships = loaded.townships;
  inputs = loaded.inputs;
});

function inputsOf(t: TownshipSpec): SummaryInput[] {
  return inputsOfLoaded(loaded, t);
}

describe("the sample township workbooks", () => {
  test("raise exactly their seeded errors and warnings (so intended counts are the truth)", () => {
    for (const t of townships) {
      for (const f of t.files) {
        const result = (inputs.get(f.file) as SummaryInput).result;
        const want: string[] = [];
        for (const v of f.villages) {
          const rows = placedRows(v);
          v.households.forEach((h, i) => {
            for (const id of h.expect ?? []) want.push(`${v.name}!${rows[i]} ${id}`);
          });
          for (const [row, id] of v.sheetFindings) want.push(`${v.name}!${row} ${id}`);
        }
        const got = result.findings
          .filter((x) => x.severity !== "info")
          .map((x) => `${x.sheet}!${x.row} ${x.ruleId}`);
        expect(got.sort()).toEqual(want.sort());
        // The only notes are C households rebuilt (allowed): they count nowhere.
        expect(
          result.findings.filter((x) => x.severity === "info").every((x) => x.ruleId === "RV-C-REBUILD"),
        ).toBe(true);
        for (const id of new Set(want.map((w) => w.split(" ")[1] as string)))
          expect(SEVERITY[id]).toBeDefined();
      }
    }
  });

  test("cover every category the summary counts", () => {
    const all = townships.map((t) => townshipFigures(t)).reduce(plus, zero());
    for (const n of [
      ...Object.values(all.grades),
      ...Object.values(all.history),
      ...Object.values(all.planned),
      all.revisitOverdue,
      all.errors,
      all.warnings,
    ]) {
      expect(n).toBeGreaterThan(0);
    }
  });
});

describe("township summary", () => {
  test.each(["戴窑镇", "安丰镇", "溱潼镇", "新街镇"])(
    "%s: every village and the total match the intended figures",
    (name) => {
      const t = townships.find((x) => x.township === name) as TownshipSpec;
      const s = summarizeTownship(inputsOf(t), { today });
      const villages = villagesOf(t);
      expect(s.level).toBe("township");
      expect(s.groups.map((g) => g.name)).toEqual(villages.map((v) => v.expectedName));
      s.groups.forEach((g, i) => {
        expect(figuresOnly(g)).toEqual(
          villageFigures(villages[i] as (typeof villages)[number], tzRates(t.city)),
        );
      });
      expect(figuresOnly(s.total)).toEqual(townshipFigures(t));
      expect(s.total.name).toBe("合计");
      expect(s.townships.map((x) => [x.name, x.city])).toEqual([[name, t.city]]);
    },
  );

  test("a village without 村（社区） in its meta row is named after its sheet, and the sheet says so", () => {
    const t = townships.find((x) => x.township === "戴窑镇") as TownshipSpec;
    const s = summarizeTownship(inputsOf(t), { today });
    const table = s.tables.find((x) => x.source.sheet === "南街社区");
    expect(table?.village).toBe("南街社区");
    expect(table?.villageFrom).toBe("sheet");
    expect(s.tables.filter((x) => x.villageFrom === "meta")).toHaveLength(2);
  });
});

describe("city summary", () => {
  test("one group per township, grouped by 市（区） in SPEC order with subtotals, 未指定 last; total is everything", () => {
    const all = [...inputs.values()];
    const s = summarizeCity(all, { today });
    // SPEC §4 lists 海陵区, 高港区, 姜堰区, 医药高新区, 兴化市, 靖江市, 泰兴市.
    expect(s.groups.map((g) => [g.city, g.name])).toEqual([
      ["姜堰区", "溱潼镇"],
      ["兴化市", "戴窑镇"],
      ["兴化市", "安丰镇"],
      ["未指定", "新街镇"],
    ]);
    for (const g of s.groups) {
      const t = townships.find((x) => x.township === g.name) as TownshipSpec;
      expect(figuresOnly(g)).toEqual(townshipFigures(t));
    }
    const byCity = (city: string) =>
      townships
        .filter((t) => t.city === city)
        .map((t) => townshipFigures(t))
        .reduce(plus, zero());
    expect(s.cities.map((c) => c.name)).toEqual(["姜堰区", "兴化市", "未指定"]);
    for (const c of s.cities) expect(figuresOnly(c)).toEqual(byCity(c.name));
    expect(figuresOnly(s.total)).toEqual(townships.map((t) => townshipFigures(t)).reduce(plus, zero()));
  });

  test("the 市（区） is stated with where it came from", () => {
    const s = summarizeCity([...inputs.values()], { today });
    const from = Object.fromEntries(s.townships.map((t) => [t.name, t.cityFrom]));
    expect(from).toEqual({ 戴窑镇: "address", 安丰镇: "address", 溱潼镇: "address", 新街镇: "none" });
  });

  test("configuration names a township's 市（区） and that 市（区）'s rates apply", () => {
    const config = parseConfig({
      townshipCity: { 新街镇: "靖江市" },
      subsidy: {
        byCity: {
          兴化市: { rebuild: 22_000, reinforce: 8_000 },
          靖江市: { rebuild: 30_000, reinforce: 10_000 },
        },
      },
    });
    const s = summarizeCity([...inputs.values()], { today, config });
    const g = s.groups.find((x) => x.name === "新街镇");
    expect(g?.city).toBe("靖江市");
    expect(s.townships.find((x) => x.name === "新街镇")?.cityFrom).toBe("config");
    const t = townships.find((x) => x.township === "新街镇") as TownshipSpec;
    expect(figuresOnly(g as NonNullable<typeof g>)).toEqual(
      townshipFigures(t, "靖江市", { rebuild: 30_000, reinforce: 10_000 }),
    );
    // Configured 市（区） come in the configuration's order: 靖江市 after 姜堰区, before any 未指定.
    expect(s.cities.map((c) => c.name)).toEqual(["姜堰区", "兴化市", "靖江市"]);
  });

  test("the order in which files are given does not change any figure", () => {
    const forward = summarizeCity([...inputs.values()], { today });
    const backward = summarizeCity([...inputs.values()].reverse(), { today });
    const key = (s: typeof forward) =>
      Object.fromEntries(s.groups.map((g) => [g.name, JSON.stringify(figuresOnly(g))]));
    expect(key(backward)).toEqual(key(forward));
    expect(figuresOnly(backward.total)).toEqual(figuresOnly(forward.total));
  });
});
