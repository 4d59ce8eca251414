import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue, WorkbookData } from "../../src/engine/model/types";
import { readXlsx } from "../../src/workbook/read";

/**
 * Random grids written by ExcelJS read back identically by readXlsx. The generators leave out only what ExcelJS
 * itself cannot write faithfully: C0 control characters and DEL (ExcelJS drops them), CR (written raw, so XML
 * turns it into LF; Excel writes `_x000D_`), text that looks like an OOXML `_xHHHH_` escape (ExcelJS does not
 * escape it, and every reader, ExcelJS's included, decodes it), and dates before 1900-03-01 (ExcelJS ignores
 * Excel's phantom 1900-02-29).
 */

type Written = string | number | boolean | Date | null;

const text = fc
  .string({ unit: "grapheme", maxLength: 40 })
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is filtered out
  .filter((s) => !/[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\x7f]/.test(s) && !/_x[0-9a-f]{4}_/i.test(s));
const chinese = fc
  .array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { minLength: 1, maxLength: 8 })
  .map((cs) => String.fromCharCode(...cs));
const tricky = fc.constantFrom(
  "=1+1",
  "+86 138",
  "-",
  "@SUM(A1)",
  " 前后空格 ",
  "a\nb",
  "<&>\"'",
  "\t缩进",
  "√",
  "",
);

const value: fc.Arbitrary<Written> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: text, weight: 3 },
  { arbitrary: chinese, weight: 2 },
  { arbitrary: tricky, weight: 1 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 2 },
  { arbitrary: fc.integer({ min: -1e9, max: 1e9 }), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  {
    arbitrary: fc.date({
      min: new Date(Date.UTC(1900, 2, 1)),
      max: new Date(Date.UTC(9999, 11, 31)),
      noInvalidDate: true,
    }),
    weight: 1,
  },
);

const grid = fc.array(fc.array(value, { maxLength: 10 }), { maxLength: 15 });

const sheetName = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 20 })
  // eslint-disable-next-line no-control-regex -- characters Excel forbids in sheet names
  .map((s) => s.replace(/[\\/?*[\]:\x00-\x1f\x7f]/g, "").trim())
  .filter((s) => s.length > 0 && s.length <= 31 && !s.startsWith("'") && !s.endsWith("'") && s !== "History");

const workbook = fc.uniqueArray(fc.record({ name: sheetName, rows: grid }), {
  minLength: 1,
  maxLength: 3,
  selector: (s) => s.name.toLowerCase(),
});

/** The cells as [row, column, value] triples: what a reader must give back. */
function expected(rows: readonly (readonly Written[])[]): Array<[number, number, CellValue]> {
  const out: Array<[number, number, CellValue]> = [];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "") return;
      const cell: CellValue = v instanceof Date ? v.getTime() / 86_400_000 + 25569 : Object.is(v, -0) ? 0 : v;
      out.push([r, c, cell]);
    }),
  );
  return out;
}

function actual(sheet: WorkbookData["sheets"][number] | undefined): Array<[number, number, CellValue]> {
  const out: Array<[number, number, CellValue]> = [];
  Array.from(sheet?.rows ?? [], (row, r) =>
    (row ?? []).forEach((v, c) => {
      if (v !== null && v !== undefined) out.push([r, c, v]);
    }),
  );
  return out;
}

test("random cell grids written with ExcelJS read back identically", async () => {
  await fc.assert(
    fc.asyncProperty(workbook, async (sheets) => {
      const wb = new ExcelJS.Workbook();
      for (const s of sheets) {
        const ws = wb.addWorksheet(s.name);
        s.rows.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v !== null) ws.getCell(r + 1, c + 1).value = v;
          }),
        );
      }
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      const read = readXlsx(bytes);
      expect(read.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
      sheets.forEach((s, i) => expect(actual(read.sheets[i])).toEqual(expected(s.rows)));
    }),
    { numRuns: 120 },
  );
});
