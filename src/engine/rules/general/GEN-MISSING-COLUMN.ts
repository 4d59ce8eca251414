import { a1 } from "../../model/address";
import { TABLE_KINDS } from "../../model/types";
import { defineRule } from "../types";

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
      ctx.report({ r: header.bandTop, cells: [a1(header.bandTop, 0)], params: { column: field.label } });
    }
  },
});
