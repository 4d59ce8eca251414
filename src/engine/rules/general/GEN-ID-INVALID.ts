import { TABLE_KINDS } from "../../model/types";
import { cellText } from "../../parse/text";
import { checkIdNumber, isNoEntry } from "../../parse/values";
import { defineRule } from "../types";

/** 身份证号 must pass GB 11643-1999: 18 characters, a real birth date (not after today), the check digit. */
export default defineRule({
  id: "GEN-ID-INVALID",
  severity: "error",
  clause: "GB 11643-1999",
  kinds: TABLE_KINDS,
  needs: ["idNumber"],
  row(row, ctx) {
    const v = ctx.value(row.r, "idNumber");
    const text = cellText(v);
    // The column is optional: `无` or `/` says the household has none to give.
    if (text === "" || isNoEntry(v)) return;
    const problem = checkIdNumber(v, ctx.today);
    if (problem) ctx.report({ r: row.r, fields: ["idNumber"], params: { value: text, problem } });
  },
});
