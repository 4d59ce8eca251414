import type { WorkbookData } from "../../engine/model/types";
import { WorkbookReadError } from "../errors";
import type { ReadInfo, ReadLimits } from "../read";
import { MAX_ROWS } from "../sheet";
import { listZip, readEntry, type ZipEntry } from "../zip";
import { fromSheetJs, runSheetJs, tooLarge, tooManyCells, type SheetJs } from "./sheetjs";

export const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** True when a zip is an OpenDocument spreadsheet (its `mimetype` entry says so), looked up without inflating much. */
export function isOds(entries: readonly ZipEntry[], bytes: Uint8Array): boolean {
  const mime = entries.find((e) => e.name === "mimetype");
  if (!mime || mime.claimedSize > 200) return entries.some((e) => e.name === "content.xml") && !mime;
  let text = "";
  try {
    readEntry(
      bytes,
      mime,
      { used: 0, max: 200 },
      () => new Error("big"),
      (c) => {
        text += String.fromCharCode(...c);
      },
    );
  } catch {
    return false;
  }
  return text.trim().startsWith(ODS_MIME);
}

/**
 * Reads an OpenDocument spreadsheet (LibreOffice, WPS, Excel "Save as .ods") with SheetJS, after two checks SheetJS
 * does not make: every part inflates within the byte limit (a zip bomb is refused before SheetJS inflates it), and
 * the cells the sheet's "repeated" rows and columns stand for stay within the cell limit. LibreOffice writes the
 * empty tail of a sheet as one row repeated a million times: empty cells are not expanded (SheetJS skips them), but
 * a repeated cell with a value would be, so such a file is refused for its size instead of filling memory.
 */
export function readOds(
  xlsx: SheetJs,
  bytes: Uint8Array,
  limits: ReadLimits,
  info?: ReadInfo,
  formats?: Array<Map<number, string>>,
): WorkbookData {
  const entries = listZip(bytes);
  const budget = { used: 0, max: limits.maxUncompressedBytes };
  let content: Uint8Array[] | undefined;
  for (const entry of entries) {
    const keep: Uint8Array[] | undefined = entry.name === "content.xml" ? (content = []) : undefined;
    readEntry(
      bytes,
      entry,
      budget,
      () => tooLarge(limits),
      (c) => keep?.push(c.slice()),
    );
  }
  if (!content) throw new WorkbookReadError("damaged", { format: ".ods", detail: "no content.xml" });
  countRepeatedCells(new TextDecoder("utf-8").decode(join(content)), limits);
  const book = runSheetJs(xlsx, bytes, {}, (message) => {
    return new WorkbookReadError("damaged", { format: ".ods", detail: message });
  });
  if (info) info.bytesRead = budget.used;
  return fromSheetJs(book, limits, info, formats);
}

const TAG = /<(\/?)([A-Za-z0-9_]+:)?(table-row|table-cell|covered-table-cell|table)\b([^>]*)>/g;

/** Cells a content.xml stands for once its repeated rows and columns are written out (empty cells left out). */
export function countRepeatedCells(xml: string, limits: ReadLimits): number {
  let total = 0;
  let rowRepeat = 1;
  let row = 0;
  for (const m of xml.matchAll(TAG)) {
    const closing = m[1] === "/";
    const name = m[3];
    const attrs = m[4] ?? "";
    const selfClosing = attrs.endsWith("/");
    if (name === "table") {
      if (!closing) row = 0;
      continue;
    }
    if (name === "table-row") {
      if (closing) continue;
      rowRepeat = repeat(attrs, "number-rows-repeated");
      row += rowRepeat;
      continue;
    }
    if (closing || name === "covered-table-cell") continue;
    // A cell with a value (or content) is written out once per repeated row and column.
    if (!selfClosing || /value-type=/.test(attrs)) {
      if (row > MAX_ROWS)
        throw new WorkbookReadError("corrupt", { detail: `row ${row} is outside Excel's grid` });
      total += rowRepeat * repeat(attrs, "number-columns-repeated");
      if (total > limits.maxCells) throw tooManyCells(limits);
    }
  }
  return total;
}

function repeat(attrs: string, name: string): number {
  const m = new RegExp(`${name}="(\\d+)"`).exec(attrs);
  const n = m?.[1] === undefined ? 1 : Number(m[1]);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

function join(chunks: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  n = 0;
  for (const c of chunks) {
    out.set(c, n);
    n += c.length;
  }
  return out;
}
