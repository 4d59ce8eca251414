import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REVISIT_NOTES, templateSheet } from "../../src/engine/template";
import type { TemplateKind as TableKind } from "../../src/engine/template";
import { writeSheetsWorkbook } from "../../src/workbook/summary";

/** The blank tables as written to disk, read back from their XML (what Excel and WPS will read). */
async function written(kind: TableKind, rows = 50) {
  const t = templateSheet(kind, { township: "兴东镇", village: "张庄村", rows });
  const files = unzipSync(await writeSheetsWorkbook([t.spec]));
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return {
    sheet: part("xl/worksheets/sheet1.xml"),
    book: part("xl/workbook.xml"),
    styles: part("xl/styles.xml"),
    strings: part("xl/sharedStrings.xml"),
  };
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function attrs(tag: string): Record<string, string> {
  return Object.fromEntries(
    [...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] as string, unescape(m[2] as string)]),
  );
}

interface Validation {
  readonly attrs: Record<string, string>;
  readonly formulas: string[];
}

function validations(xml: string): Map<string, Validation> {
  const out = new Map<string, Validation>();
  for (const m of xml.matchAll(/<dataValidation (.*?)(?:\/>|>(.*?)<\/dataValidation>)/gs)) {
    const a = attrs(m[1] as string);
    const formulas = [...(m[2] ?? "").matchAll(/<formula\d>(.*?)<\/formula\d>/g)].map((f) =>
      unescape(f[1] as string),
    );
    out.set(a.sqref as string, { attrs: a, formulas });
  }
  return out;
}

function conditionalFormats(xml: string, styles: string) {
  const dxfs = [...styles.matchAll(/<dxf>(.*?)<\/dxf>/gs)].map(
    (m) => /<bgColor rgb="FF(\w{6})"/.exec(m[1] as string)?.[1],
  );
  return [
    ...xml.matchAll(
      /<conditionalFormatting sqref="([^"]+)"><cfRule (.*?)><formula>(.*?)<\/formula><\/cfRule><\/conditionalFormatting>/gs,
    ),
  ].map((m) => {
    const a = attrs(m[2] as string);
    return {
      sqref: m[1] as string,
      type: a.type,
      fill: dxfs[Number(a.dxfId)],
      formula: unescape(m[3] as string),
    };
  });
}

describe("表A.1 blank table as written", () => {
  let x: Awaited<ReturnType<typeof written>>;
  beforeAll(async () => {
    x = await written("revisit");
  });

  test("data validation over exactly the data rows 6–55 of every typed column, with prompts and Chinese alerts", () => {
    const v = validations(x.sheet);
    expect([...v.keys()].sort()).toEqual([
      "B6:B55",
      "C6:C55",
      "D6:D55",
      "E6:E55",
      "F6:F55",
      "G6:G55",
      "H6:H55",
      "I2",
      "I6:I55",
      "J6:J55",
      "K6:K55",
    ]);
    const grade = v.get("I6:I55");
    expect(grade?.attrs).toMatchObject({
      type: "list",
      showInputMessage: "1",
      showErrorMessage: "1",
      errorStyle: "stop",
      promptTitle: "房屋安全状况",
      errorTitle: "房屋安全状况填写有误",
    });
    expect(grade?.formulas).toEqual(['"A,B,C,D"']);
    expect(grade?.attrs.prompt).toContain(`TZ ${REVISIT_NOTES[2] as string}`);
    expect(grade?.attrs.error).toBe("“房屋安全状况”只能是 A、B、C、D 之一，请从下拉列表选择。");
    for (const tick of ["E6:E55", "J6:J55", "K6:K55"]) {
      expect(v.get(tick)?.attrs.type).toBe("list");
      expect(v.get(tick)?.formulas).toEqual(['"√"']);
      expect(v.get(tick)?.attrs.error).toMatch(/只能选 √ 或留空/);
    }
    expect(v.get("E6:E55")?.attrs.prompt).toContain(REVISIT_NOTES[1]);
    for (const year of ["F6:F55", "G6:G55"]) {
      expect(v.get(year)?.attrs).toMatchObject({ type: "whole", errorStyle: "stop" });
      expect(v.get(year)?.attrs.operator).toBeUndefined(); // between
      expect(v.get(year)?.formulas).toEqual(["1980", "2100"]);
    }
    // 2000-01-01 and 2100-12-31 as Excel serials.
    for (const date of ["H6:H55", "I2"]) {
      expect(v.get(date)?.attrs.type).toBe("date");
      expect(v.get(date)?.formulas).toEqual(["36526", "73415"]);
    }
    expect(v.get("I2")?.attrs.prompt).toContain(REVISIT_NOTES[0]);
    expect(v.get("C6:C55")?.attrs).toMatchObject({
      type: "textLength",
      operator: "greaterThanOrEqual",
      errorStyle: "warning",
    });
    expect(v.get("B6:B55")?.attrs.type).toBeUndefined(); // any value, input message only
    expect(v.get("B6:B55")?.attrs.prompt).toBe("填写户主姓名（必填）。");
    for (const { attrs: a } of v.values()) {
      expect((a.prompt ?? "").length).toBeLessThanOrEqual(255);
      expect((a.promptTitle ?? "").length).toBeLessThanOrEqual(32);
      expect((a.error ?? "").length).toBeLessThanOrEqual(255);
      expect((a.errorTitle ?? "").length).toBeLessThanOrEqual(32);
    }
  });

  test("conditional formats: the RV cross-field rules over the data rows, in the SPEC §3 colours", () => {
    const cfs = conditionalFormats(x.sheet, x.styles);
    const tick = (c: string) =>
      `NOT(OR(TRIM($${c}6)={"","否","无","×","✗","✘","X","N","NO","0","FALSE","/","-","—","□","☐"}))`;
    const noTick = (c: string) => tick(c).slice(4, -1);
    expect(cfs).toEqual([
      {
        sqref: "I6:I55 K6:K55",
        type: "expression",
        fill: "FFC7CE",
        formula: `AND(TRIM($I6)="D",${noTick("K")})`,
      },
      {
        sqref: "J6:J55",
        type: "expression",
        fill: "FFC7CE",
        formula: `AND(TRIM($I6)="D",${noTick("K")},${tick("J")})`,
      },
      {
        sqref: "I6:I55 J6:J55 K6:K55",
        type: "expression",
        fill: "FFC7CE",
        formula: `AND(TRIM($I6)="C",${noTick("J")},${noTick("K")})`,
      },
      {
        sqref: "J6:J55 K6:K55",
        type: "expression",
        fill: "FFC7CE",
        formula: `AND(${tick("J")},${tick("K")})`,
      },
      {
        sqref: "E6:E55",
        type: "expression",
        fill: "FFC7CE",
        formula: `AND(${tick("E")},OR(${tick("F")},${tick("G")}))`,
      },
      { sqref: "F6:F55", type: "expression", fill: "FFC7CE", formula: `AND(${tick("E")},${tick("F")})` },
      { sqref: "G6:G55", type: "expression", fill: "FFC7CE", formula: `AND(${tick("E")},${tick("G")})` },
      {
        sqref: "I6:I55",
        type: "expression",
        fill: "FFEB9C",
        formula: `AND(OR(TRIM($I6)="A",TRIM($I6)="B"),OR(${tick("J")},${tick("K")}))`,
      },
      {
        sqref: "J6:J55",
        type: "expression",
        fill: "FFEB9C",
        formula: `AND(OR(TRIM($I6)="A",TRIM($I6)="B"),${tick("J")})`,
      },
      {
        sqref: "K6:K55",
        type: "expression",
        fill: "FFEB9C",
        formula: `AND(OR(TRIM($I6)="A",TRIM($I6)="B"),${tick("K")})`,
      },
    ]);
    // Errors come first, so an error's colour wins where a warning also applies.
    const priorities = [...x.sheet.matchAll(/<cfRule [^>]*priority="(\d+)"/g)].map((m) => Number(m[1]));
    expect(priorities).toEqual(cfs.map((_, i) => i + 1));
  });

  test("frozen header, header rows printed on every page, A4 landscape one page wide", () => {
    expect(attrs(/<pane [^>]*\/>/.exec(x.sheet)?.[0] ?? "")).toMatchObject({
      ySplit: "5",
      topLeftCell: "A6",
      state: "frozen",
    });
    expect(/<pane [^>]*xSplit/.test(x.sheet)).toBe(false);
    expect(x.book).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;张庄村&apos;!$3:$5</definedName>`,
    );
    expect(attrs(/<pageSetup [^>]*\/>/.exec(x.sheet)?.[0] ?? "")).toMatchObject({
      paperSize: "9",
      orientation: "landscape",
      fitToWidth: "1",
      fitToHeight: "0",
    });
    expect(x.sheet).toContain('<pageSetUpPr fitToPage="1"/>');
  });

  test("the merged header and 注1–注3 verbatim as in the standard's seed text", () => {
    const merges = [...x.sheet.matchAll(/<mergeCell ref="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(merges).toEqual(
      expect.arrayContaining([
        "A1:K1",
        "A3:D3",
        "E3:K3",
        "E4:G4",
        "J4:K4",
        "A4:A5",
        "H4:H5",
        "I4:I5",
        "A56:K56",
        "A57:K57",
        "A58:K58",
      ]),
    );
    const seed = readFileSync(
      join(__dirname, "..", "..", "vendor", "standards", "002_7707ecbf3bbdb374.txt"),
      "utf8",
    ).replace(/\s*\n\s*/g, "");
    const strings = [...x.strings.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((m) => unescape(m[1] as string));
    const notes = strings.filter((s) => /^注\d：/.test(s));
    expect(notes).toHaveLength(3);
    for (const note of notes) expect(seed).toContain(note);
    expect(strings).toContain("表A.1 泰州市农村低收入群体等住房安全保障重点对象住房安全状况评估汇总表");
    expect(strings).toEqual(
      expect.arrayContaining(["乡镇（街道）：", "兴东镇", "村（社区）：", "张庄村", "填报日期："]),
    );
  });

  test("--rows sets the validated and coloured range", async () => {
    const small = await written("revisit", 7);
    expect([...validations(small.sheet).keys()]).toContain("I6:I12");
    expect(conditionalFormats(small.sheet, small.styles)[0]?.sqref).toBe("I6:I12 K6:K12");
  });
});

describe.each<[TableKind, Record<string, [string, string[], string?]>]>([
  [
    "relocation",
    {
      "F4:F53": ["textLength", ["18"], "stop"],
      "G4:G53": ["whole", ["1", "20"], "stop"],
      "H4:H53": ["list", ['"集中安置,分散安置,货币化安置"'], "stop"],
      "I4:I53": ["whole", ["1980", "2100"], "stop"],
      "J4:J53": ["decimal", ["0"], "stop"],
      "M4:M53": ["list", ['"是,否"'], "warning"],
      "N4:N53": ["list", ['"是,否"'], "warning"],
      "O4:O53": ["list", ['"已入住,未入住"'], "stop"],
      "P4:P53": ["list", ['"是,否"'], "stop"],
    },
  ],
  [
    "renovation",
    {
      "H4:H53": ["list", ['"C,D"'], "stop"],
      "I4:I53": ["list", ['"维修加固,拆除重建"'], "stop"],
      "L4:L53": ["list", ['"是,否"'], "warning"],
      "O4:O53": ["list", ['"自建,统建"'], "stop"],
      "P4:P53": ["decimal", ["0"], "stop"],
      "Q4:Q53": ["list", ['"是,否"'], "stop"],
      "R4:R53": ["list", ['"是,否"'], "stop"],
    },
  ],
])("%s ledger as written", (kind, expected) => {
  test("its lists and ranges over rows 4–53, frozen header, print titles, A4 landscape", async () => {
    const x = await written(kind);
    const v = validations(x.sheet);
    for (const [sqref, [type, formulas, style]] of Object.entries(expected)) {
      expect([
        sqref,
        v.get(sqref)?.attrs.type,
        v.get(sqref)?.formulas,
        v.get(sqref)?.attrs.errorStyle,
      ]).toEqual([sqref, type, formulas, style]);
      expect(v.get(sqref)?.attrs.prompt?.length).toBeGreaterThan(5);
    }
    expect(attrs(/<pane [^>]*\/>/.exec(x.sheet)?.[0] ?? "")).toMatchObject({ ySplit: "3", state: "frozen" });
    expect(x.book).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;.+&apos;!\$3:\$3<\/definedName>/,
    );
    expect(attrs(/<pageSetup [^>]*\/>/.exec(x.sheet)?.[0] ?? "")).toMatchObject({
      paperSize: "9",
      orientation: "landscape",
    });
    const cfs = conditionalFormats(x.sheet, x.styles);
    expect(cfs.map((c) => c.sqref)).toEqual(kind === "renovation" ? ["H4:H53 I4:I53"] : []);
  });
});
