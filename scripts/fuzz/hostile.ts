/** Fuzz corpus: hostile XML, zip-level oddities and files that are not workbooks at all. */
import { strToU8, unzipSync, type Zippable } from "fflate";
import {
  bombXlsx,
  buildXlsx,
  cell,
  compoundFile,
  lieAboutSize,
  NS,
  workbookParts,
  zip,
  zipParts,
} from "./parts";
import { UNREADABLE, type Entry } from "./tables";

/** Hostile XML in a sheet part. */
export function hostileXml(): Entry[] {
  const sheet = (xml: string) => buildXlsx({ sheets: [{ name: "S", data: `<?xml version="1.0"?>${xml}` }] });
  const laughs =
    `<!ENTITY a "ha">` +
    Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY ${"b".repeat(i + 1)} "${`&${i === 0 ? "a" : "b".repeat(i)};`.repeat(10)}">`,
    ).join("");
  const body = (ent: string) =>
    `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${ent}</t></is></c></row></sheetData></worksheet>`;
  const unsafe = /DTD|实体/;
  return [
    {
      name: "xml-billion-laughs",
      bytes: sheet(`<!DOCTYPE worksheet [${laughs}]>${body("&bbbbbbbbb;")}`),
      status: UNREADABLE,
      reason: unsafe,
    },
    {
      name: "xml-xxe-file",
      bytes: sheet(`<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>${body("&x;")}`),
      status: UNREADABLE,
      reason: unsafe,
    },
    {
      name: "xml-xxe-http",
      bytes: sheet(`<!DOCTYPE worksheet [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>${body("&x;")}`),
      status: UNREADABLE,
      reason: unsafe,
    },
    {
      name: "xml-parameter-entity",
      bytes: sheet(`<!DOCTYPE worksheet [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>${body("x")}`),
      status: UNREADABLE,
      reason: unsafe,
    },
    { name: "xml-undeclared-entity", bytes: sheet(body("&nbsp;")), status: UNREADABLE, reason: /损坏/ },
    {
      name: "xml-xxe-in-shared-strings",
      bytes: buildXlsx(
        { sst: ["a"], sheets: [{ name: "S", data: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` }] },
        (p) => {
          p["xl/sharedStrings.xml"] =
            `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst xmlns="${NS}"><si><t>&x;</t></si></sst>`;
        },
      ),
      status: UNREADABLE,
      reason: unsafe,
    },
    {
      name: "xml-xxe-in-workbook",
      bytes: buildXlsx({ sheets: [{ name: "S" }] }, (p) => {
        p["xl/workbook.xml"] = p["xl/workbook.xml"]!.replace(
          "<workbook ",
          `<!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]><workbook `,
        ).replace('name="S"', 'name="&x;"');
      }),
      status: UNREADABLE,
      reason: unsafe,
    },
    {
      name: "xml-deep-nesting",
      bytes: sheet(
        `<worksheet xmlns="${NS}"><sheetData>${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}</sheetData></worksheet>`,
      ),
    },
    {
      name: "xml-many-attributes",
      bytes: sheet(
        `<worksheet xmlns="${NS}"><sheetData><row r="1" ${Array.from({ length: 50_000 }, (_, i) => `a${i}="${i}"`).join(" ")}/></sheetData></worksheet>`,
      ),
    },
    {
      name: "xml-huge-attribute",
      bytes: sheet(
        `<worksheet xmlns="${NS}"><sheetData><row r="1" spans="${"1".repeat(4 << 20)}"/></sheetData></worksheet>`,
      ),
    },
    {
      name: "xml-nul-bytes",
      bytes: sheet(
        `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a\u0000b</t></is></c></row></sheetData></worksheet>`,
      ),
    },
    {
      name: "xml-cdata-comments-pi",
      bytes: sheet(
        `<!-- c --><worksheet xmlns="${NS}"><?pi x?><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<张三>]]></t></is></c><!-- x --></row></sheetData></worksheet>`,
      ),
    },
    { name: "xml-not-xml", bytes: sheet("this is not xml at all"), status: UNREADABLE },
    {
      name: "xml-two-roots",
      bytes: sheet(`<worksheet xmlns="${NS}"/><worksheet xmlns="${NS}"/>`),
      status: UNREADABLE,
    },
    {
      // Not well-formed, but harmless: the reader may refuse it or take one of the values.
      name: "xml-duplicate-attributes",
      bytes: sheet(`<worksheet xmlns="${NS}"><sheetData><row r="1" r="2"/></sheetData></worksheet>`),
    },
    {
      name: "xml-invalid-utf8",
      bytes: (() => {
        const parts: Record<string, string | Uint8Array> = workbookParts({
          sheets: [{ name: "S", data: `<row r="1">${cell("A1", "XX")}</row>` }],
        });
        const xml = strToU8(parts["xl/worksheets/sheet1.xml"] as string);
        const at = new TextDecoder().decode(xml).indexOf("XX");
        xml.set([0xff, 0xc3], at);
        parts["xl/worksheets/sheet1.xml"] = xml;
        return zipParts(parts);
      })(),
    },
  ];
}

/** Zip-level oddities. */
export function zipOddities(good: Uint8Array): Entry[] {
  const files = unzipSync(good);
  const rezip = (edit: (z: Zippable) => void) => {
    const z: Zippable = {};
    for (const [k, v] of Object.entries(files)) z[k] = v;
    edit(z);
    return zip(z);
  };
  const patch = (bytes: Uint8Array, f: (b: Uint8Array, eocd: number) => void) => {
    const b = bytes.slice();
    let e = b.length - 22;
    while (e > 0 && !(b[e] === 0x50 && b[e + 1] === 0x4b && b[e + 2] === 5 && b[e + 3] === 6)) e--;
    f(b, e);
    return b;
  };
  const setMethod = (bytes: Uint8Array, method: number, flags = -1) => {
    const b = bytes.slice();
    for (let i = 0; i + 4 < b.length; i++) {
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 1 && b[i + 3] === 2) {
        b[i + 10] = method;
        if (flags >= 0) b[i + 8] = flags;
      }
    }
    return b;
  };
  return [
    {
      name: "zip-bomb-honest",
      bytes: bombXlsx(64 * 1024 * 1024, 3 * 1024 ** 3),
      status: UNREADABLE,
      reason: /MB/,
    },
    { name: "zip-bomb-lying-small", bytes: bombXlsx(64 * 1024 * 1024, 4096), status: UNREADABLE },
    { name: "zip-bomb-lying-large", bytes: bombXlsx(64 * 1024 * 1024, 32 * 1024 * 1024), status: UNREADABLE },
    { name: "zip-bomb-in-shared-strings", bytes: bombXlsx(64 * 1024 * 1024, 4096, "xl/sharedStrings.xml") },
    {
      name: "zip-stored-entries",
      bytes: rezip((z) => {
        for (const k of Object.keys(z)) z[k] = [z[k] as Uint8Array, { level: 0 }];
      }),
    },
    { name: "zip-unknown-method", bytes: setMethod(good, 12), status: UNREADABLE },
    { name: "zip-encrypted-entries", bytes: setMethod(good, 8, 1), status: UNREADABLE },
    {
      name: "zip-duplicate-entries",
      bytes: zip({ ...files, "xl/Worksheets/Sheet1.xml": strToU8("<garbage") }),
    },
    {
      name: "zip-slip-names",
      bytes: rezip((z) => {
        z["../../../../tmp/anju-evil.txt"] = strToU8("evil");
        z["/etc/evil"] = strToU8("evil");
      }),
    },
    {
      name: "zip-huge-entry-count",
      bytes: patch(good, (b, e) => {
        b[e + 8] = 0xff;
        b[e + 9] = 0xff;
        b[e + 10] = 0xff;
        b[e + 11] = 0xff;
      }),
      status: UNREADABLE,
    },
    {
      name: "zip-directory-outside-file",
      bytes: patch(good, (b, e) => {
        b[e + 16] = 0xff;
        b[e + 17] = 0xff;
        b[e + 18] = 0xff;
        b[e + 19] = 0x7f;
      }),
      status: UNREADABLE,
    },
    {
      name: "zip-zero-entries",
      bytes: patch(good, (b, e) => {
        b[e + 8] = 0;
        b[e + 9] = 0;
        b[e + 10] = 0;
        b[e + 11] = 0;
      }),
      status: UNREADABLE,
    },
    {
      name: "zip-long-comment",
      bytes: (() => {
        const b = new Uint8Array(good.length + 65535);
        b.set(good);
        const e = good.length - 22;
        b[e + 20] = 0xff;
        b[e + 21] = 0xff;
        b.fill(0x20, good.length);
        return b;
      })(),
    },
    {
      name: "zip64-locator-pointing-nowhere",
      bytes: (() => {
        const e = good.length - 22;
        const b = new Uint8Array(good.length + 20);
        b.set(good.subarray(0, e));
        b.set([0x50, 0x4b, 6, 7, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 1, 0, 0, 0], e);
        b.set(good.subarray(e), e + 20);
        return b;
      })(),
    },
    { name: "zip-only-local-header", bytes: good.slice(0, 30), status: UNREADABLE },
    { name: "zip-eocd-only", bytes: zip({}), status: UNREADABLE },
    { name: "zip-just-pk", bytes: strToU8("PK"), status: UNREADABLE },
    { name: "zip-sizes-lie-everywhere", bytes: lieAboutSize(good, /./, 10), status: UNREADABLE },
  ];
}

/** Files that are not .xlsx workbooks at all. */
export function notWorkbooks(): Entry[] {
  const csv = "\uFEFF序号,户主姓名,联系方式\r\n1,张三,13812345678\r\n";
  return [
    { name: "empty-file", bytes: new Uint8Array(0), status: UNREADABLE, reason: /为空/ },
    { name: "one-byte", bytes: new Uint8Array([0x50]), status: UNREADABLE },
    // CSV and text are read since issue 16 (SPEC §8): no table in them, exit 0; named .xlsx, refused as Excel does.
    { name: "csv-renamed", bytes: strToU8(csv), status: UNREADABLE, reason: /CSV/ },
    { name: "csv", bytes: strToU8(csv), ext: ".csv", status: [0] },
    {
      name: "tsv-gbk-ish",
      bytes: new Uint8Array([0xd0, 0xf2, 0xba, 0xc5, 0x09, 0xbb, 0xa7, 0xd6, 0xf7, 0x0a]),
      ext: ".xls",
      status: [0],
    },
    { name: "txt", bytes: strToU8("这是一段说明文字，不是表格。\n"), ext: ".txt", status: [0] },
    {
      name: "png-renamed",
      bytes: new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
      ]),
      status: UNREADABLE,
      reason: /PNG/,
    },
    {
      name: "jpeg-renamed",
      bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]),
      status: UNREADABLE,
      reason: /JPEG/,
    },
    { name: "pdf-renamed", bytes: strToU8("%PDF-1.7\n%\xe2\xe3\n"), status: UNREADABLE, reason: /PDF/ },
    {
      // What web systems export as ".xls": read (SheetJS) since issue 16.
      name: "html-table-as-xls",
      bytes: strToU8(`<html><body><table><tr><td>户主姓名</td></tr></table></body></html>`),
      ext: ".xls",
    },
    {
      name: "xml-spreadsheet-2003",
      bytes: strToU8(`<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>`),
      ext: ".xls",
    },
    {
      name: "encrypted-agile",
      bytes: compoundFile({
        EncryptionInfo: strToU8('\x04\x00\x04\x00\x40\x00\x00\x00<?xml version="1.0"?><encryption/>'),
        EncryptedPackage: new Uint8Array(8192).map((_, i) => (i * 31) & 255),
      }),
      status: UNREADABLE,
      reason: /密码/,
    },
    {
      name: "encrypted-large",
      bytes: compoundFile({
        "\u0006DataSpaces": new Uint8Array(4096),
        EncryptedPackage: new Uint8Array(2 << 20).map((_, i) => (i * 7) & 255),
        EncryptionInfo: new Uint8Array(512),
      }),
      status: UNREADABLE,
      reason: /密码/,
    },
    {
      name: "xls-biff8",
      bytes: compoundFile({ Workbook: new Uint8Array([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]) }),
      ext: ".xls",
      status: UNREADABLE,
      reason: /\.xls/,
    },
    {
      name: "xls-renamed",
      bytes: compoundFile({ Book: new Uint8Array([0x09, 0x08]) }),
      status: UNREADABLE,
      reason: /\.xls/,
    },
    { name: "doc-renamed", bytes: compoundFile({ WordDocument: new Uint8Array(100) }), status: UNREADABLE },
    {
      name: "docx-renamed",
      bytes: zipParts({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<document/>" }),
      status: UNREADABLE,
    },
    {
      name: "random-bytes",
      bytes: new Uint8Array(10_000).map((_, i) => (i * 2654435761) >>> 24),
      status: UNREADABLE,
    },
  ];
}
