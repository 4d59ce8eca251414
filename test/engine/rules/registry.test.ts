import { TABLE_KINDS } from "../../../src/engine/model/types";
import { ALL_RULES, GENERAL_RULES, KIND_RULES } from "../../../src/engine/rules/registry";
import { REVISIT_RULES } from "../../../src/engine/rules/revisit";
import { RELOCATION_RULES } from "../../../src/engine/rules/relocation";
import { RENOVATION_RULES } from "../../../src/engine/rules/renovation";

describe("rules are registered by their kinds", () => {
  test.each(TABLE_KINDS)("a %s table runs the general rules first, then exactly its kind's", (kind) => {
    const ids = KIND_RULES[kind].rules.map((r) => r.id);
    expect(ids.slice(0, GENERAL_RULES.length)).toEqual(GENERAL_RULES.map((r) => r.id));
    for (const rule of KIND_RULES[kind].rules)
      expect([rule.id, rule.kinds]).toEqual([rule.id, expect.arrayContaining([kind])]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every per-table rule runs on some kind, and only on the kinds it names", () => {
    for (const rule of [...REVISIT_RULES, ...RELOCATION_RULES, ...RENOVATION_RULES]) {
      const runsOn = TABLE_KINDS.filter((k) => KIND_RULES[k].rules.includes(rule));
      expect([rule.id, runsOn]).toEqual([
        rule.id,
        [...rule.kinds].sort((a, b) => TABLE_KINDS.indexOf(a) - TABLE_KINDS.indexOf(b)),
      ]);
    }
  });

  test("rule IDs are unique across the catalogue", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
