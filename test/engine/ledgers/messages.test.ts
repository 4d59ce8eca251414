import { renderMessage, ruleTitle } from "../../../src/engine/messages";
import { enUS } from "../../../src/engine/messages/en-US";
import { zhCN } from "../../../src/engine/messages/zh-CN";
import type { Finding } from "../../../src/engine/model/types";
import { RELOCATION_RULES } from "../../../src/engine/rules/relocation";
import { RENOVATION_RULES } from "../../../src/engine/rules/renovation";
import { check } from "./sheet";
import { RENOVATION_HEADER, relocationSheet, renovationSheet } from "./tables";

/** Every RL/RN finding, in every variant, renders a whole message in both languages (no `{slot}` left). */
const relocation = relocationSheet([
  { head: null },
  { area: null },
  { year: "十三五" },
  { persons: 4.5 },
  { mode: "移民" },
  { area: 110 },
  { year: 2016, area: 112 },
  { year: 2016, area: 112, coOwnership: "是" },
  { area: "约100" },
  { subsidy: 1 },
  { subsidy: null },
  { subsidy: "待定" },
  { selfFund: 10_001 },
  { persons: 6, area: 150, subsidy: 150_000, selfFund: 10_001 },
  { selfFund: "约" },
  { acceptance: "否" },
  { keys: null },
  { acceptance: "否", keys: null },
  { mode: "分散安置", acceptance: null },
  { mode: "分散安置", movedIn: "未入住" },
  { mode: "分散安置", acceptance: null, movedIn: null },
]);
const renovation = renovationSheet([
  { head: null },
  { persons: "三" },
  { grade: "B" },
  { method: "维修加固" },
  { area: 61 },
  { area: null },
  { area: "约50" },
  { persons: 5, area: 100 },
  { persons: 5, area: null },
  { persons: 5, area: "约" },
  { safetyOpinion: null },
  { safetyOpinion: "否" },
  { acceptance: "否" },
  { movedIn: "未入住" },
  { acceptance: "否", movedIn: "未入住" },
  { bankReceipt: "否" },
  { buildMode: "统建", bankReceipt: null },
  { subsidy: 1 },
  { subsidy: "待拨付" },
]);
const noEvidence = renovationSheet(
  [{ buildMode: "统建" }],
  RENOVATION_HEADER.map((h) => (h === "协议及支付凭证" ? "说明" : h)),
);
const findings: Finding[] = check([relocation, renovation, noEvidence]).findings.filter((f) =>
  /^(RL|RN)-/.test(f.ruleId),
);

describe("RL/RN messages", () => {
  test("every RL and RN rule was produced by the scenarios", () => {
    const ids = new Set(findings.map((f) => f.ruleId));
    expect([...RELOCATION_RULES, ...RENOVATION_RULES].map((r) => r.id).filter((id) => !ids.has(id))).toEqual(
      [],
    );
  });

  test("every rule has a title and a message in both catalogues", () => {
    for (const r of [...RELOCATION_RULES, ...RENOVATION_RULES]) {
      expect(zhCN.rules[r.id]?.title).toBeTruthy();
      expect(enUS.rules[r.id]?.title).toBeTruthy();
      expect(ruleTitle(r.id)).not.toBe(r.id);
    }
  });

  test("every variant a rule reports has its own entry in both catalogues", () => {
    const variants = new Set(
      findings.flatMap((f) => (f.params.problem ? [`${f.ruleId}.${f.params.problem}`] : [])),
    );
    expect(variants.size).toBeGreaterThanOrEqual(20);
    for (const key of variants) {
      expect([key, zhCN.rules[key] !== undefined]).toEqual([key, true]);
      expect([key, enUS.rules[key] !== undefined]).toEqual([key, true]);
    }
  });

  test.each(["zh-CN", "en-US"] as const)(
    "%s: every message is complete and names the household",
    (locale) => {
      for (const f of findings) {
        const message = renderMessage(f, locale);
        expect([f.ruleId, message]).toEqual([f.ruleId, expect.not.stringMatching(/\{\w+\}/)]);
        const name = f.params.name === "" ? "（户主未填）" : String(f.params.name);
        expect(message.startsWith(name)).toBe(true);
      }
    },
  );
});
