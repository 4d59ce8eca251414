import { completed, methodName, related, renovationYear, where, yearField } from "./shared";
import { defineCrossRule } from "./types";

/**
 * A renovation the ledger records as completed (竣工验收 是 or a report number) in 改造年度 Y is part of the
 * house's history (TZ 注2, 10.1.2): the revisit row must not tick 未改造, and its 维修加固年份 (reinforce) or
 * 重建安置年份 (rebuild) must be Y. Without a readable Y only the 未改造 tick is checked.
 */
export default defineCrossRule({
  id: "XT-HISTORY-MISSING",
  severity: "error",
  clause: "TZ 注2; TZ 10.1.2",
  kinds: ["revisit", "renovation"],
  needs: [],
  check(x, report) {
    for (const h of x.revisit) {
      for (const ledger of h.renovation.records) {
        if (!completed(ledger)) continue;
        const year = renovationYear(ledger);
        const method = ledger.row.method;
        const base = { method: methodName(method), where: where(ledger.at, h.at) };
        const ledgerCells = related(ledger.at, "year");
        if (h.row.notRenovated) {
          report({
            at: h.at,
            fields: method ? ["notRenovated", yearField(method)] : ["notRenovated"],
            params: year === undefined ? { ...base, problem: "noYear" } : { ...base, year },
            related: [ledgerCells],
          });
          continue;
        }
        if (method === undefined || year === undefined) continue;
        const field = yearField(method);
        const written = method === "reinforce" ? h.row.reinforcedYear : h.row.rebuiltYear;
        if (written.year === year) continue;
        report({
          at: h.at,
          fields: [field],
          params: {
            ...base,
            year,
            column: h.at.table.context.header(field),
            value: written.text,
            problem: written.text === "" ? "empty" : "year",
          },
          related: [ledgerCells],
        });
      }
    }
  },
});
