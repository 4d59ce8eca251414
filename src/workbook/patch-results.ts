import { columnLetter } from "../engine/model/address";
import { renderMessage, severityLabel, t, type Locale, type UiKey } from "../engine/messages";
import type { Finding } from "../engine/model/types";
import { escapeText, escapeXml, findElement, rootPrefix, setAttr, attr } from "./patch-xml";

export { RESULTS_SHEET } from "../engine/marks";
import { RESULTS_SHEET } from "../engine/marks";
/** The results sheet of `anju diff --out` and 与上次报送比对 (SPEC §10). */
export const DIFF_RESULTS_SHEET = "比对结果";
/** Every results sheet Anju writes: a new run removes any of them first. */
export const OWN_RESULTS_SHEETS: readonly string[] = [RESULTS_SHEET, DIFF_RESULTS_SHEET];

/** Which results sheet to write. */
export interface ResultsSheet {
  /** Its name (校验结果 by default). */
  readonly name: string;
  /**
   * The annotated workbook's own file name, for findings that carry a `file` (a diff): a 文件 column is added,
   * and a finding in another file (DF-GONE, in the previous submission) is listed with its file, sheet and row
   * but neither marked nor linked.
   */
  readonly file?: string;
}

/** A finding, with the file it is in when the results span several files. */
export type ListedFinding = Finding & { readonly file?: string };

const COLUMNS: ReadonlyArray<[key: UiKey, width: number]> = [
  ["colSheet", 14],
  ["colRow", 6],
  ["colCells", 14],
  ["colSeverity", 8],
  ["colRule", 24],
  ["colMessage", 60],
  ["colClause", 22],
  ["colLink", 8],
];
const FILE_COLUMN: [key: UiKey, width: number] = ["colFile", 22];

/** True when the finding lies in the annotated workbook itself (so it is marked and linked). */
export function inThisWorkbook(f: ListedFinding, sheet: ResultsSheet | undefined): boolean {
  return sheet?.file === undefined || f.file === undefined || f.file === sheet.file;
}

/**
 * The results sheet: one row per finding with a link to its first cell. Every value is an inline string or a
 * number: a message beginning with `=` stays text, never a formula. `bold` is the header row's format.
 */
export function resultsSheetXml(
  findings: readonly ListedFinding[],
  locale: Locale,
  bold: number,
  sheet?: ResultsSheet,
): string {
  const withFile = sheet?.file !== undefined;
  const columns = withFile ? [FILE_COLUMN, ...COLUMNS] : COLUMNS;
  const cols = columns
    .map(([, w], i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const rows: string[] = [];
  const links: string[] = [];
  const str = (ref: string, text: string, s = 0) =>
    `<c r="${ref}"${s ? ` s="${s}"` : ""} t="inlineStr"><is><t xml:space="preserve">${escapeText(text)}</t></is></c>`;
  rows.push(
    `<row r="1">${columns.map(([key], i) => str(`${columnLetter(i)}1`, t(key, {}, locale), bold)).join("")}</row>`,
  );
  const last = columnLetter(columns.length - 1);
  findings.forEach((f, i) => {
    const r = i + 2;
    const col = (n: number) => `${columnLetter(n + (withFile ? 1 : 0))}${r}`;
    const here = inThisWorkbook(f, sheet);
    rows.push(
      `<row r="${r}">` +
        (withFile ? str(`A${r}`, f.file ?? sheet?.file ?? "") : "") +
        str(col(0), f.sheet) +
        `<c r="${col(1)}"><v>${f.row}</v></c>` +
        str(col(2), f.cells.join(" ")) +
        str(col(3), severityLabel(f.severity, locale)) +
        str(col(4), f.ruleId) +
        str(col(5), renderMessage(f, locale)) +
        str(col(6), f.clause) +
        (here ? str(col(7), t("linkText", {}, locale)) : "") +
        "</row>",
    );
    if (!here) return;
    const target = `'${f.sheet.replace(/'/g, "''")}'!${f.cells[0] ?? `A${f.row}`}`;
    links.push(
      `<hyperlink ref="${col(7)}" location="${escapeXml(target)}" display="${escapeXml(t("linkText", {}, locale))}"/>`,
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:${last}${findings.length + 1}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols><sheetData>${rows.join("")}</sheetData>` +
    (links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

/** The sheets a workbook part lists, in order, with each `<sheet>` element's position in the text. */
export function listSheets(xml: string): Array<{ name: string; rid: string; start: number; end: number }> {
  const p = rootPrefix(xml);
  const out: Array<{ name: string; rid: string; start: number; end: number }> = [];
  const sheets = findElement(xml, p, "sheets");
  if (!sheets || sheets.selfClosing) return out;
  const re = new RegExp(
    `<${p.replace(".", "\\.")}sheet\\b[^>]*?(?:/>|>[\\s\\S]*?</${p.replace(".", "\\.")}sheet>)`,
    "g",
  );
  for (const m of xml.slice(sheets.openEnd, sheets.end).matchAll(re)) {
    const tag = m[0];
    const rid = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? "";
    const start = sheets.openEnd + (m.index ?? 0);
    out.push({ name: attr(tag, "name") ?? "", rid, start, end: start + tag.length });
  }
  return out;
}

/**
 * The workbook part without the sheet at `index` (a previous run's 校验结果): sheet-scoped names of later sheets
 * renumbered, its own dropped, the active and first tab kept on a sheet that still exists.
 */
export function removeSheet(xml: string, index: number): string {
  const sheets = listSheets(xml);
  const gone = sheets[index];
  if (!gone) return xml;
  let out = xml.slice(0, gone.start) + xml.slice(gone.end);
  out = out.replace(
    /<((?:[\w.-]+:)?definedName)\b([^>]*)>([\s\S]*?)<\/\1>/g,
    (whole, _n: string, attrs: string) => {
      const id = /\slocalSheetId\s*=\s*["'](\d+)["']/.exec(attrs)?.[1];
      if (id === undefined) return whole;
      const n = Number(id);
      if (n === index) return "";
      return n > index ? whole.replace(/(\slocalSheetId\s*=\s*["'])\d+/, `$1${n - 1}`) : whole;
    },
  );
  out = out.replace(/<(?:[\w.-]+:)?definedNames\b[^>]*>\s*<\/(?:[\w.-]+:)?definedNames>/, "");
  return out.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (tag) => {
    let v = tag;
    for (const a of ["activeTab", "firstSheet"]) {
      const n = Number(attr(v, a) ?? "0");
      if (n >= index && n > 0) v = setAttr(v, a, String(n - 1));
    }
    return v;
  });
}

/** The workbook part with a sheet added at the end. */
export function addSheet(xml: string, name: string, rid: string): string {
  const p = rootPrefix(xml);
  const sheets = findElement(xml, p, "sheets");
  if (!sheets) throw new Error("workbook part without sheets");
  let max = 0;
  for (const m of xml.matchAll(/\ssheetId\s*=\s*["'](\d+)["']/g)) max = Math.max(max, Number(m[1]));
  const relPrefix =
    /\sxmlns:([\w.-]+)\s*=\s*["']http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships["']/.exec(
      xml,
    )?.[1];
  const ridAttr = relPrefix
    ? `${relPrefix}:id="${rid}"`
    : `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rid}"`;
  const el = `<${p}sheet name="${escapeXml(name)}" sheetId="${max + 1}" ${ridAttr}/>`;
  if (sheets.selfClosing) {
    return `${xml.slice(0, sheets.start)}<${p}sheets>${el}</${p}sheets>${xml.slice(sheets.end)}`;
  }
  const close = sheets.end - `</${p}sheets>`.length;
  return xml.slice(0, close) + el + xml.slice(close);
}
