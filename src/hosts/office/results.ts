import { t, type Locale } from "../../engine/messages";
import type { Finding } from "../../engine/model/types";
import { resultFormats, resultRows } from "../inplace/results";
import { COMMAND_BYTES, jsonBytes } from "./budget";
import type { Batch, Session } from "./session";

export { RESULTS_SHEET } from "../../engine/marks";
import { RESULTS_SHEET } from "../../engine/marks";

/** Rows per write command. */
const ROWS_PER_CALL = 1_000;

/**
 * The 校验结果 sheet for an Excel without notes or comments (before ExcelApi 1.10): one row per finding with a
 * 转到 link to its cells, the same columns as the annotated copy of the .xlsx host. Text columns are formatted as
 * text first, so that a message or sheet name starting with = is never run as a formula; the link column is the
 * only formula (HYPERLINK, which Excel 2016 has).
 */
export async function writeResultsSheet(
  s: Session,
  batch: Batch,
  findings: readonly Finding[],
  exists: boolean,
  locale: Locale,
): Promise<void> {
  const sheets = s.ctx.workbook.worksheets;
  const rows = resultRows(findings, locale);
  const links: string[][] = [[t("colLink", {}, locale)]];
  for (const f of findings) links.push([linkFormula(f, t("linkText", {}, locale))]);
  await batch.add({ request: COMMAND_BYTES * 3 }, () => {
    if (exists) sheets.getItem(RESULTS_SHEET).delete();
    sheets.add(RESULTS_SHEET);
  });
  for (let i = 0; i < rows.length; i += ROWS_PER_CALL) {
    const part = rows.slice(i, i + ROWS_PER_CALL);
    const linkPart = links.slice(i, i + ROWS_PER_CALL);
    const first = i + 1;
    const last = i + part.length;
    await batch.add(
      { request: COMMAND_BYTES * 6 + jsonBytes(part) + jsonBytes(linkPart) + part.length * 7 * 5 },
      () => {
        const ws = sheets.getItem(RESULTS_SHEET);
        const text = ws.getRange(`A${first}:G${last}`);
        text.numberFormat = resultFormats(part);
        text.values = part;
        ws.getRange(`H${first}:H${last}`).formulas = linkPart;
      },
    );
  }
}

/** `=HYPERLINK("#'张庄村'!J7","转到")`, quotes doubled for the sheet name and the formula string. */
export function linkFormula(f: Pick<Finding, "sheet" | "row" | "cells">, label: string): string {
  const target = `#'${f.sheet.replace(/'/g, "''")}'!${f.cells[0] ?? `A${f.row}`}`;
  const q = (x: string) => `"${x.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${q(target)},${q(label)})`;
}
