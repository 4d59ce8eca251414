import type { WorkbookData } from "../../engine/model/types";
import { WorkbookReadError } from "../errors";
import type { ReadInfo, ReadLimits } from "../read";
import { fromSheetJs, runSheetJs, type SheetJs } from "./sheetjs";
import { decryptDefault, DEFAULT_PASSWORD } from "./xls-crypt";

/**
 * Reads an Excel 97–2003 .xls (BIFF8; also BIFF2–5 and the XML/HTML "xls" that county systems export), or a WPS
 * .et, with SheetJS. A workbook encrypted with Excel's default password (VelvetSweatshop: protected structure or
 * sheets) is decrypted first, as Excel opens it; any other password is the "encrypted" error.
 */
export function readXls(
  xlsx: SheetJs,
  bytes: Uint8Array,
  limits: ReadLimits,
  format: "xls" | "et",
  info?: ReadInfo,
  formats?: Array<Map<number, string>>,
): WorkbookData {
  const fail = (message: string) => {
    if (/password|encrypt/i.test(message)) return new WorkbookReadError("encrypted");
    if (format === "et") return new WorkbookReadError("et", { detail: message });
    return new WorkbookReadError("damaged", { format: ".xls", detail: message });
  };
  let input = bytes;
  let options: Record<string, unknown> = {};
  let decrypted: ReturnType<typeof decryptDefault>;
  try {
    decrypted = decryptDefault(xlsx, bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw fail(e instanceof Error ? e.message : String(e));
  }
  if (decrypted && "bytes" in decrypted) input = decrypted.bytes;
  else if (decrypted) options = { password: DEFAULT_PASSWORD };
  const book = runSheetJs(xlsx, input, options, fail);
  if (info) info.bytesRead = bytes.length;
  return fromSheetJs(book, limits, info, formats);
}
