import { rulesTables } from "./en-US/rules";
import { rulesFiles } from "./en-US/rules-files";
import { uiPane } from "./en-US/ui-pane";
import { uiCli } from "./en-US/ui-cli";
import { uiFeatures } from "./en-US/ui-features";
import { uiSummary } from "./en-US/ui-summary";
import type { Catalogue } from "./zh-CN";

/**
 * The en-US catalogue: every key of zh-CN (each part in ./en-US/ is typed by its zh-CN twin, so a key missing here
 * fails the typecheck), except the 表A.1 headers, which stay Chinese.
 */
export const enUS: Catalogue = {
  rules: { ...rulesTables, ...rulesFiles },
  severity: { error: "Error", warning: "Warning", info: "Info" },
  kind: {
    revisit: "revisit table",
    relocation: "relocation ledger",
    renovation: "renovation ledger",
    roster: "low-income roster",
  },
  ui: { ...uiPane, ...uiCli, ...uiSummary, ...uiFeatures },
};
