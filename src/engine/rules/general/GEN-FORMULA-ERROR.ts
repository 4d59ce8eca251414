import { a1 } from "../../model/address";
import { TABLE_KINDS } from "../../model/types";
import { isCellError } from "../../parse/text";
import { defineRule } from "../types";

/** A cell showing #N/A, #VALUE!, #REF!, #DIV/0! … hides the value the table should hold. */
export default defineRule({
  id: "GEN-FORMULA-ERROR",
  severity: "error",
  clause: "—",
  kinds: TABLE_KINDS,
  needs: [],
  row(row, ctx) {
    row.values.forEach((v, c) => {
      if (v !== null && v !== undefined && isCellError(v)) {
        ctx.report({ r: row.r, cells: [a1(row.r, c)], params: { value: v.error } });
      }
    });
  },
});
