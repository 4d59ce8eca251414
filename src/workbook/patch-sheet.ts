import { columnLetter, parseA1 } from "../engine/model/address";
import type { Severity } from "../engine/model/types";
import { attr, findElement, rootPrefix, setAttr, tagEnd } from "./patch-xml";

/** Marked cells of one sheet: 0-based row → 0-based column → severity. */
export type SheetMarks = Map<number, Map<number, Severity>>;

export interface SheetStyles {
  /** Format for a cell of format `s` marked with `severity`. */
  marked(s: number, severity: Severity): number;
  /** A previous run's mark format → the format it replaced. */
  readonly restore: ReadonlyMap<number, number>;
  /** Mark formats written, for the record. */
  readonly used: Set<number>;
}

/** Format of an absent cell: its row's when the row has one, else its column's, else the default. */
type BaseStyle = (col: number) => number;

/**
 * Rewrites one worksheet for the annotated copy: only the `s` (format) attribute of marked cells changes, marked
 * cells and rows that are not in the file are added, and a previous run's marks are put back to the cell's
 * own format. Rows without marks are copied as they are (unless a previous run's marks must be restored).
 * Rows and cells without `r` follow the previous one, as the reader counts them.
 */
export function patchSheet(xml: string, marks: SheetMarks, styles: SheetStyles): string {
  const p = rootPrefix(xml);
  const data = findElement(xml, p, "sheetData");
  if (!data) throw new Error("worksheet without sheetData");
  const pending = [...marks.keys()].sort((a, b) => a - b);
  // A previous run's mark formats: rows holding one are rewritten, the others still copied as they are.
  const oldMarks =
    styles.restore.size > 0
      ? new RegExp(`\\ss\\s*=\\s*["'](?:${[...styles.restore.keys()].join("|")})["']`, "g")
      : undefined;
  const columnStyle = columnStyles(xml, p);
  const out: string[] = [];
  let next = 0;
  const addMissingRowsBelow = (limit: number) => {
    for (; next < pending.length && (pending[next] ?? 0) < limit; next++) {
      const r = pending[next] ?? 0;
      const cells = cellsXml(p, r, marks.get(r), -1, Infinity, styles, columnStyle);
      out.push(`<${p}row r="${r + 1}">${cells}</${p}row>`);
    }
  };
  if (data.selfClosing) {
    out.push(xml.slice(0, data.start), `<${p}sheetData>`);
    addMissingRowsBelow(Infinity);
    out.push(`</${p}sheetData>`);
    out.push(xml.slice(data.end));
    return out.join("");
  }
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  const end = data.end - `</${p}sheetData>`.length;
  let pos = data.openEnd;
  // Rows that stay as they are are not copied one by one: `copied` is where the untouched text starts.
  let copied = 0;
  let r = -1;
  for (let i = xml.indexOf(rowOpen, pos); i >= 0 && i < end; i = xml.indexOf(rowOpen, pos)) {
    const after = xml.charCodeAt(i + rowOpen.length);
    if (after !== 32 && after !== 62 && after !== 47 && after !== 10 && after !== 13 && after !== 9) {
      pos = i + rowOpen.length;
      continue;
    }
    const gt = tagEnd(xml, i);
    if (gt < 0) break;
    const tag = xml.slice(i, gt + 1);
    const n = Number(attr(tag, "r"));
    r = Number.isInteger(n) && n >= 1 ? n - 1 : r + 1;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const close = selfClosing ? gt + 1 : xml.indexOf(rowClose, gt);
    if (close < 0) throw new Error(`row ${r + 1} not closed`);
    const rowEnd = selfClosing ? close : close + rowClose.length;
    pos = rowEnd;
    const rowMarks = marks.get(r);
    const missingAbove = next < pending.length && (pending[next] ?? 0) < r;
    let restoring = false;
    if (oldMarks && !selfClosing) {
      oldMarks.lastIndex = gt;
      restoring = (oldMarks.exec(xml)?.index ?? Infinity) < close;
    }
    if (!rowMarks && !restoring && !missingAbove) continue;
    out.push(xml.slice(copied, i));
    copied = rowEnd;
    addMissingRowsBelow(r);
    if (next < pending.length && pending[next] === r) next++;
    if (!rowMarks && !restoring) {
      out.push(xml.slice(i, rowEnd));
      continue;
    }
    const rowStyle = attr(tag, "customFormat") === "1" ? Number(attr(tag, "s")) || 0 : undefined;
    const base: BaseStyle = rowStyle === undefined ? columnStyle : () => rowStyle;
    if (selfClosing) {
      const cells = cellsXml(p, r, rowMarks, -1, Infinity, styles, base);
      out.push(`${tag.replace(/\s*\/>$/, ">")}${cells}${rowClose}`);
    } else {
      out.push(tag, patchRow(xml.slice(gt + 1, close), p, r, rowMarks, styles, base), rowClose);
    }
  }
  out.push(xml.slice(copied, end));
  addMissingRowsBelow(Infinity);
  out.push(xml.slice(end));
  return out.join("");
}

/** The cells of one row: marked ones restyled, missing marked ones added in column order. */
function patchRow(
  body: string,
  p: string,
  r: number,
  marks: Map<number, Severity> | undefined,
  styles: SheetStyles,
  base: BaseStyle,
): string {
  const out: string[] = [];
  const cellOpen = `<${p}c`;
  let pos = 0;
  let c = -1;
  for (let i = body.indexOf(cellOpen, 0); i >= 0; i = body.indexOf(cellOpen, pos)) {
    const after = body.charCodeAt(i + cellOpen.length);
    if (after !== 32 && after !== 62 && after !== 47 && after !== 10 && after !== 13 && after !== 9) {
      pos = i + cellOpen.length;
      continue;
    }
    const gt = tagEnd(body, i);
    if (gt < 0) break;
    const tag = body.slice(i, gt + 1);
    const ref = attr(tag, "r");
    const at = ref === undefined ? undefined : parseA1(ref);
    const col = at ? at.col : c + 1;
    out.push(body.slice(pos, i));
    out.push(cellsXml(p, r, marks, c, col, styles, base));
    c = col;
    out.push(restyle(tag, marks?.get(col), styles));
    pos = gt + 1;
  }
  out.push(body.slice(pos));
  out.push(cellsXml(p, r, marks, c, Infinity, styles, base));
  return out.join("");
}

function restyle(tag: string, severity: Severity | undefined, styles: SheetStyles): string {
  const raw = attr(tag, "s");
  const current = raw === undefined ? 0 : Number(raw) || 0;
  const own = styles.restore.get(current) ?? current;
  const s = severity === undefined ? own : styles.marked(own, severity);
  if (severity !== undefined) styles.used.add(s);
  if (s === current) return tag;
  return s === 0 && raw !== undefined && severity === undefined
    ? tag.replace(/\ss\s*=\s*(?:"[^"]*"|'[^']*')/, "")
    : setAttr(tag, "s", String(s));
}

/** New empty cells for the marked columns strictly between `after` and `before`. */
function cellsXml(
  p: string,
  r: number,
  marks: Map<number, Severity> | undefined,
  after: number,
  before: number,
  styles: SheetStyles,
  base: BaseStyle,
): string {
  if (!marks) return "";
  let out = "";
  for (const col of [...marks.keys()].filter((k) => k > after && k < before).sort((a, b) => a - b)) {
    const own = base(col);
    const s = styles.marked(styles.restore.get(own) ?? own, marks.get(col) ?? "info");
    styles.used.add(s);
    out += `<${p}c r="${columnLetter(col)}${r + 1}" s="${s}"/>`;
  }
  return out;
}

/** Column formats from `<cols>` (`<col min="2" max="4" style="7"/>`), 0 where none is set. */
export function columnStyles(xml: string, p: string): BaseStyle {
  const cols = findElement(xml, p, "cols");
  if (!cols || cols.selfClosing) return () => 0;
  const ranges: Array<[number, number, number]> = [];
  const body = xml.slice(cols.openEnd, cols.end);
  for (const m of body.matchAll(new RegExp(`<${p.replace(".", "\\.")}col\\b[^>]*>`, "g"))) {
    const style = Number(attr(m[0], "style"));
    if (style > 0) ranges.push([Number(attr(m[0], "min")) - 1, Number(attr(m[0], "max")) - 1, style]);
  }
  return (col) => ranges.find(([a, b]) => col >= a && col <= b)?.[2] ?? 0;
}
