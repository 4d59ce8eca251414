import fc from "fast-check";
import { SaxesParser } from "saxes";
import { WorkbookReadError } from "../../src/workbook/errors";
import { XmlScanner } from "../../src/workbook/sheet-scan";

type Event = string;

/** Events from the scanner, fed in the given chunks; adjacent text pieces joined. */
function scan(chunks: readonly string[]): Event[] {
  const events: Event[] = [];
  const x = new XmlScanner("test.xml", {
    open: (name, a) => events.push(`<${name} ${JSON.stringify(Object.entries(a).sort())}`),
    close: (name) => events.push(`</${name}`),
    text: (t) => {
      const last = events.length - 1;
      if (events[last]?.startsWith("#")) events[last] += t;
      else events.push(`#${t}`);
    },
  });
  for (const c of chunks) x.write(c);
  x.close();
  return events;
}

/** The same events from saxes, as the reader's SAX path maps them (local names, xmlns dropped, CDATA as text). */
function sax(xml: string): Event[] {
  const events: Event[] = [];
  const p = new SaxesParser({ xmlns: false, position: false });
  const local = (n: string) => n.slice(n.indexOf(":") + 1);
  p.on("error", (e) => {
    if (/^(disallowed character|malformed character entity)/.test(e.message)) return;
    throw e;
  });
  let depth = 0;
  p.on("opentag", (tag) => {
    depth++;
    const a: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string>))
      if (!k.startsWith("xmlns")) a[local(k)] = v;
    events.push(`<${local(tag.name)} ${JSON.stringify(Object.entries(a).sort())}`);
  });
  p.on("closetag", (tag) => {
    depth--;
    events.push(`</${local(tag.name)}`);
  });
  const text = (t: string) => {
    // saxes reports whitespace around the root as text; the scanner (and every handler in the reader) ignores it.
    if (depth === 0) return;
    const last = events.length - 1;
    if (events[last]?.startsWith("#")) events[last] += t;
    else events.push(`#${t}`);
  };
  p.on("text", text);
  p.on("cdata", text);
  p.write(xml).close();
  return events;
}

function chunked(xml: string, cuts: readonly number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const c of at) {
    out.push(xml.slice(prev, c));
    prev = c;
  }
  out.push(xml.slice(prev));
  return out;
}

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="urn:r"><x:sheetData>
<x:row r="1" spans="1:3"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t='inlineStr'><x:is><x:t xml:space="preserve"> a &amp; b &lt;c&gt; &#x4E2D;&#25991; </x:t></x:is></x:c></x:row>
<!-- a comment with <tags> inside -->
<x:row><x:c><x:v><![CDATA[1<2]]></x:v></x:c><x:c/><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>line1\r\nline2</x:v></x:c></x:row>
<x:row r="3" ht="20" customHeight = "1" /></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells>
<x:hyperlinks><x:hyperlink ref="A1" r:id="rId1" tooltip="a&#10;b&quot;c&apos;d &gt; e"/></x:hyperlinks></x:worksheet>
`;

describe("XmlScanner", () => {
  test("gives the SAX parser's events on a worksheet with prefixes, entities, CDATA, comments and odd spacing", () => {
    expect(scan([SHEET])).toEqual(sax(SHEET));
    expect(scan([SHEET]).join("\n")).toContain("# a & b <c> 中文 ");
  });

  test("gives the same events however the part is cut into chunks", () => {
    const whole = scan([SHEET]);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
        expect(scan(chunked(SHEET, cuts))).toEqual(whole);
      }),
    );
  });

  const NAMES = ["c", "x:row", "v", "t", "is", "si", "r"];
  const TEXTS = [
    "12",
    " ",
    "a&amp;b",
    "&lt;",
    "&#38;",
    "&#x1F600;",
    "中文",
    "\r\n",
    "x\ry",
    "<![CDATA[<a>&amp;]]>",
    "<!--c-->",
    "<?pi x?>",
    "&#0;",
  ];
  const ATTRS = [
    ' r="A1"',
    " t='s'",
    ' a="x &amp; y"',
    ' b="line\nnext\ttab"',
    ' xmlns:p="urn:p"',
    ' p:id="rId1"',
    ' q = "\'"',
  ];
  const element: fc.Memo<string> = fc.memo((depth) =>
    fc
      .tuple(
        fc.constantFrom(...NAMES),
        fc.subarray(ATTRS),
        depth > 1
          ? fc.array(fc.oneof(fc.constantFrom(...TEXTS), element(depth - 1)), { maxLength: 4 })
          : fc.array(fc.constantFrom(...TEXTS), { maxLength: 3 }),
        fc.boolean(),
      )
      .map(([name, attrs, children, empty]) =>
        empty && children.length === 0
          ? `<${name}${attrs.join("")}/>`
          : `<${name}${attrs.join("")}>${children.join("")}</${name}>`,
      ),
  );

  test("matches the SAX parser on generated documents, in any chunks", () => {
    fc.assert(
      fc.property(element(4), fc.array(fc.nat(), { maxLength: 6 }), (root, cuts) => {
        const xml = `<?xml version="1.0"?>\n${root}\n`;
        expect(scan(chunked(xml, cuts))).toEqual(sax(xml));
      }),
      { numRuns: 300 },
    );
  });

  test("reads bytes in UTF-8 and UTF-16 with a byte-order mark, split inside a character", () => {
    const xml = "<a>中文 &amp; 😀</a>";
    const utf8 = new TextEncoder().encode(xml);
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = xml.charCodeAt(i) >> 8;
    }
    for (const bytes of [utf8, utf16]) {
      let text = "";
      const x = new XmlScanner("t", { text: (t) => (text += t) });
      for (let i = 0; i < bytes.length; i += 3) x.writeBytes(bytes.subarray(i, i + 3));
      x.close();
      expect(text).toBe("中文 & 😀");
    }
  });

  test.each([
    ["mismatched tags", "<a><b></a></b>", "corrupt"],
    ["cut short", "<a><b>text", "corrupt"],
    ["cut inside a tag", '<a><b r="1', "corrupt"],
    ["unclosed root", "<a>", "corrupt"],
    ["empty part", "", "corrupt"],
    ["text outside the root", "<a/>junk", "corrupt"],
    ["two roots", "<a/><b/>", "corrupt"],
    ["undefined entity", "<a>&nbsp;</a>", "corrupt"],
    ["bare ampersand", "<a>a & b</a>", "corrupt"],
    ["unquoted attribute", "<a b=1/>", "corrupt"],
    ["< in an attribute", '<a b="<"/>', "corrupt"],
    ["DOCTYPE", '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', "unsafe-xml"],
  ])("%s is refused as %s", (_, xml, code) => {
    let error: unknown;
    try {
      scan([xml]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe(code);
  });

  test("a character reference XML does not allow is kept as written", () => {
    expect(scan(["<a>&#0;&#x1;</a>"])).toEqual(["<a []", "#&#0;&#x1;", "</a"]);
  });
});
