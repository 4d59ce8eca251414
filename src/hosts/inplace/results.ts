import { renderMessage, severityLabel, t, type Locale } from "../../engine/messages";
import type { Finding } from "../../engine/model/types";

/**
 * The 校验结果 sheet's rows, as both in-place hosts write it (Excel without notes, WPS for cells holding the
 * clerk's own comment): a header, then one row per finding with the annotated copy's columns (工作表, 行, 单元格,
 * 严重程度, 规则, 说明, 依据). A host formats text cells as text (`@`) and numbers as `0` before writing, so that a
 * message or sheet name starting with = is never run as a formula.
 */
export function resultRows(findings: readonly Finding[], locale: Locale): Array<Array<string | number>> {
  const header = (
    ["colSheet", "colRow", "colCells", "colSeverity", "colRule", "colMessage", "colClause"] as const
  ).map((k) => t(k, {}, locale));
  const rows: Array<Array<string | number>> = [header];
  for (const f of findings) {
    rows.push([
      f.sheet,
      f.row,
      f.cells.join(" "),
      severityLabel(f.severity, locale),
      f.ruleId,
      renderMessage(f, locale),
      f.clause,
    ]);
  }
  return rows;
}

/** The number format of each result cell: numbers as `0`, everything else as text. */
export function resultFormats(rows: ReadonlyArray<ReadonlyArray<string | number>>): string[][] {
  return rows.map((r) => r.map((v) => (typeof v === "number" ? "0" : "@")));
}
