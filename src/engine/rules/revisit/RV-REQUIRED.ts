import { cellText } from "../../parse/text";
import { defineRule } from "../types";

const REQUIRED = ["head", "address", "revisitDate", "grade"] as const;

/** 户主姓名, 房屋地址, 回访时间 and 房屋安全状况 are filled for every household (TZ 表A.1). */
export default defineRule({
  id: "RV-REQUIRED",
  severity: "error",
  clause: "TZ 表A.1",
  kinds: ["revisit"],
  needs: [],
  row(row, ctx) {
    for (const key of REQUIRED) {
      if (!ctx.has(key) || cellText(ctx.value(row.r, key)) !== "") continue;
      ctx.report({ r: row.r, fields: [key], params: { column: ctx.header(key) } });
    }
  },
});
