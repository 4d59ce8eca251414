import { formulaAddresses, setCellValues } from "../../src/workbook/patch-cells";
import { recalcOnLoad } from "../../src/workbook/fill";

/** Setting numbers in a worksheet part as text: only the cells written change (SPEC §13's fill). */
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (data: string, before = "") =>
  `<?xml version="1.0"?>\n<worksheet ${NS}>${before}<sheetData>${data}</sheetData><pageMargins/></worksheet>`;
const values = (entries: Array<[number, number, number]>) => {
  const m = new Map<number, Map<number, number>>();
  for (const [r, c, v] of entries) {
    const row = m.get(r) ?? new Map<number, number>();
    row.set(c, v);
    m.set(r, row);
  }
  return m;
};

describe("setCellValues", () => {
  test("an existing cell keeps its attributes but its type; text and inline strings become the number", () => {
    const xml = sheet(
      '<row r="2" spans="1:3"><c r="A2" s="3" t="s"><v>7</v></c><c r="B2" s="4" t="inlineStr"><is><t>待填</t></is></c><c r="C2" s="5"/></row>',
    );
    const out = setCellValues(
      xml,
      values([
        [1, 0, 12],
        [1, 1, 0],
        [1, 2, 2.5],
      ]),
    );
    expect(out).toBe(
      sheet(
        '<row r="2" spans="1:3"><c r="A2" s="3"><v>12</v></c><c r="B2" s="4"><v>0</v></c><c r="C2" s="5"><v>2.5</v></c></row>',
      ),
    );
  });

  test("missing cells are added in column order with the row's or the column's format; missing rows in row order", () => {
    const xml = sheet(
      '<row r="1"><c r="B1"><v>1</v></c></row><row r="3" s="9" customFormat="1"><c r="A3" t="s"><v>0</v></c></row><row r="5"/>',
      '<cols><col min="3" max="3" width="9" style="6"/></cols>',
    );
    const out = setCellValues(
      xml,
      values([
        [0, 0, 1],
        [0, 2, 2],
        [1, 1, 3],
        [2, 3, 4],
        [4, 1, 5],
        [6, 0, 6],
      ]),
    );
    expect(out).toBe(
      sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>1</v></c><c r="C1" s="6"><v>2</v></c></row><row r="2"><c r="B2"><v>3</v></c></row><row r="3" s="9" customFormat="1"><c r="A3" t="s"><v>0</v></c><c r="D3" s="9"><v>4</v></c></row><row r="5"><c r="B5"><v>5</v></c></row><row r="7"><c r="A7"><v>6</v></c></row>',
        '<cols><col min="3" max="3" width="9" style="6"/></cols>',
      ),
    );
  });

  test("a prefixed worksheet, rows and cells without r, and an empty sheetData", () => {
    const x =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c s="2"/></x:row></x:sheetData></x:worksheet>';
    expect(setCellValues(x, values([[0, 1, 8]]))).toBe(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c s="2"><x:v>8</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
    expect(
      setCellValues(sheet("").replace("<sheetData></sheetData>", "<sheetData/>"), values([[1, 1, 3]])),
    ).toBe(sheet('<row r="2"><c r="B2"><v>3</v></c></row>'));
  });

  test("nothing to write leaves the part as it was", () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    expect(setCellValues(xml, new Map())).toBe(xml);
  });
});

describe("formulaAddresses and recalcOnLoad", () => {
  test("formula cells, shared and array ones included; not a cell whose text merely holds <f", () => {
    const xml = sheet(
      '<row r="4"><c r="A4"><f>SUM(A1:A3)</f><v>3</v></c><c r="B4"><f t="shared" si="0"/><v>1</v></c><c r="C4" t="inlineStr"><is><t>&lt;f&gt;</t></is></c><c r="D4"><v>2</v></c></row>',
    );
    expect([...formulaAddresses(xml)]).toEqual(["A4", "B4"]);
  });

  test("calcPr gains fullCalcOnLoad, or is added before the elements that follow it", () => {
    const wb = (inner: string) => `<workbook ${NS}><sheets/>${inner}</workbook>`;
    expect(recalcOnLoad(wb('<calcPr calcId="191029"/>'))).toBe(
      wb('<calcPr fullCalcOnLoad="1" calcId="191029"/>'),
    );
    expect(recalcOnLoad(wb('<calcPr fullCalcOnLoad="0"/>'))).toBe(wb('<calcPr fullCalcOnLoad="1"/>'));
    expect(recalcOnLoad(wb("<extLst/>"))).toBe(wb('<calcPr fullCalcOnLoad="1"/><extLst/>'));
  });
});
