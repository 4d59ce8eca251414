import { a1 } from "../../model/address";
import { TABLE_KINDS } from "../../model/types";
import { defineRule } from "../types";

/** Candidates named in the message, at most this many. */
const MAX_CANDIDATES = 12;

/**
 * The message's parameters: the missing column and, when the band has headers that name no field, those texts
 * as candidates for `--map 字段=表头` / 对应表头 (SPEC §13).
 */
export function missingColumnParams(column: string, unmatched: readonly string[]): Record<string, string> {
  if (unmatched.length === 0) return { column };
  const listed = unmatched.slice(0, MAX_CANDIDATES).map((t) => `“${t}”`);
  const more = unmatched.length > MAX_CANDIDATES ? "…" : "";
  return { column, problem: "candidates", candidates: `${listed.join("、")}${more}` };
}

/** A required column of the detected kind is absent; the rules that need it are skipped (SPEC §1). */
export default defineRule({
  id: "GEN-MISSING-COLUMN",
  severity: "error",
  clause: "TZ 表A.1 / SX 三",
  kinds: TABLE_KINDS,
  needs: [],
  start(ctx) {
    const { header } = ctx.table;
    for (const field of header.missing) {
      ctx.report({
        r: header.bandTop,
        cells: [a1(header.bandTop, 0)],
        params: missingColumnParams(field.label, header.unmatched),
      });
    }
  },
});
