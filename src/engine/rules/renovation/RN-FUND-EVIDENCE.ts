import { columnName } from "../relocation/row";
import { fieldLabel } from "../../header/fields";
import { a1 } from "../../model/address";
import { cellText } from "../../parse/text";
import { parseBuildMode, type BuildMode } from "../../parse/ledger";
import GEN_MISSING_COLUMN, { missingColumnParams } from "../general/GEN-MISSING-COLUMN";
import { defineRule } from "../types";
import type { RenovationRow } from "./row";

/** The evidence each 建设方式 needs (SX 三.2(3)): 自建 一卡通 and 银行回单; 统建 协议 and 补助资金支付凭证. */
const EVIDENCE: Readonly<Record<BuildMode, "bankReceipt" | "agreement">> = {
  self: "bankReceipt",
  unified: "agreement",
};

/**
 * 自建 households have 一卡通及银行回单 是, 统建 households 协议及支付凭证 是 (SX 三.2(3)). Where 建设方式 is
 * filled, the evidence column its rows need is required: when the sheet lacks it, it is reported once as
 * GEN-MISSING-COLUMN (before the rows, from a look at the 建设方式 column) and the rows are not checked against it.
 */
export default defineRule<RenovationRow>({
  id: "RN-FUND-EVIDENCE",
  severity: "error",
  clause: "SX 三.2(3)",
  kinds: ["renovation"],
  needs: ["buildMode"],
  start(ctx) {
    const needed = new Set<"bankReceipt" | "agreement">();
    for (const r of ctx.table.dataRows) {
      const mode = parseBuildMode(ctx.value(r, "buildMode"));
      if (mode) needed.add(EVIDENCE[mode]);
    }
    const { bandTop } = ctx.table.header;
    for (const key of ["bankReceipt", "agreement"] as const) {
      if (!needed.has(key) || ctx.has(key)) continue;
      ctx.report({
        r: bandTop,
        cells: [a1(bandTop, 0)],
        params: missingColumnParams(fieldLabel("renovation", key), ctx.table.header.unmatched),
        as: GEN_MISSING_COLUMN,
      });
    }
  },
  row(row, ctx) {
    if (!row.buildMode) return;
    const key = EVIDENCE[row.buildMode];
    if (!ctx.has(key) || row.errors.has(key) || row[key].answer === "yes") return;
    ctx.report({
      r: row.r,
      fields: ["buildMode", key],
      params: {
        problem: row.buildMode,
        buildMode: cellText(ctx.value(row.r, "buildMode")),
        column: columnName(ctx, key),
      },
    });
  },
});
