import { METHOD_NAMES } from "../../parse/ledger";
import { completed, related, tickedAction, where } from "./shared";
import { defineCrossRule } from "./types";

const ACTION_NAMES = { reinforce: "维修加固", rebuild: "重建安置" } as const;

/**
 * The renovation ledger's 改造方式 (reinforce or rebuild) agrees with the disposition the revisit table ticks, while
 * the renovation is not completed, whatever the grades (TZ 5.2, 7.1.1). Only a row ticking exactly one disposition
 * is compared (none or both are RV findings).
 */
export default defineCrossRule({
  id: "XT-METHOD-MISMATCH",
  severity: "warning",
  clause: "TZ 5.2; TZ 7.1.1",
  kinds: ["revisit", "renovation"],
  needs: [],
  check(x, report) {
    for (const h of x.revisit) {
      const action = tickedAction(h);
      if (action === undefined) continue;
      for (const ledger of h.renovation.records) {
        const method = ledger.row.method;
        if (completed(ledger) || method === undefined || method === action) continue;
        report({
          at: h.at,
          fields: ["actReinforce", "actRebuild"],
          params: {
            method: ledger.row.methodText || METHOD_NAMES[method],
            action: ACTION_NAMES[action],
            where: where(ledger.at, h.at),
          },
          related: [related(ledger.at, "method")],
        });
      }
    }
  },
});
