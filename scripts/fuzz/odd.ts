/** Fuzz corpus: formula-injection values, plausible accidents that once were unbounded, and very large sheets. */
import { buildXlsx, cell } from "./parts";
import {
  baseHouseholds,
  COLS,
  exceljs,
  HEADER,
  household,
  table,
  tableXml,
  villageWith,
  type Entry,
} from "./tables";

/** Values that would turn into formulas if an output wrote them carelessly (see also the output-safety test). */
export async function injection(): Promise<Entry[]> {
  const evil = [
    '=HYPERLINK("http://evil.invalid","x")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
  ];
  const hs = baseHouseholds(8).map((h, i) => ({ ...h, head: evil[i % evil.length] ?? "x", grade: "D" }));
  return [
    { name: "injection-text", bytes: await exceljs(villageWith(hs)) },
    {
      name: "injection-formulas",
      bytes: await exceljs((wb) => {
        villageWith(baseHouseholds(8).map((h) => ({ ...h, grade: "D" })))(wb);
        const ws = wb.getWorksheet("张庄村");
        for (let r = 5; r < 13; r++)
          ws!.getCell(`B${r}`).value = { formula: 'HYPERLINK("http://evil.invalid","x")', result: "x" };
      }),
    },
    {
      name: "hyperlinks-rich-text",
      bytes: await exceljs((wb) => {
        villageWith(baseHouseholds(8))(wb);
        const ws = wb.getWorksheet("张庄村");
        ws!.getCell("B5").value = { text: "张三", hyperlink: "http://evil.invalid/" };
        ws!.getCell("D5").value = {
          richText: [{ text: "兴化市", font: { bold: true } }, { text: "戴窑镇" }],
        };
        ws!.getCell("J6").value = { richText: [{ text: "D" }] };
      }),
    },
  ];
}

/** Very large sheets, for the dedicated slow test: Excel's full height, its full width, and the worst table. */
export function big(): Entry[] {
  const rows: string[] = [`<row r="1">${HEADER.map((h, c) => cell(`${COLS[c]}1`, h)).join("")}</row>`];
  for (let r = 2; r <= 1 << 20; r++)
    rows.push(
      `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="J${r}" t="inlineStr"><is><t>D</t></is></c></row>`,
    );
  const tall = buildXlsx({ sheets: [{ name: "张庄村", data: rows.join("") }] });
  rows.length = 0;
  const col = (i: number) => {
    let s = "";
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const wide = Array.from(
    { length: 40 },
    (_, r) =>
      `<row r="${r + 1}">${Array.from({ length: 1 << 14 }, (_, c) => `<c r="${col(c)}${r + 1}"><v>${c}</v></c>`).join("")}</row>`,
  );
  return [
    // Every row lacks its name, phone, address …: the check stops at limits.maxFindings instead of running out
    // of memory (6 million findings needed about 3 GB).
    { name: "big-1048576-rows", bytes: tall, status: [2], reason: /limits\.maxFindings/ },
    {
      name: "big-16384-columns",
      bytes: buildXlsx({ sheets: [{ name: "S", data: wide.join("") }] }),
      status: [0, 1],
    },
    // 400,000 rows of a table broken on every rule (4.8 million cells, under limits.maxCells): once 4 GB and a
    // crash, now stopped at limits.maxFindings.
    {
      name: "big-400000-rows-every-rule-broken",
      bytes: table(
        Array.from({ length: 400_000 }, (_, i) => [
          i + 1,
          `户${i}`,
          "123",
          "",
          "1234",
          "√",
          "2019",
          "2020",
          "昨天",
          "E",
          "√",
          "√",
        ]),
      ),
      status: [2],
      reason: /limits\.maxFindings/,
    },
  ];
}

/**
 * Plausible accidents that once made a check quadratic or unbounded: one value pasted down thousands of rows
 * (every row a duplicate of every other), the same households in two sheets, a 32,767-character text shared by
 * every row (quoted in every finding), and a table broken on every row of every rule.
 */
export function pathological(): Entry[] {
  const id = "321281196503120015";
  const pasted = Array.from({ length: 20_000 }, (_, i) => household(i + 1).map((v, c) => (c === 4 ? id : v)));
  const long = "长".repeat(32_767);
  const sharedLong = (n: number) =>
    buildXlsx({
      sst: [long],
      sheets: [
        {
          name: "张庄村",
          data: tableXml(
            Array.from({ length: n }, (_, i) =>
              household(i + 1).map((v, c) =>
                c === 1 || c === 3 ? { xml: `<c r="@" t="s"><v>0</v></c>` } : v,
              ),
            ),
          ),
        },
      ],
    });
  const broken = Array.from({ length: 20_000 }, (_, i) => [
    i + 1,
    `户${i}`,
    "123",
    "",
    "1234",
    "√",
    "2019",
    "2020",
    "昨天",
    "E",
    "√",
    "√",
  ]);
  return [
    { name: "pasted-down-id-20000-rows", bytes: table(pasted), status: [1] },
    {
      name: "same-households-in-two-sheets",
      bytes: buildXlsx({
        sheets: [
          { name: "张庄村", data: tableXml(pasted.slice(0, 8000)) },
          { name: "李家村", data: tableXml(pasted.slice(0, 8000)) },
        ],
      }),
      status: [1],
    },
    // 5,000 rows × 2 cells × 32,767 characters: 328 million characters, under the 512 MB text budget.
    { name: "shared-32767-char-name-5000-rows", bytes: sharedLong(5_000), status: [1] },
    // 20,000 rows: 1.3 billion characters, refused by the reader's text budget (limits.maxUncompressedBytes).
    {
      name: "shared-32767-char-name-20000-rows",
      bytes: sharedLong(20_000),
      status: [2],
      reason: /maxUncompressedBytes/,
    },
    { name: "every-rule-broken-20000-rows", bytes: table(broken), status: [1] },
  ];
}
