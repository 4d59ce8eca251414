import { a1 } from "../../model/address";
import type { MetaKey } from "../../table/meta";
import { cellText } from "../../parse/text";
import { defineRule } from "../types";

const LABELS: ReadonlyArray<[MetaKey, string]> = [
  ["township", "乡镇（街道）"],
  ["village", "村（社区）"],
  ["fillDate", "填报日期"],
];

/** 表A.1 is filled per 行政村: the meta row must say which township, which village, and when (TZ 注1). */
export default defineRule({
  id: "RV-META-MISSING",
  severity: "error",
  clause: "TZ 注1",
  kinds: ["revisit"],
  needs: [],
  start(ctx) {
    const headerTop = ctx.table.header.bandTop;
    for (const [key, label] of LABELS) {
      const entry = ctx.table.meta[key];
      if (entry && cellText(entry.value) !== "") continue;
      const r = entry ? entry.row : Math.max(0, headerTop - 1);
      ctx.report({ r, cells: entry ? [entry.labelCell] : [a1(r, 0)], params: { label } });
    }
  },
});
