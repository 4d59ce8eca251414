import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { buildSampleTownship } from "../../scripts/samples/township";
import { checkWorkbook } from "../../src/engine/check";
import { planMarks } from "../../src/engine/marks";
import { parseA1 } from "../../src/engine/model/address";
import type { CellValue, Finding } from "../../src/engine/model/types";
import { MARK_COLORS } from "../../src/engine/marks";
import { annotateWorkbook, RESULTS_SHEET } from "../../src/workbook/annotate";
import { NODE_CODEC } from "../../src/workbook/node-codec";
import { readXlsx } from "../../src/workbook/read";

const TODAY = { y: 2024, m: 7, d: 15 } as const;

/** The sample township with some clerk's formatting on cells that will be marked, and a clerk's own note. */
async function sampleBytes(): Promise<Uint8Array> {
  const { workbook } = buildSampleTownship();
  const ws = workbook.getWorksheet("张庄村");
  if (!ws) throw new Error("sample changed");
  // J5 (grade D, not rebuilt) and L5 get the marks of RV-D-NOT-REBUILD.
  ws.getCell("J5").style = {
    font: { name: "黑体", size: 14, bold: true, color: { argb: "FF0000FF" } },
    border: { left: { style: "thick" }, bottom: { style: "double" } },
    alignment: { horizontal: "center" },
  };
  ws.getCell("L5").numFmt = "@";
  ws.getCell("B6").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
  ws.getCell("B5").note = "户主本人确认（村委会）";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function check(bytes: Uint8Array): Finding[] {
  return [...checkWorkbook(readXlsx(bytes), { today: TODAY }).findings];
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function noteOf(cell: ExcelJS.Cell): string {
  const n = cell.note;
  if (n === undefined) return "";
  return typeof n === "string" ? n : (n.texts ?? []).map((t) => t.text).join("");
}

function argb(cell: ExcelJS.Cell): string | undefined {
  return (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
}

/** Every value of every sheet but Anju's, as the reader sees it. */
function values(bytes: Uint8Array): Record<string, ReadonlyArray<ReadonlyArray<CellValue> | undefined>> {
  const out: Record<string, ReadonlyArray<ReadonlyArray<CellValue> | undefined>> = {};
  for (const s of readXlsx(bytes).sheets) if (s.name !== RESULTS_SHEET) out[s.name] = s.rows;
  return out;
}

function part(bytes: Uint8Array, pattern: RegExp): string[] {
  const files = unzipSync(bytes);
  return Object.keys(files)
    .filter((k) => pattern.test(k))
    .map((k) => strFromU8(files[k] ?? new Uint8Array()));
}

let input: Uint8Array;
let findings: Finding[];
let copy: Uint8Array;

beforeAll(async () => {
  input = await sampleBytes();
  findings = check(input);
  copy = await annotateWorkbook(input, findings);
});

describe("annotated copy", () => {
  test("each marked cell is filled by its worst severity and carries a note with every finding on it", async () => {
    const wb = await load(copy);
    const marks = planMarks(findings);
    expect(marks.length).toBeGreaterThan(20);
    for (const m of marks) {
      const cell = wb.getWorksheet(m.sheet)?.getCell(m.address);
      if (!cell) throw new Error(`${m.sheet}!${m.address} missing`);
      expect([m.sheet, m.address, argb(cell)]).toEqual([m.sheet, m.address, `FF${MARK_COLORS[m.severity]}`]);
      const note = noteOf(cell);
      for (const f of m.findings) expect(note).toContain(f.ruleId);
    }
  });

  test("marked cells keep their own font, border, alignment and number format; other cells keep their fill", async () => {
    const before = await load(input);
    const after = await load(copy);
    const b = before.getWorksheet("张庄村");
    const a = after.getWorksheet("张庄村");
    for (const address of ["J5", "L5"]) {
      const was = b?.getCell(address);
      const now = a?.getCell(address);
      expect(argb(now as ExcelJS.Cell)).toBe(`FF${MARK_COLORS.error}`);
      expect(now?.font).toEqual(was?.font);
      expect(now?.border).toEqual(was?.border);
      expect(now?.alignment).toEqual(was?.alignment);
      expect(now?.numFmt).toEqual(was?.numFmt);
    }
    expect(argb(a?.getCell("B6") as ExcelJS.Cell)).toBe("FF00FF00");
    expect(a?.getCell("C5").fill).toEqual(b?.getCell("C5").fill);
  });

  test("values are unchanged and the copy gives the same findings", () => {
    expect(values(copy)).toEqual(values(input));
    expect(check(copy)).toEqual(findings);
  });

  test("the 校验结果 sheet lists every finding, and every link points at the finding's first cell", async () => {
    const wb = await load(copy);
    const ws = wb.getWorksheet(RESULTS_SHEET);
    expect(ws?.rowCount).toBe(findings.length + 1);
    expect(ws?.getCell("A1").font?.bold).toBe(true);
    findings.forEach((f, i) => {
      expect(ws?.getCell(`A${i + 2}`).value).toBe(f.sheet);
      expect(ws?.getCell(`B${i + 2}`).value).toBe(f.row);
      expect(ws?.getCell(`E${i + 2}`).value).toBe(f.ruleId);
    });
    const sheetXml = part(copy, /worksheets\/sheet\d+\.xml$/).find((x) => x.includes("<hyperlinks>")) ?? "";
    const links = [...sheetXml.matchAll(/<hyperlink ref="H(\d+)" location="([^"]*)"/g)];
    expect(links).toHaveLength(findings.length);
    for (const [, row, location] of links) {
      const f = findings[Number(row) - 2];
      const m = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec((location ?? "").replace(/&apos;/g, "'"));
      expect(m).not.toBeNull();
      const sheet = (m?.[1] ?? "").replace(/''/g, "'");
      expect(wb.getWorksheet(sheet)).toBeDefined();
      expect(parseA1(m?.[2] ?? "")).toBeDefined();
      expect([sheet, m?.[2]]).toEqual([f?.sheet, f?.cells[0] ?? `A${f?.row}`]);
    }
  });

  test("a clerk's own note is kept", async () => {
    const wb = await load(copy);
    expect(noteOf(wb.getWorksheet("张庄村")?.getCell("B5") as ExcelJS.Cell)).toBe("户主本人确认（村委会）");
  });

  test("annotating the copy again gives the same workbook parts (no second results sheet, no growth)", async () => {
    const again = await annotateWorkbook(copy, findings);
    const a = unzipSync(copy);
    const b = unzipSync(again);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a))
      expect([name, strFromU8(b[name] ?? new Uint8Array())]).toEqual([
        name,
        strFromU8(a[name] ?? new Uint8Array()),
      ]);
    const wb = await load(again);
    expect(wb.worksheets.filter((w) => w.name === RESULTS_SHEET)).toHaveLength(1);
  });

  test("re-annotating with fewer findings removes the old marks and notes, restoring the cell's own format", async () => {
    const rest = findings.filter((f) => f.ruleId !== "RV-D-NOT-REBUILD");
    const again = await annotateWorkbook(copy, rest);
    const wb = await load(again);
    const orig = await load(input);
    const ws = wb.getWorksheet("张庄村");
    for (const address of ["J5", "L5"]) {
      const cell = ws?.getCell(address) as ExcelJS.Cell;
      const was = orig.getWorksheet("张庄村")?.getCell(address) as ExcelJS.Cell;
      expect(argb(cell)).toBe(argb(was));
      expect(cell.font).toEqual(was.font);
      expect(cell.border).toEqual(was.border);
      expect(noteOf(cell)).toBe("");
    }
    expect(noteOf(ws?.getCell("B5") as ExcelJS.Cell)).toBe("户主本人确认（村委会）");
    expect(wb.getWorksheet(RESULTS_SHEET)?.rowCount).toBe(rest.length + 1);
    expect(values(again)).toEqual(values(input));
    // The formats of the first run are reused, not added again.
    const xfCount = (b: Uint8Array) => /<cellXfs count="(\d+)"/.exec(part(b, /styles\.xml$/)[0] ?? "")?.[1];
    expect(xfCount(again)).toBe(xfCount(copy));
  });

  test("Node's zlib (the CLI's codec) writes the same parts as fflate", async () => {
    const native = await annotateWorkbook(input, findings, "zh-CN", { codec: NODE_CODEC });
    const a = unzipSync(copy);
    const b = unzipSync(native);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) expect([name, b[name]]).toEqual([name, a[name]]);
  });

  test("with no findings the copy has no marks and an empty 校验结果 sheet", async () => {
    const clean = await annotateWorkbook(copy, []);
    const wb = await load(clean);
    expect(wb.getWorksheet(RESULTS_SHEET)?.rowCount).toBe(1);
    expect(argb(wb.getWorksheet("张庄村")?.getCell("J5") as ExcelJS.Cell)).toBeUndefined();
    expect(part(clean, /^docProps\/custom\.xml$/).join("")).not.toContain("AnjuMarkFormats");
  });
});

/** A workbook as odd writers make it: prefixed namespace, rows and cells without r, no styles for the cells. */
function oddWorkbook(withStyles = true): Uint8Array {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const sheet =
    `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${main}"><x:sheetData>` +
    `<x:row><x:c t="inlineStr"><x:is><x:t>a &amp; b</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row>` +
    `<x:row r="3"><x:c r="B3"><x:v>2</x:v></x:c></x:row>` +
    `<x:row/></x:sheetData></x:worksheet>`;
  const parts: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${main}" xmlns:r="${rel}"><x:sheets><x:sheet name="数据" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><x:styleSheet xmlns:x="${main}"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="宋体"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
  };
  if (!withStyles) {
    delete parts["xl/styles.xml"];
    const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"] ?? new Uint8Array());
    parts["xl/_rels/workbook.xml.rels"] = strToU8(rels.replace(/<Relationship Id="rId2"[^>]*\/>/, ""));
  }
  return zipSync(parts);
}

function finding(cells: string[], severity: Finding["severity"], row = 1): Finding {
  return { ruleId: "GEN-SEQ", severity, sheet: "数据", row, cells, params: {}, clause: "TZ" };
}

/** Start tags of the cells of a prefixed sheet by address, rows and cells without r counted as the reader does. */
function cellTags(sheet: string): Map<string, string> {
  const out = new Map<string, string>();
  let r = 0;
  for (const row of sheet.matchAll(/<x:row\b([^>]*?)(\/>|>([\s\S]*?)<\/x:row>)/g)) {
    r = /\sr="(\d+)"/.test(row[1] ?? "") ? Number(/\sr="(\d+)"/.exec(row[1] ?? "")?.[1]) : r + 1;
    let c = -1;
    for (const cell of (row[3] ?? "").matchAll(/<x:c\b[^>]*>/g)) {
      const ref = /\sr="([A-Z]+)\d+"/.exec(cell[0])?.[1];
      c = ref ? (parseA1(`${ref}1`)?.col ?? 0) : c + 1;
      out.set(`${String.fromCharCode(65 + c)}${r}`, cell[0]);
    }
  }
  return out;
}

/** The fill colour and note of a cell, read from the parts themselves (ExcelJS cannot open prefixed XML). */
function markOf(bytes: Uint8Array, address: string): { fill: string | undefined; note: string } {
  const sheet = part(bytes, /sheet1\.xml$/)[0] ?? "";
  const styles = part(bytes, /styles\.xml$/)[0] ?? "";
  const comments = part(bytes, /comments\d+\.xml$/)[0] ?? "";
  const tag = cellTags(sheet).get(address);
  const s = Number(/\ss="(\d+)"/.exec(tag ?? "")?.[1] ?? "0");
  const xfs = [
    ...(/<x:cellXfs[^>]*>([\s\S]*?)<\/x:cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<x:xf\b[^>]*>/g),
  ];
  const fillId = Number(/fillId="(\d+)"/.exec(xfs[s]?.[0] ?? "")?.[1] ?? "0");
  const fills = [
    ...(/<x:fills[^>]*>([\s\S]*?)<\/x:fills>/.exec(styles)?.[1] ?? "").matchAll(
      /<x:fill>[\s\S]*?<\/x:fill>/g,
    ),
  ];
  const fill = /fgColor rgb="FF([0-9A-F]{6})"/.exec(fills[fillId]?.[0] ?? "")?.[1];
  const note = new RegExp(`<comment ref="${address}"[\\s\\S]*?</comment>`).exec(comments)?.[0] ?? "";
  return { fill, note };
}

describe("annotated copy of an odd workbook", () => {
  test.each([
    ["an existing cell without r", "B1"],
    ["a missing cell in an existing row", "C1"],
    ["a missing cell before an existing one", "A3"],
    ["a missing row between rows", "D2"],
    ["a row written as <row/>", "A4"],
    ["a missing row after the last", "B9"],
  ])("marks %s", async (_, address) => {
    const input = oddWorkbook();
    const out = await annotateWorkbook(input, [finding([address], "warning")]);
    expect(markOf(out, address).fill).toBe(MARK_COLORS.warning);
    expect(markOf(out, address).note).toContain("GEN-SEQ");
    expect(values(out)).toEqual(values(input));
    // Other cells are not filled; rows and cells stay in order.
    for (const other of ["A1", "B1", "C1", "D2", "A3", "B3", "A4", "B9"].filter((a) => a !== address)) {
      expect([other, markOf(out, other).fill]).toEqual([other, undefined]);
    }
    const sheet = part(out, /sheet1\.xml$/)[0] ?? "";
    const rows = [...sheet.matchAll(/<x:row(?: r="(\d+)")?/g)].map((m) => m[1]);
    const numbered = rows.filter((r): r is string => r !== undefined).map(Number);
    expect(numbered).toEqual([...numbered].sort((a, b) => a - b));
  });

  test("a workbook written without a styles part gets Excel's defaults plus the marks", async () => {
    const input = oddWorkbook(false);
    const out = await annotateWorkbook(input, [finding(["B1"], "info")]);
    expect(part(out, /^xl\/styles\.xml$/)[0]).toContain("DDEBF7");
    expect(part(out, /workbook\.xml\.rels$/)[0]).toMatch(/relationships\/styles" Target="styles\.xml"/);
    expect(part(out, /Content_Types/)[0]).toContain('PartName="/xl/styles.xml"');
    expect(values(out)).toEqual(values(input));
  });

  test("keeps the prefixed namespace and the values of inline strings", async () => {
    const out = await annotateWorkbook(oddWorkbook(), [finding(["A1", "B1"], "error")]);
    const xml = part(out, /sheet1\.xml$/)[0] ?? "";
    expect(xml).toMatch(/<x:c s="\d+" t="inlineStr">/);
    expect(xml).toContain("<x:legacyDrawing ");
    expect(readXlsx(out).sheets[0]?.rows[0]).toEqual(["a & b", 1]);
    expect(markOf(out, "A1").fill).toBe(MARK_COLORS.error);
  });
});
