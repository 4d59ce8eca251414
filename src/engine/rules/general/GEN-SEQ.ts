import { TABLE_KINDS } from "../../model/types";
import { cellText } from "../../parse/text";
import { parseNumber } from "../../parse/values";
import { isHouseholdRow } from "../roster/row";
import { defineRule, type BaseRow, type Rule } from "../types";

/**
 * 序号 runs 1..n in order. Only the rows where the run breaks are marked: a row is wrong when its number is
 * neither its position nor one more than the row above, so one typo or one deleted row gives one mark.
 */
function create(): Rule<BaseRow> {
  let position = 0;
  let previous: number | undefined;
  let anyFilled = false;
  const pending: Array<{ r: number; value: string; expected: number }> = [];
  return defineRule({
    id: "GEN-SEQ",
    severity: "warning",
    clause: "TZ 表A.1",
    kinds: TABLE_KINDS,
    needs: ["seq"],
    fresh: create,
    row(row, ctx) {
      const v = ctx.value(row.r, "seq");
      const text = cellText(v);
      // A roster written one row per person numbers its households only: a family member's row without a
      // 序号 is not a position in the run.
      if (text === "" && !isHouseholdRow(row.r, ctx)) return;
      position++;
      if (text !== "") anyFilled = true;
      const n = parseNumber(v);
      const fits = n !== undefined && Number.isInteger(n) && (n === position || n === (previous ?? 0) + 1);
      if (!fits) pending.push({ r: row.r, value: text, expected: (previous ?? position - 1) + 1 });
      previous = n !== undefined && Number.isInteger(n) ? n : (previous ?? 0) + 1;
    },
    end(ctx) {
      if (!anyFilled) return;
      for (const p of pending)
        ctx.report({ r: p.r, fields: ["seq"], params: { value: p.value, expected: p.expected } });
    },
  });
}

export default create();
