import ExcelJS from "exceljs";
import { FakeExcel } from "../office/fake-excel";
import { parseArea, type CellModel } from "../office/fake-model";

/**
 * Opens .xlsx bytes with ExcelJS (not with Anju's reader, which the .xlsx host under test uses) and puts what
 * Excel would show into the fake: cached values (a formula shows its result, an error its #N/A), dates as
 * serials, merges, fills and sheet visibility. The Office host then reads it through the fake's API only.
 */
export async function fakeFromXlsx(bytes: Uint8Array, fake: FakeExcel): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  wb.eachSheet((ws) => {
    const sheet = fake.addSheet(ws.name, undefined, {
      visibility: ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible",
    });
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const model = toModel(cell);
        const fill = cell.fill;
        const argb =
          fill && fill.type === "pattern" ? (fill.fgColor as { argb?: string } | undefined)?.argb : undefined;
        if (!model && !argb) return;
        const target = sheet.at(r - 1, c - 1);
        if (model) Object.assign(target, model);
        if (argb)
          target.fill = {
            color: `#${argb.slice(-6).toUpperCase()}`,
            pattern: "Solid",
            patternColor: "#000000",
          };
      }),
    );
    sheet.merges = ws.model.merges.map((m) => parseArea(m)).filter((m) => m !== undefined);
  });
  return fake;
}

function toModel(cell: ExcelJS.Cell): Pick<CellModel, "value" | "type"> | undefined {
  const v = cell.value;
  if (cell.type === ExcelJS.ValueType.Merge || v === null || v === undefined) return undefined;
  if (typeof v === "string") return v === "" ? undefined : { value: v, type: "String" };
  if (typeof v === "number") return { value: v, type: "Double" };
  if (typeof v === "boolean") return { value: v, type: "Boolean" };
  if (v instanceof Date) return { value: v.getTime() / 86_400_000 + 25_569, type: "Double" };
  if (typeof v === "object") {
    if ("error" in v) return { value: String(v.error), type: "Error" };
    if ("result" in v) {
      const r = (v as { result?: unknown }).result;
      if (r && typeof r === "object" && "error" in r)
        return { value: String((r as { error: string }).error), type: "Error" };
      if (typeof r === "number") return { value: r, type: "Double" };
      if (typeof r === "string") return r === "" ? undefined : { value: r, type: "String" };
      if (typeof r === "boolean") return { value: r, type: "Boolean" };
      return undefined;
    }
    if ("richText" in v) return { value: v.richText.map((x) => x.text).join(""), type: "String" };
    if ("text" in v) return { value: String((v as { text: unknown }).text), type: "String" };
  }
  return undefined;
}
