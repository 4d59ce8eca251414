import { cellText } from "../../parse/text";
import { isValidPhoneList } from "../../parse/values";
import { defineRule } from "../types";

/** 联系方式: mainland mobiles or landlines, several allowed (TZ 表A.1). */
export default defineRule({
  id: "RV-PHONE",
  severity: "warning",
  clause: "TZ 表A.1",
  kinds: ["revisit"],
  needs: ["phone"],
  row(row, ctx) {
    const v = ctx.value(row.r, "phone");
    if (isValidPhoneList(v)) return;
    const value = cellText(v);
    ctx.report({
      r: row.r,
      fields: ["phone"],
      params: { value, problem: value === "" ? "empty" : "invalid" },
    });
  },
});
