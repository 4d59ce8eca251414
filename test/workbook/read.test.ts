import fs from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { CellValue, WorkbookData } from "../../src/engine/model/types";
import { toSerial } from "../../src/engine/parse/date";
import { WorkbookReadError } from "../../src/workbook/errors";
import { readXlsx, type ReadInfo } from "../../src/workbook/read";
import {
  bombXlsx,
  buildXlsx,
  cell,
  compoundFile,
  NS,
  REL_NS,
  workbookParts,
  zipParts,
} from "../../scripts/fuzz/parts";
import { ROOT } from "../helpers/cli";

const LIMITS = { maxUncompressedBytes: 64 * 1024 * 1024, maxCells: 1_000_000 };

function rowsOf(wb: WorkbookData, sheet = 0): CellValue[][] {
  return Array.from(wb.sheets[sheet]?.rows ?? [], (r) => [...(r ?? [])]);
}

function readError(bytes: Uint8Array, limits = LIMITS): WorkbookReadError {
  try {
    readXlsx(bytes, limits);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("read without error");
}

const sheet1 = (data: string, after = "") => buildXlsx({ sheets: [{ name: "S", data, after }] });

describe("odd workbooks that Excel, WPS or LibreOffice open", () => {
  const cases: Array<[string, Uint8Array, CellValue[][]]> = [
    [
      "inline strings, rich inline runs, phonetic runs left out",
      sheet1(
        `<row r="1">${cell("A1", "张三")}<c r="B1" t="inlineStr"><is><r><t>张</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 三</t></r><rPh sb="0" eb="1"><t>zhang</t></rPh></is></c></row>`,
      ),
      [["张三", "张 三"]],
    ],
    [
      "rows and cells without r attributes",
      sheet1(
        `<row><c><v>1</v></c><c><v>2</v></c></row><row><c/><c t="inlineStr"><is><t>x</t></is></c></row>`,
      ),
      [
        [1, 2],
        [null, "x"],
      ],
    ],
    [
      "rows without r continue from the last numbered row; cells without r from the last cell",
      sheet1(`<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>`),
      [[], [null, 1, 2], [3]],
    ],
    [
      "a row r that is not a number counts on",
      sheet1(
        `<row r="1"><c><v>1</v></c></row><row r="abc"><c><v>2</v></c></row><row r="0"><c><v>3</v></c></row>`,
      ),
      [[1], [2], [3]],
    ],
    [
      "shared formulas keep their cached values; formulas without one are empty",
      sheet1(
        `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c><c r="C1"><f>A1+1</f></c></row>` +
          `<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="C2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>`,
      ),
      [
        [1, 2],
        [2, 4, "ab"],
      ],
    ],
    [
      't="d" ISO dates are serials (wall-clock, offset ignored; 1900 leap-year bug kept)',
      sheet1(
        `<row r="1"><c r="A1" t="d"><v>2024-06-30T00:00:00</v></c><c r="B1" t="d"><v>2024-06-30T12:00:00Z</v></c>` +
          `<c r="C1" t="d"><v>2024-06-30</v></c><c r="D1" t="d"><v>1900-01-01T00:00:00</v></c><c r="E1" t="d"><v>not a date</v></c></row>`,
      ),
      [
        [
          toSerial({ y: 2024, m: 6, d: 30 }),
          toSerial({ y: 2024, m: 6, d: 30 }) + 0.5,
          45473,
          1,
          "not a date",
        ],
      ],
    ],
    [
      't="str", t="b", t="e", numbers in exponent form, an unparsable number kept as text',
      sheet1(
        `<row r="1"><c r="A1" t="str"><v>公式文本</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c>` +
          `<c r="D1" t="e"><v>#N/A</v></c><c r="E1"><v>1.5E+3</v></c><c r="F1"><v>1e999</v></c><c r="G1" t="str"/></row>`,
      ),
      [["公式文本", true, false, { error: "#N/A" }, 1500, "1e999"]],
    ],
    [
      "_xHHHH_ escapes are decoded (control characters as Excel writes them), _x005F_ keeps a literal",
      sheet1(
        `<row r="1">${cell("A1", "a_x000D__x000A_b")}${cell("B1", "_x005F_x0041_")}${cell("C1", "c\u0001d")}</row>`,
      ),
      [["a\r\nb", "_x0041_", "c\u0001d"]],
    ],
    [
      "emoji, right-to-left text and a 32,767-character string",
      sheet1(
        `<row r="1">${cell("A1", "🏠👨‍👩‍👧")}${cell("B1", "مرحبا بالعالم")}${cell("C1", "长".repeat(32767))}</row>`,
      ),
      [["🏠👨‍👩‍👧", "مرحبا بالعالم", "长".repeat(32767)]],
    ],
  ];
  test.each(cases)("%s", (_name, bytes, expected) => {
    expect(rowsOf(readXlsx(bytes, LIMITS))).toEqual(expected);
  });

  test("prefixed namespaces everywhere (x:worksheet, x:workbook, x:sst)", () => {
    const bytes = buildXlsx({ sheets: [{ name: "S" }] }, (p) => {
      p["xl/workbook.xml"] =
        `<x:workbook xmlns:x="${NS}" xmlns:r="${REL_NS}"><x:workbookPr date1904="true"/><x:sheets>` +
        `<x:sheet name="张庄村" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`;
      p["xl/worksheets/sheet1.xml"] =
        `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>` +
        `<x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B2"/></x:mergeCells></x:worksheet>`;
      p["xl/sharedStrings.xml"] = `<x:sst xmlns:x="${NS}"><x:si><x:t>户主</x:t></x:si></x:sst>`;
      p["xl/_rels/workbook.xml.rels"] = p["xl/_rels/workbook.xml.rels"]!.replace(
        "</Relationships>",
        `<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      );
    });
    const wb = readXlsx(bytes, LIMITS);
    expect(wb.date1904).toBe(true);
    expect(wb.sheets[0]?.name).toBe("张庄村");
    expect(rowsOf(wb)).toEqual([["户主", 7]]);
  });

  test("the 1904 date system: flag read, t=d dates counted from 1904", () => {
    const bytes = buildXlsx({
      date1904: true,
      sheets: [
        {
          name: "S",
          data: `<row r="1"><c r="A1" t="d"><v>2024-06-30</v></c><c r="B1"><v>43011</v></c></row>`,
        },
      ],
    });
    const wb = readXlsx(bytes, LIMITS);
    expect(wb.date1904).toBe(true);
    expect(rowsOf(wb)).toEqual([[toSerial({ y: 2024, m: 6, d: 30 }, true), 43011]]);
  });

  test("a missing sharedStrings part: string cells are empty, the rest is read", () => {
    const bytes = buildXlsx(
      {
        sst: ["a"],
        sheets: [{ name: "S", data: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row>` }],
      },
      (p) => {
        delete p["xl/sharedStrings.xml"];
      },
    );
    expect(rowsOf(readXlsx(bytes, LIMITS))).toEqual([[null, 5]]);
  });

  test("rich text and phonetic runs in shared strings; an index out of range is empty", () => {
    const bytes = buildXlsx({
      sst: [
        `<r><rPr><b/></rPr><t>戴窑</t></r><r><t xml:space="preserve">镇 </t></r><rPh sb="0" eb="2"><t>dai yao</t></rPh><phoneticPr fontId="1"/>`,
        `<t>line1\nline2</t>`,
      ],
      sheets: [
        {
          name: "S",
          data: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>9</v></c><c r="D1" t="s"><v>-1</v></c></row>`,
        },
      ],
    });
    expect(rowsOf(readXlsx(bytes, LIMITS))).toEqual([["戴窑镇 ", "line1\nline2"]]);
  });

  test("absolute and backslashed relationship targets", () => {
    const bytes = buildXlsx(
      {
        sheets: [
          { name: "A", data: `<row r="1"><c r="A1"><v>1</v></c></row>` },
          { name: "B", data: `<row r="1"><c r="A1"><v>2</v></c></row>` },
        ],
      },
      (p) => {
        p["xl/_rels/workbook.xml.rels"] = p["xl/_rels/workbook.xml.rels"]!.replace(
          'Target="worksheets/sheet1.xml"',
          'Target="/xl/worksheets/sheet1.xml"',
        ).replace('Target="worksheets/sheet2.xml"', 'Target="worksheets\\sheet2.xml"');
        p["_rels/.rels"] = p["_rels/.rels"]!.replace('Target="xl/workbook.xml"', 'Target="/xl/workbook.xml"');
      },
    );
    const wb = readXlsx(bytes, LIMITS);
    expect(wb.sheets.map((s) => [s.name, s.rows[0]?.[0]])).toEqual([
      ["A", 1],
      ["B", 2],
    ]);
  });

  test("a main part named xl/workbook2.xml with its own rels", () => {
    const bytes = buildXlsx(
      { sheets: [{ name: "S", data: `<row r="1"><c r="A1"><v>3</v></c></row>` }] },
      (p) => {
        p["xl/workbook2.xml"] = p["xl/workbook.xml"]!;
        p["xl/_rels/workbook2.xml.rels"] = p["xl/_rels/workbook.xml.rels"]!;
        delete p["xl/workbook.xml"];
        delete p["xl/_rels/workbook.xml.rels"];
        p["_rels/.rels"] = p["_rels/.rels"]!.replace("xl/workbook.xml", "xl/workbook2.xml");
        p["[Content_Types].xml"] = p["[Content_Types].xml"]!.replace("/xl/workbook.xml", "/xl/workbook2.xml");
      },
    );
    expect(rowsOf(readXlsx(bytes, LIMITS))).toEqual([[3]]);
  });

  test("part names in another case and upper-case content types, no package rels: found by content type", () => {
    const parts = workbookParts({ sheets: [{ name: "S", data: `<row r="1"><c r="A1"><v>4</v></c></row>` }] });
    const upper: Record<string, string> = {};
    for (const [k, v] of Object.entries(parts)) {
      if (k === "_rels/.rels") continue;
      const name =
        k === "xl/workbook.xml"
          ? "XL/Book.XML"
          : k === "xl/_rels/workbook.xml.rels"
            ? "XL/_RELS/Book.XML.RELS"
            : k.toUpperCase();
      upper[name] = v;
    }
    upper["[CONTENT_TYPES].XML"] = parts["[Content_Types].xml"]!.replace(
      '/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"',
      '/xl/book.xml" ContentType="APPLICATION/VND.OPENXMLFORMATS-OFFICEDOCUMENT.SPREADSHEETML.SHEET.MAIN+XML"',
    );
    expect(rowsOf(readXlsx(zipParts(upper), LIMITS))).toEqual([[4]]);
  });

  test("a sheet whose rels point at a missing part is skipped; the others are read", () => {
    const bytes = buildXlsx(
      { sheets: [{ name: "gone" }, { name: "here", data: `<row r="1"><c r="A1"><v>5</v></c></row>` }] },
      (p) => {
        delete p["xl/worksheets/sheet1.xml"];
      },
    );
    const wb = readXlsx(bytes, LIMITS);
    expect(wb.sheets.map((s) => s.name)).toEqual(["here"]);
    expect(rowsOf(wb)).toEqual([[5]]);
  });

  test("no workbook rels at all: sheets are looked for where Excel puts them", () => {
    const bytes = buildXlsx(
      { sheets: [{ name: "S", data: `<row r="1"><c r="A1"><v>6</v></c></row>` }] },
      (p) => {
        delete p["xl/_rels/workbook.xml.rels"];
      },
    );
    expect(rowsOf(readXlsx(bytes, LIMITS))).toEqual([[6]]);
  });

  test("stored (uncompressed) entries, a UTF-16 part and a UTF-8 byte-order mark", () => {
    const parts: Record<string, string | Uint8Array> = workbookParts({
      sheets: [{ name: "S", data: `<row r="1">${cell("A1", "村")}</row>` }],
    });
    const xml = parts["xl/worksheets/sheet1.xml"] as string;
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + 2 * i] = xml.charCodeAt(i) & 255;
      utf16[3 + 2 * i] = xml.charCodeAt(i) >> 8;
    }
    parts["xl/worksheets/sheet1.xml"] = utf16;
    parts["xl/workbook.xml"] = `\uFEFF${parts["xl/workbook.xml"] as string}`;
    expect(rowsOf(readXlsx(zipParts(parts, 0), LIMITS))).toEqual([["村"]]);
  });

  test("duplicate sheet names in different case, names with quotes, hidden sheets", () => {
    const bytes = buildXlsx({
      sheets: [
        { name: "Sheet1", data: `<row r="1"><c r="A1"><v>1</v></c></row>` },
        { name: "SHEET1", data: `<row r="1"><c r="A1"><v>2</v></c></row>`, state: "hidden" },
        { name: `张'庄"村`, data: `<row r="1"><c r="A1"><v>3</v></c></row>`, state: "veryHidden" },
      ],
    });
    const wb = readXlsx(bytes, LIMITS);
    expect(wb.sheets.map((s) => [s.name, s.hidden, s.rows[0]?.[0]])).toEqual([
      ["Sheet1", false, 1],
      ["SHEET1", true, 2],
      [`张'庄"村`, true, 3],
    ]);
  });

  test("merges: reversed refs normalised, whole-sheet and whole-column merges clipped to the used range", () => {
    const info: ReadInfo = { rawMergedCells: 0, bytesRead: 0, cells: 0 };
    const bytes = sheet1(
      `<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>`,
      `<mergeCells><mergeCell ref="B2:A1"/><mergeCell ref="A1:XFD1048576"/><mergeCell ref="C:C"/><mergeCell ref="C1:C1"/><mergeCell ref="A1:B2"/><mergeCell ref="bad"/></mergeCells>`,
    );
    const wb = readXlsx(bytes, LIMITS, info);
    expect(wb.sheets[0]?.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 0, left: 0, bottom: 2, right: 2 },
    ]);
    // As written: B2:A1, A1:XFD1048576, C1:C1 and A1:B2 (C:C is no cell reference and is ignored).
    expect(info.rawMergedCells).toBe(4 + 1048576 * 16384 + 1 + 4);
  });
});

describe("hostile XML: nothing expanded, nothing external resolved", () => {
  const doctype = (dtd: string, body: string) =>
    buildXlsx({
      sheets: [
        {
          name: "S",
          data: `<?xml version="1.0"?><!DOCTYPE worksheet [${dtd}]><worksheet xmlns="${NS}"><sheetData>${body}</sheetData></worksheet>`,
        },
      ],
    });

  test.each([
    [
      "billion laughs",
      doctype(
        `<!ENTITY a "ha">` +
          Array.from(
            { length: 9 },
            (_, i) => `<!ENTITY ${"b".repeat(i + 1)} "${`&${i === 0 ? "a" : "b".repeat(i)};`.repeat(10)}">`,
          ).join(""),
        `<row r="1"><c r="A1" t="inlineStr"><is><t>&bbbbbbbbb;</t></is></c></row>`,
      ),
    ],
    [
      "external entity (file:///etc/passwd)",
      doctype(
        `<!ENTITY xxe SYSTEM "file:///etc/passwd">`,
        `<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>`,
      ),
    ],
    [
      "external entity over the network",
      doctype(
        `<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">`,
        `<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>`,
      ),
    ],
    ["parameter entity", doctype(`<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;`, "")],
  ])("%s: refused at once as unsafe", (_name, bytes) => {
    const opened = jest.spyOn(fs, "openSync");
    const read = jest.spyOn(fs, "readFileSync");
    const started = Date.now();
    const e = readError(bytes);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(e.code).toBe("unsafe-xml");
    expect(e.message).not.toMatch(/root:|ha(ha){5}/);
    expect(opened).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    opened.mockRestore();
    read.mockRestore();
  });

  test("an entity used without a DTD is damaged XML, not expanded", () => {
    const e = readError(sheet1(`<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>`));
    expect(e.code).toBe("corrupt");
  });
});

describe("files that are not workbooks, and limits", () => {
  test("a zip bomb whose headers tell the truth is refused before inflating", () => {
    const bytes = bombXlsx(1 << 20, 3 * 1024 ** 3);
    const started = Date.now();
    const e = readError(bytes, { maxUncompressedBytes: 512 * 1024 * 1024, maxCells: 1_000_000 });
    expect(Date.now() - started).toBeLessThan(500);
    expect(e.code).toBe("too-large");
    expect(e.zh).toContain("512 MB");
    expect(e.en).toContain("limits.maxUncompressedBytes");
  });

  // 256 MB of XML in under 1 MB of zip. fflate's own unzipSync trusts the claimed size: it allocates that much
  // and silently drops the rest (shown below), so the reader inflates by hand, chunk by chunk, and stops as soon
  // as the real output passes the claimed size or the limit.
  const lying = bombXlsx(256 * 1024 * 1024, 1000);
  test("fflate's unzipSync truncates a lying entry to its claimed size", () => {
    expect(lying.length).toBeLessThan(1024 * 1024);
    const files = unzipSync(lying, { filter: (f) => f.name.endsWith("sheet1.xml") });
    expect(files["xl/worksheets/sheet1.xml"]?.length).toBe(1000);
  });

  test.each<[string, number, number, string]>([
    ["claims 1,000 bytes", 1000, 16 * 1024 * 1024, "corrupt"],
    ["claims 4 MB, under the limit", 4 * 1024 * 1024, 16 * 1024 * 1024, "corrupt"],
    ["claims 20 MB, over the limit", 20 * 1024 * 1024, 16 * 1024 * 1024, "too-large"],
  ])(
    "a zip bomb whose headers lie (%s) stops early: bounded time and memory",
    (_name, claimed, limit, code) => {
      const bytes = claimed === 1000 ? lying : bombXlsx(256 * 1024 * 1024, claimed);
      const before = process.memoryUsage();
      const started = Date.now();
      const e = readError(bytes, { maxUncompressedBytes: limit, maxCells: 1_000_000 });
      const after = process.memoryUsage();
      expect(e.code).toBe(code);
      if (code === "too-large") expect(e.zh).toContain("16 MB");
      else expect(e.en).toContain("inflates beyond the size its header states");
      expect(Date.now() - started).toBeLessThan(3000);
      expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 * 1024 * 1024);
    },
  );

  test.each<[string, Uint8Array, string]>([
    ["empty file", new Uint8Array(0), "empty"],
    [
      "PNG renamed to .xlsx",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      "not-zip",
    ],
    // readXlsx reads .xlsx only; other formats a clerk has go through readWorkbookBytes (test/workbook/formats).
    ["CSV renamed to .xlsx", strToU8("\uFEFF户主姓名,联系方式\n张三,13812345678\n"), "damaged"],
    ["plain text", strToU8("这不是表格"), "damaged"],
    [
      "encrypted workbook (OLE with EncryptionInfo/EncryptedPackage)",
      compoundFile({
        EncryptionInfo: new Uint8Array(200).fill(4),
        EncryptedPackage: new Uint8Array(5000).fill(7),
      }),
      "encrypted",
    ],
    [
      "old .xls (OLE with a Workbook stream)",
      compoundFile({ Workbook: new Uint8Array([0x09, 0x08, 0x10, 0x00]) }),
      "damaged",
    ],
    [
      "a Word document in a zip",
      zipParts({ "word/document.xml": "<w:document/>", "[Content_Types].xml": "<Types/>" }),
      "not-workbook",
    ],
    ["an empty zip", zipSync({}), "not-workbook"],
    ["a workbook with no sheets", buildXlsx({ sheets: [] }), "no-sheets"],
    ["a truncated workbook", sheet1(`<row r="1"><c r="A1"><v>1</v></c></row>`).subarray(0, 300), "corrupt"],
    ["a cell beyond column XFD", sheet1(`<row r="1"><c r="XFE1"><v>1</v></c></row>`), "corrupt"],
    ["a row beyond 1,048,576", sheet1(`<row r="1048577"><c><v>1</v></c></row>`), "corrupt"],
    ["unclosed tags", sheet1(`<row r="1"><c r="A1"><v>1</c></row>`), "corrupt"],
  ])("%s: %s", (_name, bytes, code) => {
    const e = readError(bytes);
    expect(e.code).toBe(code);
    expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(e.en).toMatch(/^[\x20-\x7e]+$/);
  });

  test("cells beyond limits.maxCells, counted as they are read, and the dense area of rows", () => {
    const data = Array.from(
      { length: 50 },
      (_, r) =>
        `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c><v>${c}</v></c>`).join("")}</row>`,
    ).join("");
    expect(
      readXlsx(sheet1(data), { maxUncompressedBytes: 1 << 24, maxCells: 500 }).sheets[0]?.rows.length,
    ).toBe(50);
    const e = readError(sheet1(data), { maxUncompressedBytes: 1 << 24, maxCells: 499 });
    expect(e.code).toBe("too-many-cells");
    expect(e.zh).toContain("499");
    expect(e.en).toContain("limits.maxCells");
    // Two cells per row, far apart: the rows would be 16,384 wide once dense.
    const sparse = Array.from(
      { length: 100 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>1</v></c><c r="XFD${r + 1}"><v>2</v></c></row>`,
    ).join("");
    expect(readError(sheet1(sparse), { maxUncompressedBytes: 1 << 24, maxCells: 1_000_000 }).code).toBe(
      "too-many-cells",
    );
  });
});

describe("the same values as ExcelJS on ordinary workbooks", () => {
  /** ExcelJS's view of a cell, mapped to the engine's CellValue. */
  function fromExcelJs(v: ExcelJS.CellValue, date1904: boolean): CellValue {
    if (v === null || v === undefined || v === "") return null;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    if (v instanceof Date) return v.getTime() / 86_400_000 + (date1904 ? 24107 : 25569);
    if ("richText" in v) return v.richText.map((r) => r.text).join("") || null;
    if ("error" in v) return { error: v.error };
    if ("formula" in v || "sharedFormula" in v)
      return fromExcelJs((v as { result?: ExcelJS.CellValue }).result ?? null, date1904);
    if ("text" in v) return fromExcelJs((v as { text: ExcelJS.CellValue }).text, date1904);
    return null;
  }

  async function compare(bytes: Uint8Array): Promise<void> {
    const ours = readXlsx(bytes, LIMITS);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const date1904 = Boolean(wb.properties.date1904);
    expect(ours.date1904).toBe(date1904);
    expect(ours.sheets.map((s) => s.name)).toEqual(wb.worksheets.map((w) => w.name));
    for (const [i, ws] of wb.worksheets.entries()) {
      const theirs: CellValue[][] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (c, col) => {
          // Merged cells other than the top-left: ExcelJS reports the master's value, the file holds nothing.
          if (c.isMerged && c.master !== c) return;
          const v = fromExcelJs(c.value, date1904);
          if (v !== null) (theirs[r - 1] ??= [])[col - 1] = v;
        });
      });
      const mine = ours.sheets[i]?.rows ?? [];
      const strip = (rows: ReadonlyArray<ReadonlyArray<CellValue> | undefined>) =>
        Array.from(rows, (row) =>
          (row ?? []).map((v, c) => [c, v] as const).filter(([, v]) => v !== null && v !== undefined),
        );
      expect(strip(mine)).toEqual(
        strip(Array.from({ length: Math.max(theirs.length, mine.length) }, (_, r) => theirs[r])),
      );
    }
  }

  test("the sample township workbook", async () => {
    await compare(new Uint8Array(fs.readFileSync(join(ROOT, "test", "fixtures", "sample-township.xlsx"))));
  });

  test("a workbook with every kind of value ExcelJS writes", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("值");
    ws.addRow(["文本", 1, -2.5, true, false, new Date(Date.UTC(2024, 5, 30)), null, "  空格  "]);
    ws.addRow([
      { richText: [{ text: "富" }, { text: "文本", font: { bold: true } }] },
      { formula: "B1*2", result: 2 },
      { error: "#DIV/0!" } as ExcelJS.CellErrorValue,
    ]);
    ws.addRow([{ text: "链接", hyperlink: "http://example.invalid/" }, "=1+1", "line1\nline2", 1e21, 1e-7]);
    ws.mergeCells("A5:C6");
    ws.getCell("A5").value = "合并";
    wb.addWorksheet("空");
    await compare(new Uint8Array(await wb.xlsx.writeBuffer()));
  });
});
