/** Fuzz corpus: structural oddities of workbooks and sheets. */
import { buildXlsx, esc, NS } from "./parts";
import { COLS, HEADER, household, random, table, tableXml, UNREADABLE, type Entry } from "./tables";

/** Structural oddities of workbooks and sheets. */
export function structure(): Entry[] {
  const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("");
  const rnd = random(7);
  const rndRef = () => `${COLS[Math.floor(rnd() * 12)]}${1 + Math.floor(rnd() * 30)}`;
  const rows20 = Array.from({ length: 20 }, (_, i) => household(i + 1));
  return [
    { name: "empty-workbook", bytes: buildXlsx({ sheets: [] }), status: UNREADABLE, reason: /没有工作表/ },
    // Excel always writes a styles part; some generators do not (the annotated copy may be refused, with a reason).
    {
      name: "no-styles-part",
      bytes: buildXlsx({ noStyles: true, sheets: [{ name: "张庄村", data: tableXml(rows20) }] }),
      status: [1],
    },
    {
      name: "empty-sheet-no-sheetdata",
      bytes: buildXlsx({ sheets: [{ name: "S", data: `<worksheet xmlns="${NS}"/>` }] }),
      status: [0],
    },
    {
      name: "empty-sheet-empty-sheetdata",
      bytes: buildXlsx({ sheets: [{ name: "S" }, { name: "T", data: "<row/><row/>" }] }),
      status: [0],
    },
    {
      name: "empty-cells-only-styles",
      bytes: buildXlsx({
        sheets: [{ name: "S", data: many(100, (i) => `<row r="${i + 1}"><c r="A${i + 1}" s="1"/></row>`) }],
      }),
      status: [0],
    },
    {
      name: "chartsheet-only",
      bytes: buildXlsx({
        sheets: [{ name: "图表", data: `<chartsheet xmlns="${NS}"><drawing/></chartsheet>` }],
      }),
    },
    {
      name: "sheet-part-missing",
      bytes: buildXlsx({ sheets: [{ name: "S" }] }, (p) => delete p["xl/worksheets/sheet1.xml"]),
    },
    {
      name: "workbook-part-missing",
      bytes: buildXlsx({ sheets: [{ name: "S" }] }, (p) => delete p["xl/workbook.xml"]),
      status: UNREADABLE,
    },
    {
      name: "all-rels-missing",
      bytes: buildXlsx({ sheets: [{ name: "S", data: tableXml(rows20) }] }, (p) => {
        delete p["_rels/.rels"];
        delete p["xl/_rels/workbook.xml.rels"];
        delete p["[Content_Types].xml"];
      }),
    },
    {
      name: "rels-circular-and-external",
      bytes: buildXlsx({ sheets: [{ name: "S", data: tableXml(rows20) }] }, (p) => {
        p["xl/_rels/workbook.xml.rels"] = p["xl/_rels/workbook.xml.rels"]!.replace(
          "</Relationships>",
          `<Relationship Id="rIdX" Type="x/worksheet" Target="http://127.0.0.1:9/evil.xml" TargetMode="External"/><Relationship Id="rIdY" Type="x" Target="../../../../../etc/passwd"/></Relationships>`,
        );
      }),
    },
    {
      name: "sheet-rid-points-at-workbook",
      bytes: buildXlsx({ sheets: [{ name: "S" }] }, (p) => {
        p["xl/_rels/workbook.xml.rels"] = p["xl/_rels/workbook.xml.rels"]!.replace(
          "worksheets/sheet1.xml",
          "workbook.xml",
        );
      }),
    },
    {
      name: "sheet-rid-points-at-rels",
      bytes: buildXlsx({ sheets: [{ name: "S" }] }, (p) => {
        p["xl/_rels/workbook.xml.rels"] = p["xl/_rels/workbook.xml.rels"]!.replace(
          "worksheets/sheet1.xml",
          "_rels/workbook.xml.rels",
        );
      }),
    },
    {
      name: "inline-strings-no-r",
      bytes: buildXlsx({
        sheets: [
          {
            name: "S",
            data:
              `<row>${HEADER.map((h) => `<c t="inlineStr"><is><t>${h}</t></is></c>`).join("")}</row>` +
              many(
                20,
                (i) =>
                  `<row>${household(i + 1)
                    .map((v) => `<c t="inlineStr"><is><t>${esc(String(v))}</t></is></c>`)
                    .join("")}</row>`,
              ),
          },
        ],
      }),
    },
    {
      name: "prefixed-namespaces",
      bytes: buildXlsx({
        sheets: [
          {
            name: "S",
            data: `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>序号</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
          },
        ],
      }),
    },
    {
      name: "date-1904",
      bytes: buildXlsx({
        date1904: true,
        sheets: [
          { name: "张庄村", data: tableXml(rows20.map((r) => r.map((v, c) => (c === 8 ? 43961 : v)))) },
        ],
      }),
    },
    {
      name: "t-d-iso-dates",
      bytes: table(
        rows20.map((r) =>
          r.map((v, c) => (c === 8 ? { xml: `<c r="@" t="d"><v>2024-05-10T00:00:00</v></c>` } : v)),
        ),
      ),
    },
    {
      name: "shared-formulas",
      bytes: table(
        rows20.map((r, i) =>
          r.map((v, c) =>
            c === 0
              ? {
                  xml:
                    i === 0
                      ? `<c r="@"><f t="shared" ref="A2:A21" si="0">ROW()-1</f><v>1</v></c>`
                      : `<c r="@"><f t="shared" si="0"/><v>${i + 1}</v></c>`,
                }
              : v,
          ),
        ),
      ),
    },
    {
      name: "formulas-without-cached-values",
      bytes: table(
        rows20.map((r) =>
          r.map((v, c) => (c === 1 || c === 9 ? { xml: `<c r="@"><f>VLOOKUP(A1,Z:Z,2,FALSE)</f></c>` } : v)),
        ),
      ),
    },
    {
      name: "every-cell-an-error",
      bytes: table(
        rows20.map((r, i) =>
          r.map((_, c) => ({
            xml: `<c r="@" t="e"><v>${["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"][(i + c) % 10]}</v></c>`,
          })),
        ),
      ),
    },
    {
      name: "missing-shared-strings",
      bytes: buildXlsx(
        {
          sst: HEADER,
          sheets: [
            {
              name: "S",
              data: `<row r="1">${HEADER.map((_, c) => `<c r="${COLS[c]}1" t="s"><v>${c}</v></c>`).join("")}</row>`,
            },
          ],
        },
        (p) => delete p["xl/sharedStrings.xml"],
      ),
    },
    {
      name: "shared-string-index-out-of-range",
      bytes: buildXlsx({
        sst: ["a"],
        sheets: [
          {
            name: "S",
            data: `<row r="1"><c r="A1" t="s"><v>99999999</v></c><c r="B1" t="s"><v>-1</v></c><c r="C1" t="s"><v>abc</v></c></row>`,
          },
        ],
      }),
    },
    {
      name: "rich-text-phonetic-shared-strings",
      bytes: buildXlsx({
        sst: HEADER.map(
          (h) =>
            `<r><rPr><b/></rPr><t>${h.slice(0, 1)}</t></r><r><t>${h.slice(1)}</t></r><rPh sb="0" eb="1"><t>pinyin</t></rPh>`,
        ),
        sheets: [
          {
            name: "S",
            data: `<row r="1">${HEADER.map((_, c) => `<c r="${COLS[c]}1" t="s"><v>${c}</v></c>`).join("")}</row>`,
          },
        ],
      }),
    },
    {
      name: "duplicate-sheet-names-case",
      bytes: buildXlsx({
        sheets: [
          { name: "张庄村", data: tableXml(rows20) },
          { name: "Sheet1", data: tableXml(rows20) },
          { name: "SHEET1", data: tableXml(rows20) },
        ],
      }),
    },
    {
      name: "duplicate-sheet-names-exact",
      bytes: buildXlsx({
        sheets: [
          { name: "张庄村", data: tableXml(rows20) },
          { name: "张庄村", data: tableXml(rows20) },
        ],
      }),
    },
    {
      name: "sheet-names-quotes",
      bytes: buildXlsx({
        sheets: [
          { name: `张'庄"村`, data: tableXml(rows20) },
          { name: "'", data: tableXml(rows20) },
          { name: "", data: tableXml(rows20) },
          { name: "名".repeat(200), data: tableXml(rows20) },
        ],
      }),
    },
    {
      name: "hidden-and-very-hidden",
      bytes: buildXlsx({
        sheets: [
          { name: "A", data: tableXml(rows20), state: "hidden" },
          { name: "B", data: tableXml(rows20), state: "veryHidden" },
        ],
      }),
    },
    {
      name: "merge-whole-sheet",
      bytes: table(rows20, `<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`),
    },
    {
      name: "merge-overlapping",
      bytes: table(
        rows20,
        `<mergeCells>${many(300, () => {
          const a = rndRef();
          const b = rndRef();
          return `<mergeCell ref="${a}:${b}"/>`;
        })}</mergeCells>`,
      ),
    },
    {
      name: "merge-many-small",
      bytes: table(
        rows20,
        `<mergeCells>${many(20_000, (i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`)}</mergeCells>`,
      ),
    },
    {
      name: "merge-many-whole-columns",
      bytes: table(
        rows20,
        `<mergeCells>${many(2000, (i) => `<mergeCell ref="${COLS[i % 12]}1:${COLS[i % 12]}1048576"/>`)}</mergeCells>`,
      ),
    },
    {
      name: "merge-beyond-grid-and-garbage",
      bytes: table(
        rows20,
        `<mergeCells><mergeCell ref="A1:ZZZZ99999999"/><mergeCell ref="B2:A1"/><mergeCell ref=":"/><mergeCell/><mergeCell ref="A0:B0"/></mergeCells>`,
      ),
    },
    {
      name: "merge-far-cells",
      bytes: buildXlsx({
        sheets: [
          {
            name: "S",
            data: `<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>`,
            after: `<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`,
          },
        ],
      }),
      status: UNREADABLE,
      reason: /limits\.maxCells/,
    },
    {
      name: "cell-beyond-xfd",
      bytes: buildXlsx({ sheets: [{ name: "S", data: `<row r="1"><c r="XFE1"><v>1</v></c></row>` }] }),
      status: UNREADABLE,
    },
    {
      name: "row-beyond-grid",
      bytes: buildXlsx({
        sheets: [{ name: "S", data: `<row r="99999999999999999999"><c><v>1</v></c></row>` }],
      }),
    },
    {
      name: "cell-refs-garbage",
      bytes: buildXlsx({
        sheets: [
          {
            name: "S",
            data: `<row r="1"><c r="A0"><v>1</v></c><c r="-1"><v>2</v></c><c r="1A"><v>3</v></c><c r=""><v>4</v></c><c r="$B$1"><v>5</v></c></row>`,
          },
        ],
      }),
    },
    {
      name: "rows-out-of-order",
      bytes: buildXlsx({
        sheets: [
          { name: "张庄村", data: (tableXml(rows20).match(/<row .*?<\/row>/g) ?? []).reverse().join("") },
        ],
      }),
    },
    {
      name: "far-cells-dense-rows",
      bytes: buildXlsx({
        sheets: [
          {
            name: "S",
            data: many(
              3000,
              (i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="XFD${i + 1}"><v>2</v></c></row>`,
            ),
          },
        ],
      }),
      status: UNREADABLE,
      reason: /limits\.maxCells/,
    },
    {
      name: "booleans-and-odd-types",
      bytes: table([
        [
          { xml: `<c r="@" t="b"><v>true</v></c>` },
          { xml: `<c r="@" t="b"/>` },
          { xml: `<c r="@" t="zz"><v>x</v></c>` },
          { xml: `<c r="@" t="n"><v>NaN</v></c>` },
          { xml: `<c r="@"><v>1e999</v></c>` },
          { xml: `<c r="@" t="d"><v>9999-99-99</v></c>` },
        ],
      ]),
    },
    {
      name: "control-characters-escaped",
      bytes: table(rows20.map((r) => r.map((v, c) => (c === 1 ? `户_x0001_主_x0008_\u0009_x001F_` : v)))),
    },
    {
      name: "control-characters-raw",
      bytes: table(
        rows20.map((r) =>
          r.map((v, c) =>
            c === 1 ? { xml: `<c r="@" t="inlineStr"><is><t>户\u0001主\u0008\u001f\ufffe</t></is></c>` } : v,
          ),
        ),
      ),
    },
    {
      name: "emoji-and-rtl",
      bytes: table(
        rows20.map((r) =>
          r.map((v, c) => (c === 1 ? "🏠👨‍👩‍👧 مرحبا \u202e反转\u202c" : c === 3 ? "עברית 村 🏚️" : v)),
        ),
      ),
    },
    {
      name: "very-long-strings",
      bytes: table(rows20.map((r) => r.map((v, c) => (c === 1 || c === 3 ? "长".repeat(32767) : v)))),
    },
    {
      name: "string-beyond-excel-limit",
      bytes: table([household(1).map((v, c) => (c === 1 ? "x".repeat(4 << 20) : v))]),
    },
  ];
}
