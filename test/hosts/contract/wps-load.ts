import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/engine/model/types";
import { FakeEt } from "../wps/fake-et";
import { bgr } from "../wps/fake-sheet";

/**
 * Opens .xlsx bytes with ExcelJS (not with Anju's reader, which the .xlsx host under test uses) and puts what WPS
 * would hold into the ET fake: cached values (a formula shows its result, an error its #N/A), dates as serials,
 * merges, solid fills (as BGR numbers) and sheet visibility. The WPS host then reads it through ET's model only.
 */
export async function etFromXlsx(bytes: Uint8Array, fake: FakeEt): Promise<FakeEt> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  wb.eachSheet((ws) => {
    const fills: Record<string, string> = {};
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = toValue(cell);
        if (v !== undefined) (rows[r - 1] ??= [])[c - 1] = v;
        const fill = cell.fill;
        const argb =
          fill && fill.type === "pattern" ? (fill.fgColor as { argb?: string } | undefined)?.argb : undefined;
        if (argb) fills[cell.address] = `#${argb.slice(-6).toUpperCase()}`;
      }),
    );
    const merges = ws.model.merges
      .map((m) => /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({
        top: Number(m[2]) - 1,
        left: col(m[1] as string),
        bottom: Number(m[4]) - 1,
        right: col(m[3] as string),
      }));
    const sheet = fake.addSheet(
      ws.name,
      { rows: rows.map((r) => Array.from(r, (x) => x ?? null)), merges },
      { visible: ws.state === "veryHidden" ? 2 : ws.state === "hidden" ? 0 : -1 },
    );
    for (const [address, hex] of Object.entries(fills)) {
      const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
      sheet.at(Number(m[2]) - 1, col(m[1] as string)).fill = {
        color: bgr(hex),
        colorIndex: 0,
        pattern: 1,
        patternColor: 0,
      };
    }
  });
  return fake;
}

function col(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function toValue(cell: ExcelJS.Cell): CellValue | undefined {
  const v = cell.value;
  if (cell.type === ExcelJS.ValueType.Merge || v === null || v === undefined) return undefined;
  if (typeof v === "string") return v === "" ? undefined : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("result" in v) {
      const r = (v as { result?: unknown }).result;
      if (r && typeof r === "object" && "error" in r)
        return { error: String((r as { error: string }).error) };
      if (typeof r === "number" || typeof r === "boolean") return r;
      if (typeof r === "string") return r === "" ? undefined : r;
      return undefined;
    }
    if ("richText" in v) return v.richText.map((x) => x.text).join("");
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return undefined;
}
