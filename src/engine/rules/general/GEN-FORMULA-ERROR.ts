import { a1 } from "../../model/address";
import type { CellValue } from "../../model/types";
import { TABLE_KINDS } from "../../model/types";
import { cellText, isCellError } from "../../parse/text";
import { defineRule } from "../types";

/**
 * Excel's error codes. Values pasted from another workbook or exported by other tools often hold them as plain
 * text (`#N/A`), which hides the value just as much as the error itself does.
 */
const ERROR_TEXT = /^#(N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

function errorCode(v: CellValue | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (isCellError(v)) return v.error;
  if (typeof v !== "string") return undefined;
  const t = cellText(v);
  return ERROR_TEXT.test(t) ? t : undefined;
}

/** A cell showing #N/A, #VALUE!, #REF!, #DIV/0! … hides the value the table should hold. */
export default defineRule({
  id: "GEN-FORMULA-ERROR",
  severity: "error",
  clause: "—",
  kinds: TABLE_KINDS,
  needs: [],
  row(row, ctx) {
    row.values.forEach((v, c) => {
      const code = errorCode(v);
      if (code !== undefined) ctx.report({ r: row.r, cells: [a1(row.r, c)], params: { value: code } });
    });
  },
});
