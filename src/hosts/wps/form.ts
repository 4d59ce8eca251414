import { a1 } from "../../engine/model/address";
import type { FormRead, NumberWrite } from "../inplace/port";
import type { EtApp, EtWorksheet } from "./et";
import { rowRuns } from "../inplace/runs";
import { quietly } from "./quiet";
import { BLOCK_ROWS, dimsOf, discover, grid, readSheets, rectAddress, sheetOf, type Dims } from "./read";

/**
 * 填写汇总表 (SPEC §13) in WPS 表格: the active sheet read as a form (values and merges as every read, plus the
 * addresses of its formula cells), and numbers written into cells through Value2 (one call per run of adjacent
 * cells in a row), with screen updating and events off.
 */
export function readActiveForm(app: EtApp): FormRead {
  const d = discover(app);
  const ws = sheetOf(app, d.active);
  const workbook = readSheets(app, d, [d.active]);
  const dims = dimsOf(ws);
  return {
    sheet: d.active,
    workbook,
    formulas: new Map([[d.active, dims ? formulaAddresses(ws, dims) : new Set<string>()]]),
  };
}

/** A1 addresses of the formula cells within `dims`: none when HasFormula says so, else Formula read in blocks. */
function formulaAddresses(ws: EtWorksheet, dims: Dims): Set<string> {
  const out = new Set<string>();
  const right = dims.left + dims.cols - 1;
  if (
    ws.Range(rectAddress({ top: dims.top, left: dims.left, bottom: dims.top + dims.rows - 1, right }))
      .HasFormula === false
  )
    return out;
  for (let i = 0; i < dims.rows; i += BLOCK_ROWS) {
    const n = Math.min(BLOCK_ROWS, dims.rows - i);
    const top = dims.top + i;
    const range = ws.Range(rectAddress({ top, left: dims.left, bottom: top + n - 1, right }));
    if (range.HasFormula === false) continue;
    grid(range.Formula, n, dims.cols).forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f === "string" && f.length > 1 && f.charAt(0) === "=") out.add(a1(top + r, dims.left + c));
      }),
    );
  }
  return out;
}

export function writeNumbers(app: EtApp, sheet: string, cells: readonly NumberWrite[]): void {
  const ws = sheetOf(app, sheet);
  quietly(app, () => {
    for (const run of rowRuns(cells)) {
      const range = ws.Range(
        rectAddress({ top: run.row, left: run.col, bottom: run.row, right: run.col + run.values.length - 1 }),
      );
      range.Value2 = run.values.length === 1 ? run.values[0] : [run.values];
    }
  });
}
