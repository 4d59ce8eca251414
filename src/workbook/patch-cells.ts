import { a1, columnLetter, parseA1 } from "../engine/model/address";
import { columnStyles } from "./patch-sheet";
import { attr, findElement, rootPrefix, tagEnd } from "./patch-xml";

/** Numbers to write into one sheet: 0-based row → 0-based column → value. */
export type CellValues = ReadonlyMap<number, ReadonlyMap<number, number>>;

/** A `<row>` or `<c>` start at `i` (not `<rowBreaks>` or `<cols>`). */
function isStart(xml: string, i: number, open: string): boolean {
  const after = xml.charCodeAt(i + open.length);
  return after === 32 || after === 62 || after === 47 || after === 10 || after === 13 || after === 9;
}

interface RowSpan {
  readonly r: number;
  readonly start: number;
  readonly tagClose: number;
  readonly bodyEnd: number;
  readonly end: number;
  readonly tag: string;
  readonly selfClosing: boolean;
}

/** The rows of a worksheet's sheetData, in order (rows without `r` follow the previous one). */
function* rows(xml: string, p: string): Generator<RowSpan> {
  const data = findElement(xml, p, "sheetData");
  if (!data || data.selfClosing) return;
  const open = `<${p}row`;
  const close = `</${p}row>`;
  const stop = data.end - `</${p}sheetData>`.length;
  let pos = data.openEnd;
  let r = -1;
  for (let i = xml.indexOf(open, pos); i >= 0 && i < stop; i = xml.indexOf(open, pos)) {
    if (!isStart(xml, i, open)) {
      pos = i + open.length;
      continue;
    }
    const gt = tagEnd(xml, i);
    if (gt < 0) return;
    const tag = xml.slice(i, gt + 1);
    const n = Number(attr(tag, "r"));
    r = Number.isInteger(n) && n >= 1 ? n - 1 : r + 1;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const bodyEnd = selfClosing ? gt + 1 : xml.indexOf(close, gt);
    if (bodyEnd < 0) throw new Error(`row ${r + 1} not closed`);
    const end = selfClosing ? bodyEnd : bodyEnd + close.length;
    yield { r, start: i, tagClose: gt + 1, bodyEnd, end, tag, selfClosing };
    pos = end;
  }
}

interface CellSpan {
  readonly col: number;
  readonly start: number;
  readonly end: number;
  readonly tag: string;
  readonly body: string;
}

/** The cells of a row's body, in order (cells without `r` follow the previous one). */
function* cells(body: string, p: string): Generator<CellSpan> {
  const open = `<${p}c`;
  const close = `</${p}c>`;
  let pos = 0;
  let c = -1;
  for (let i = body.indexOf(open, pos); i >= 0; i = body.indexOf(open, pos)) {
    if (!isStart(body, i, open)) {
      pos = i + open.length;
      continue;
    }
    const gt = tagEnd(body, i);
    if (gt < 0) return;
    const tag = body.slice(i, gt + 1);
    const ref = attr(tag, "r");
    const at = ref === undefined ? undefined : parseA1(ref);
    c = at ? at.col : c + 1;
    const selfClosing = body.charCodeAt(gt - 1) === 47;
    const closeAt = selfClosing ? -1 : body.indexOf(close, gt);
    const end = selfClosing ? gt + 1 : closeAt < 0 ? body.length : closeAt + close.length;
    yield {
      col: c,
      start: i,
      end,
      tag,
      body: selfClosing ? "" : body.slice(gt + 1, Math.max(gt + 1, closeAt)),
    };
    pos = end;
  }
}

/** A1 addresses of every cell of a worksheet that holds a formula (`<f>`, shared and array formulas included). */
export function formulaAddresses(xml: string): Set<string> {
  const p = rootPrefix(xml);
  const out = new Set<string>();
  const f = new RegExp(`<${p.replace(".", "\\.")}f[\\s>/]`);
  for (const row of rows(xml, p)) {
    if (row.selfClosing) continue;
    const body = xml.slice(row.tagClose, row.bodyEnd);
    if (!f.test(body)) continue;
    for (const c of cells(body, p)) if (f.test(c.body)) out.add(a1(row.r, c.col));
  }
  return out;
}

/**
 * Sets numbers in a worksheet and changes nothing else: a cell that exists keeps its attributes (its format
 * included) and gets `<v>` in place of its value (its type dropped: a number), a missing cell is added in column
 * order with its row's or column's format, a missing row in row order. Every other byte of the part stays.
 * Formula cells must not be passed (the caller leaves them alone).
 */
export function setCellValues(xml: string, values: CellValues): string {
  const p = rootPrefix(xml);
  const columnStyle = columnStyles(xml, p);
  const pending = [...values.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let copied = 0;
  let next = 0;
  const newRows = (below: number) => {
    let s = "";
    for (; next < pending.length && (pending[next] ?? 0) < below; next++) {
      const r = pending[next] ?? 0;
      s += `<${p}row r="${r + 1}">${newCells(p, r, values.get(r), -1, Infinity, columnStyle)}</${p}row>`;
    }
    return s;
  };
  for (const row of rows(xml, p)) {
    const own = values.get(row.r);
    const missing = next < pending.length && (pending[next] ?? 0) < row.r;
    if (!own && !missing) continue;
    out.push(xml.slice(copied, row.start), newRows(row.r));
    copied = row.start;
    if (next < pending.length && pending[next] === row.r) next++;
    if (!own) continue;
    const rowStyle = attr(row.tag, "customFormat") === "1" ? Number(attr(row.tag, "s")) || 0 : undefined;
    const base = rowStyle === undefined ? columnStyle : () => rowStyle;
    if (row.selfClosing) {
      out.push(`${row.tag.replace(/\s*\/>$/, ">")}${newCells(p, row.r, own, -1, Infinity, base)}</${p}row>`);
    } else {
      out.push(row.tag, rowBody(xml.slice(row.tagClose, row.bodyEnd), p, row.r, own, base), `</${p}row>`);
    }
    copied = row.end;
  }
  const data = findElement(xml, p, "sheetData");
  if (!data) throw new Error("worksheet without sheetData");
  if (next < pending.length) {
    const rest = newRows(Infinity);
    if (data.selfClosing) {
      return `${xml.slice(0, data.start)}<${p}sheetData>${rest}</${p}sheetData>${xml.slice(data.end)}`;
    }
    const stop = data.end - `</${p}sheetData>`.length;
    out.push(xml.slice(copied, stop), rest);
    copied = stop;
  }
  out.push(xml.slice(copied));
  return out.join("");
}

function rowBody(
  body: string,
  p: string,
  r: number,
  values: ReadonlyMap<number, number>,
  base: (col: number) => number,
): string {
  const out: string[] = [];
  let pos = 0;
  let last = -1;
  for (const c of cells(body, p)) {
    out.push(body.slice(pos, c.start), newCells(p, r, values, last, c.col, base));
    const v = values.get(c.col);
    out.push(v === undefined ? body.slice(c.start, c.end) : numberCell(c.tag, p, v));
    pos = c.end;
    last = c.col;
  }
  out.push(body.slice(pos), newCells(p, r, values, last, Infinity, base));
  return out.join("");
}

/** An existing cell with a number: its attributes but the type and value metadata, and `<v>`. */
function numberCell(tag: string, p: string, value: number): string {
  const open = tag.replace(/\s(t|vm|cm)\s*=\s*(?:"[^"]*"|'[^']*')/g, "").replace(/\s*\/>$/, ">");
  return `${open}<${p}v>${numberText(value)}</${p}v></${p}c>`;
}

function newCells(
  p: string,
  r: number,
  values: ReadonlyMap<number, number> | undefined,
  after: number,
  before: number,
  base: (col: number) => number,
): string {
  if (!values) return "";
  let out = "";
  for (const col of [...values.keys()].filter((k) => k > after && k < before).sort((a, b) => a - b)) {
    const s = base(col);
    const style = s > 0 ? ` s="${s}"` : "";
    out += `<${p}c r="${columnLetter(col)}${r + 1}"${style}><${p}v>${numberText(values.get(col) ?? 0)}</${p}v></${p}c>`;
  }
  return out;
}

/** A number as OOXML writes it (xsd:double; never NaN or Infinity). */
function numberText(v: number): string {
  return Number.isFinite(v) ? String(v) : "0";
}
