import { cell, cleanHousehold, checkSheets, revisitSheet, run, validId } from "./harness";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { checkIdNumber } from "../../../src/engine/parse/values";
import { ALL_RULES } from "../../../src/engine/rules/registry";

/** The rule tests rely on clean defaults: if these fail, every "passing case" elsewhere means nothing. */
describe("revisit test harness", () => {
  test("clean households give no finding at all", () => {
    expect(run(Array.from({ length: 25 }, () => ({})))).toEqual([]);
  });

  test("the standard layout is detected as SPEC §5's example", () => {
    const result = checkSheets([revisitSheet([{}, {}, {}])]);
    expect(result.tables.map((t) => t.info)).toEqual([
      {
        sheet: "张庄村",
        kind: "revisit",
        headerRows: [3, 4],
        firstDataRow: 5,
        lastDataRow: 7,
        meta: { township: "戴窑镇", village: "张庄村", fillDate: "2024-06-30" },
      },
    ]);
  });

  test("default IDs are valid and distinct", () => {
    const ids = Array.from({ length: 40 }, (_, i) => String(cleanHousehold(i).id));
    expect(new Set(ids).size).toBe(40);
    for (const id of ids) expect(checkIdNumber(id)).toBeUndefined();
    expect(checkIdNumber(validId("32128119650110123"))).toBeUndefined();
  });

  test("cell addresses follow the standard columns", () => {
    expect(cell("grade", 0)).toBe("J5");
    expect(cell("actRebuild", 2)).toBe("L7");
  });

  test("every GEN and RV rule has its own test file", () => {
    const ids = ALL_RULES.map((r) => r.id).filter((id) => /^(GEN|RV)-/.test(id));
    expect(ids.length).toBe(6 + 17);
    expect(ids.filter((id) => !existsSync(join(__dirname, `${id}.test.ts`)))).toEqual([]);
  });
});
