import { a1 } from "../../engine/model/address";
import type { FormRead, NumberWrite } from "../inplace/port";
import { rowRuns } from "../inplace/runs";
import { COMMAND_BYTES, jsonBytes } from "./budget";
import { rangeAddress } from "./geometry";
import { discover, readBlocks, toWorkbook, type Dims } from "./read";
import { Batch, type Session } from "./session";

/**
 * 填写汇总表 (SPEC §13) in Excel: the active sheet read as a form — its values and merges in row blocks as every
 * read, then `formulas` of its used range (ExcelApi 1.1) in blocks within the response budget for the addresses
 * of its formula cells — and numbers written through `range.values`, one range per run of adjacent cells in a
 * row, batched into as few syncs as the request budget allows.
 */
export async function readActiveForm(s: Session): Promise<FormRead> {
  const d = await discover(s, true);
  const dims = d.activeDims ?? null;
  const read = await readBlocks(s, [{ name: d.active, dims }], null);
  return {
    sheet: d.active,
    workbook: toWorkbook(d, [d.active], read),
    formulas: new Map([[d.active, dims ? await formulaAddresses(s, d.active, dims) : new Set<string>()]]),
    // Without merged areas a header over merged cells reads as blanks beside its text: some columns may be missed.
    ...(s.caps.merges ? {} : { notices: [{ key: "officeFillNoMerges" as const, params: {} }] }),
  };
}

/** Bytes per cell assumed for `formulas` (a formula or a constant; Chinese text escaped counts 6 per char). */
const FORMULA_BYTES_PER_CELL = 200;

async function formulaAddresses(s: Session, sheet: string, dims: Dims): Promise<Set<string>> {
  const out = new Set<string>();
  const rowsPerBlock = Math.max(1, Math.floor(s.budget.responseBytes / (dims.cols * FORMULA_BYTES_PER_CELL)));
  const ws = s.ctx.workbook.worksheets.getItem(sheet);
  const batch = new Batch(s);
  for (let i = 0; i < dims.rows; i += rowsPerBlock) {
    const n = Math.min(rowsPerBlock, dims.rows - i);
    const top = dims.top + i;
    await batch.add({ request: COMMAND_BYTES, response: n * dims.cols * FORMULA_BYTES_PER_CELL }, () => {
      const range = ws.getRange(
        rangeAddress({ top, left: dims.left, bottom: top + n - 1, right: dims.left + dims.cols - 1 }),
      );
      range.load("formulas");
      return () => {
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the batch calls this after its sync
        (range.formulas as unknown[][]).forEach((row, r) =>
          row.forEach((f, c) => {
            if (typeof f === "string" && f.length > 1 && f.charAt(0) === "=")
              out.add(a1(top + r, dims.left + c));
          }),
        );
      };
    });
  }
  await batch.flush();
  return out;
}

export async function writeNumbers(s: Session, sheet: string, cells: readonly NumberWrite[]): Promise<void> {
  const ws = s.ctx.workbook.worksheets.getItem(sheet);
  const batch = new Batch(s);
  for (const run of rowRuns(cells)) {
    const values = [run.values];
    const address = rangeAddress({
      top: run.row,
      left: run.col,
      bottom: run.row,
      right: run.col + run.values.length - 1,
    });
    await batch.add({ request: COMMAND_BYTES + address.length + jsonBytes(values) }, () => {
      ws.getRange(address).values = values;
    });
  }
  await batch.flush();
}
