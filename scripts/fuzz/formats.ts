/** Fuzz corpus (issue 16): broken and hostile .xls, .ods and .csv inputs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Deflate, strFromU8, strToU8, unzipSync, type Zippable } from "fflate";
import { damaged } from "./damage";
import { markDeflated, zip } from "./parts";
import { UNREADABLE, type Entry } from "./tables";

const FORMATS = join(__dirname, "..", "..", "test", "fixtures", "formats");

const u32 = (b: Uint8Array, i: number) =>
  ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)) >>> 0;
function put32(b: Uint8Array, i: number, v: number): void {
  b[i] = v & 0xff;
  b[i + 1] = (v >>> 8) & 0xff;
  b[i + 2] = (v >>> 16) & 0xff;
  b[i + 3] = (v >>> 24) & 0xff;
}

/** The sample saved as .xls and .ods by LibreOffice (test/fixtures/formats), and what can go wrong with them. */
export function formatCases(): Entry[] {
  const xls = new Uint8Array(readFileSync(join(FORMATS, "sample-township.xls")));
  const ods = new Uint8Array(readFileSync(join(FORMATS, "sample-township.ods")));
  const csv = new Uint8Array(readFileSync(join(FORMATS, "sample-township", "gb18030", "张庄村.csv")));
  const withExt = (ext: string) => (e: Entry) => ({ ...e, ext });
  return [
    { name: "fmt-valid-xls", bytes: xls, ext: ".xls", status: [1] },
    { name: "fmt-valid-ods", bytes: ods, ext: ".ods", status: [1] },
    { name: "fmt-valid-csv-gb18030", bytes: csv, ext: ".csv", status: [1] },
    {
      name: "fmt-velvet-xls",
      bytes: new Uint8Array(readFileSync(join(FORMATS, "sample-township.velvet.xls"))),
      ext: ".xls",
      status: [1],
    },
    {
      name: "fmt-password-xls",
      bytes: new Uint8Array(readFileSync(join(FORMATS, "sample-township.password.xls"))),
      ext: ".xls",
      status: UNREADABLE,
      reason: /密码/,
    },
    // A compound file cut inside its last sector may lose only padding: read (as Excel does) or refused.
    ...damaged([["xls", xls]])
      .map(withExt(".xls"))
      .map((e) => {
        const cut = /^truncated-xls-at-(\d+)$/.exec(e.name);
        return cut && Number(cut[1]) > xls.length - 512 ? { ...e, status: [1, 2] } : e;
      }),
    ...damaged([["ods", ods]]).map(withExt(".ods")),
    ...damaged([["csv", csv]]).map((e) => ({ ...withExt(".csv")(e), status: [0, 1, 2] })),
    ...compoundLoops(xls),
    ...odsRepeats(ods),
    ...csvCases(),
  ];
}

/** Compound files whose sector chains loop or point outside the file (a reader that follows them never ends). */
function compoundLoops(xls: Uint8Array): Entry[] {
  const out: Entry[] = [];
  const shift = 1 << (xls[30] ?? 9);
  const fatAt = (u32(xls, 76) + 1) * shift;
  const dirStart = u32(xls, 48);
  const variant = (name: string, edit: (b: Uint8Array) => void) => {
    const b = xls.slice();
    edit(b);
    out.push({ name: `cfb-${name}`, bytes: b, ext: ".xls" });
  };
  variant("fat-self-loop", (b) => {
    for (let i = 0; i < shift / 4; i++) if (u32(b, fatAt + 4 * i) < 0xfffffffa) put32(b, fatAt + 4 * i, i);
  });
  variant("fat-two-cycle", (b) => {
    for (let i = 0; i < shift / 4; i++)
      if (u32(b, fatAt + 4 * i) < 0xfffffffa) put32(b, fatAt + 4 * i, i ^ 1);
  });
  variant("fat-back-to-start", (b) => {
    for (let i = 0; i < shift / 4; i++) if (u32(b, fatAt + 4 * i) === 0xfffffffe) put32(b, fatAt + 4 * i, 1);
  });
  variant("fat-outside-file", (b) => {
    for (let i = 0; i < shift / 4; i++)
      if (u32(b, fatAt + 4 * i) < 0xfffffffa) put32(b, fatAt + 4 * i, 0x7fffff);
  });
  variant("directory-loop", (b) => put32(b, fatAt + 4 * dirStart, dirStart));
  variant("difat-loop", (b) => {
    put32(b, 68, 0); // first DIFAT sector: the header's own FAT sector, again and again
    put32(b, 72, 1000);
  });
  variant("fat-count-huge", (b) => put32(b, 44, 0x7fffffff));
  variant("sector-shift-huge", (b) => {
    b[30] = 30;
  });
  variant("directory-size-huge", (b) => {
    // Every directory entry claims a 2 GB stream.
    const dirAt = (dirStart + 1) * shift;
    for (let e = 0; e < shift / 128; e++) put32(b, dirAt + e * 128 + 120, 0x7fffffff);
  });
  variant("directory-child-loop", (b) => {
    const dirAt = (dirStart + 1) * shift;
    for (let e = 0; e < shift / 128; e++) {
      put32(b, dirAt + e * 128 + 68, e); // left sibling: itself
      put32(b, dirAt + e * 128 + 76, 0); // child: the root
    }
  });
  // A Workbook stream of BIFF records only, looping back by its lengths: a BOF then records claiming 0 bytes.
  return out;
}

/** LibreOffice writes a sheet's empty tail as one row repeated to the last row; a value repeated so is a bomb. */
function odsRepeats(ods: Uint8Array): Entry[] {
  const files = unzipSync(ods);
  const content = strFromU8(files["content.xml"] ?? new Uint8Array(0));
  const rezip = (xml: string) => {
    const z: Zippable = { mimetype: [files.mimetype ?? strToU8(""), { level: 0 }] };
    for (const [k, v] of Object.entries(files))
      if (k !== "mimetype") z[k] = k === "content.xml" ? strToU8(xml) : v;
    return zip(z);
  };
  const tail = (row: string) => content.replace("</table:table>", `${row}</table:table>`);
  const empty =
    '<table:table-row table:style-name="ro1" table:number-rows-repeated="1048500"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>';
  const valued =
    '<table:table-row table:number-rows-repeated="1048500"><table:table-cell office:value-type="float" office:value="0" table:number-columns-repeated="16384"><text:p>0</text:p></table:table-cell></table:table-row>';
  const text =
    '<table:table-row table:number-rows-repeated="2000"><table:table-cell office:value-type="string" table:number-columns-repeated="1000"><text:p>x</text:p></table:table-cell></table:table-row>';
  const spanned =
    '<table:table-row><table:table-cell table:number-columns-spanned="16384" table:number-rows-spanned="1048576" office:value-type="string"><text:p>合并</text:p></table:table-cell></table:table-row>';
  return [
    { name: "ods-libreoffice-repeated-tail", bytes: rezip(tail(empty)), ext: ".ods", status: [1] },
    { name: "ods-value-repeated-million-rows", bytes: rezip(tail(valued)), ext: ".ods", status: UNREADABLE },
    { name: "ods-text-repeated-2m-cells", bytes: rezip(tail(text)), ext: ".ods", status: UNREADABLE },
    { name: "ods-merge-whole-sheet", bytes: rezip(tail(spanned)), ext: ".ods" },
    {
      name: "ods-rows-repeated-garbage",
      bytes: rezip(content.replace(/number-columns-repeated="\d+"/g, 'number-columns-repeated="-5e99"')),
      ext: ".ods",
    },
    {
      name: "ods-no-content",
      bytes: zip({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet") }),
      ext: ".ods",
      status: UNREADABLE,
    },
    {
      name: "ods-content-bomb-claims-3gb",
      bytes: odsBomb(files, 3 * 1024 ** 3),
      ext: ".ods",
      status: UNREADABLE,
      reason: /MB/,
    },
    { name: "ods-content-bomb-claims-4kb", bytes: odsBomb(files, 4096), ext: ".ods", status: UNREADABLE },
  ];
}

/** An .ods whose content.xml inflates to 64 MB of comment, claiming `claimed` bytes in the zip's headers. */
function odsBomb(files: Record<string, Uint8Array>, claimed: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: 6 }, (c) => chunks.push(c));
  d.push(strToU8('<?xml version="1.0"?><office:document-content><!--'));
  const filler = strToU8(" ".repeat(1 << 20));
  for (let n = 0; n < 64; n++) d.push(filler);
  d.push(strToU8("--></office:document-content>"), true);
  const deflated = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    deflated.set(c, at);
    at += c.length;
  }
  const z: Zippable = {};
  for (const [k, v] of Object.entries(files)) z[k] = [k === "content.xml" ? deflated : v, { level: 0 }];
  return markDeflated(zip(z), "content.xml", claimed);
}

function csvCases(): Entry[] {
  const gb = (s: string) => new Uint8Array(new TextEncoder().encode(s)); // UTF-8; GB18030 bytes come from the fixtures
  const header = "序号,户主姓名,联系方式,房屋地址,身份证号\r\n";
  return [
    {
      name: "csv-million-columns",
      bytes: gb(`${",".repeat(1_000_000)}\n`),
      ext: ".csv",
      status: UNREADABLE,
      reason: /16384/,
    },
    { name: "csv-million-and-one-rows", bytes: gb("1\n".repeat(1_048_577)), ext: ".csv", status: UNREADABLE },
    {
      name: "csv-nul-bytes",
      bytes: new Uint8Array([...gb(header), 0, 0, 0x31, 0x2c, 0]),
      ext: ".csv",
      status: UNREADABLE,
      reason: /NUL/,
    },
    {
      name: "csv-utf16-without-bom",
      bytes: new Uint8Array([...gb("序号,户主")].flatMap((c) => [c, 0])),
      ext: ".csv",
      status: UNREADABLE,
    },
    {
      name: "csv-utf16le-with-bom",
      bytes: new Uint8Array([
        0xff,
        0xfe,
        ...Array.from(header).flatMap((ch) => [ch.charCodeAt(0) & 255, ch.charCodeAt(0) >> 8]),
      ]),
      ext: ".csv",
      status: [0, 1],
    },
    {
      name: "csv-invalid-everything",
      bytes: new Uint8Array(4096).map((_, i) => 0x80 + ((i * 7) % 127)),
      ext: ".csv",
      status: [0, 1],
    },
    { name: "csv-unclosed-quote", bytes: gb(`${header}1,"张三,138\n2,李四\n`), ext: ".csv", status: [0, 1] },
    { name: "csv-quote-storm", bytes: gb('"'.repeat(3_000_001)), ext: ".csv", status: [0, 1, 2] },
    { name: "csv-one-huge-cell", bytes: gb(`"${"长".repeat(8_000_000)}"\n`), ext: ".csv", status: [0, 1, 2] },
    {
      name: "csv-bare-cr-lines",
      bytes: gb(header.replace(/\r\n/g, "\r").repeat(50_000)),
      ext: ".csv",
      status: [0, 1],
    },
    {
      name: "csv-sep-semicolon",
      bytes: gb(`sep=;\n${header.replace(/,/g, ";")}1;张三;13812345678;某村;x\n`),
      ext: ".csv",
      status: [0, 1],
    },
    {
      name: "csv-formula-text",
      bytes: gb(`${header}=1+1,=cmd|' /C calc'!A0,@SUM(1),+1,-1\n`),
      ext: ".csv",
      status: [0, 1],
    },
    {
      name: "csv-many-errors",
      bytes: gb(`${header}${"#N/A,#DIV/0!,#VALUE!,#REF!,#NAME?\n".repeat(1000)}`),
      ext: ".csv",
      status: [0, 1],
    },
    { name: "csv-bom-only", bytes: new Uint8Array([0xef, 0xbb, 0xbf]), ext: ".csv", status: [0, 1, 2] },
  ];
}
