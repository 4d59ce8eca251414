import { rulesTables } from "./zh-CN/rules";
import { rulesFiles } from "./zh-CN/rules-files";
import { uiPane } from "./zh-CN/ui-pane";
import { uiCli } from "./zh-CN/ui-cli";
import { uiFeatures } from "./zh-CN/ui-features";
import { uiSummary } from "./zh-CN/ui-summary";

/**
 * The zh-CN catalogue: rule titles and messages with named slots, and every string the user interfaces show.
 * A message names the household, the column as the clerk sees it, what is wrong and what would be right.
 * `ID.problem` entries refine a rule's message for one value of its `problem` parameter. The parts live in
 * ./zh-CN/, one per area; their keys are the catalogue's keys (`RuleKey`, `UiKey`), so a misspelled key fails the
 * typecheck, and en-US must give every one of them.
 */
const zh = {
  rules: { ...rulesTables, ...rulesFiles },
  severity: { error: "错误", warning: "警告", info: "提示" },
  kind: {
    revisit: "回访表",
    relocation: "易地扶贫搬迁台账",
    renovation: "危房改造台账",
    roster: "低收入人口名单",
  },
  ui: { ...uiPane, ...uiCli, ...uiSummary, ...uiFeatures },
};

/** A rule's catalogue entry: its ID, or `ID.problem` for a refinement. */
export type RuleKey = keyof typeof zh.rules;
/** A user-interface string's key. */
export type UiKey = keyof typeof zh.ui;
/** The 表A.1 sample sheet's headers: the standard's own words, Chinese in every locale. */
export type ZhOnlyKey = Extract<UiKey, `summaryA1${string}`>;

export interface Catalogue {
  readonly rules: Readonly<Partial<Record<string, { readonly title: string; readonly message: string }>>>;
  readonly severity: Readonly<Partial<Record<string, string>>>;
  readonly kind: Readonly<Partial<Record<string, string>>>;
  readonly ui: Readonly<Partial<Record<string, string>>>;
}

/** The catalogue as the lookups read it (by any string; an unknown key is `undefined`). */
export const zhCN: Catalogue = zh;
