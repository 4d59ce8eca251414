import ExcelJS from "exceljs";
import { buildSampleTownship } from "../../../scripts/samples/township";
import { checkWorkbook } from "../../../src/engine/check";
import type { FindingJson } from "../../../src/engine/report";
import { toCheckReport } from "../../../src/engine/report";
import { annotateWorkbook } from "../../../src/workbook/annotate";
import { readXlsx } from "../../../src/workbook/read";
import { OfficeWorkbookHost } from "../../../src/hosts/office";
import { MARK_COLORS } from "../../../src/hosts/port";
import { parseA1 } from "../../../src/engine/model/address";
import type { CellRange, CellValue } from "../../../src/engine/model/types";
import { TODAY } from "../../engine/rules/harness";
import { FakeExcel } from "../office/fake-excel";
import { MAX_COLS, areaAddress } from "../office/fake-model";
import { controllerOn } from "../office/helpers";
import { fakeFromXlsx } from "./excel-load";
import { WpsWorkbookHost } from "../../../src/hosts/wps";
import { FakeEt } from "../wps/fake-et";
import { etFromXlsx } from "./wps-load";

/**
 * One host contract, three hosts: the same workbook checked through the .xlsx host (Anju's reader + the annotated
 * copy written with ExcelJS), through the Office host (on the fake Excel, at three API levels) and through the WPS
 * host (on the fake ET object model, with each way WPS may hand over formula errors) gives the same
 * findings, marks the same cells in the same colours, leaves every other fill alone, and — where the host has
 * notes — writes the same note text.
 */
interface HostOutcome {
  readonly findings: ReadonlyArray<Omit<FindingJson, never>>;
  /** `sheet!A1` → `#RRGGBB` for every filled cell. */
  readonly fills: Readonly<Record<string, string>>;
  /** `sheet!A1` → note text (absent when the host has no notes). */
  readonly notes?: Readonly<Record<string, string>>;
}

interface HostUnderTest {
  readonly name: string;
  check(bytes: Uint8Array): Promise<HostOutcome>;
}

const MARK = new Set(Object.values(MARK_COLORS).map((c) => `#${c}`));

const xlsxHost: HostUnderTest = {
  name: ".xlsx host",
  async check(bytes) {
    const result = checkWorkbook(readXlsx(bytes), { today: TODAY });
    const annotated = await annotateWorkbook(bytes, result.findings);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(annotated as unknown as ArrayBuffer);
    const fills: Record<string, string> = {};
    const notes: Record<string, string> = {};
    wb.eachSheet((ws) => {
      if (ws.name === "校验结果") return;
      // includeEmpty: a marked cell may hold no value (a missing 房屋地址).
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const fill = cell.fill;
          const argb =
            fill?.type === "pattern" ? (fill.fgColor as { argb?: string } | undefined)?.argb : undefined;
          if (argb) fills[`${ws.name}!${cell.address}`] = `#${argb.slice(-6).toUpperCase()}`;
          const note = cell.note;
          if (note) {
            notes[`${ws.name}!${cell.address}`] =
              typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
          }
        }),
      );
    });
    return { findings: toCheckReport("", result).findings, fills, notes };
  },
};

function officeHost(api: number): HostUnderTest {
  return {
    name: `Office host, ExcelApi 1.${api}`,
    async check(bytes) {
      const fake = await fakeFromXlsx(bytes, new FakeExcel({ api }));
      const report = await controllerOn(fake).checkAll();
      const fills: Record<string, string> = {};
      const notes: Record<string, string> = {};
      for (const sheet of fake.sheets) {
        if (sheet.name.startsWith("_anju") || sheet.name === "校验结果") continue;
        for (const [k, c] of sheet.cells) {
          const address = areaAddress({
            top: Math.floor(k / MAX_COLS),
            left: k % MAX_COLS,
            bottom: Math.floor(k / MAX_COLS),
            right: k % MAX_COLS,
          });
          if (c.fill) fills[`${sheet.name}!${address}`] = c.fill.color;
        }
        for (const [address, text] of sheet.notes) notes[`${sheet.name}!${address}`] = text;
      }
      return { findings: report.findings, fills, ...(api >= 18 ? { notes } : {}) };
    },
  };
}

function wpsHost(errorMode: "scode" | "cverr" | "text"): HostUnderTest {
  return {
    name: `WPS host, errors as ${errorMode}`,
    async check(bytes) {
      const fake = await etFromXlsx(bytes, new FakeEt({ errorMode }));
      const host = new WpsWorkbookHost(fake.app);
      const run = host.checkAndMark("all", (workbook, names) =>
        checkWorkbook(workbook, { today: TODAY, sheets: names }),
      );
      const fills: Record<string, string> = {};
      const notes: Record<string, string> = {};
      for (const sheet of fake.sheets) {
        if (sheet.name.startsWith("_anju") || sheet.name === "校验结果") continue;
        for (const [a, c] of Object.entries(sheet.fills())) fills[`${sheet.name}!${a}`] = c;
        for (const [a, text] of Object.entries(sheet.comments())) notes[`${sheet.name}!${a}`] = text;
      }
      expect([...fake.unemulated]).toEqual([]);
      return { findings: toCheckReport("", run.result).findings, fills, notes };
    },
  };
}

let bytes: Uint8Array;
let reference: HostOutcome;

beforeAll(async () => {
  const { workbook } = buildSampleTownship();
  // Fills a clerk had before checking: one on a cell that gets marked, one elsewhere.
  const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
  const zz = workbook.getWorksheet("张庄村");
  if (!zz) throw new Error("sample changed: no 张庄村");
  zz.getCell("B5").fill = solid("FFBDD7EE");
  zz.getCell("A1").fill = solid("FFE2EFDA");
  bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  reference = await xlsxHost.check(bytes);
});

test("the reference run finds the sample's seeded violations and marks them", () => {
  expect(reference.findings.length).toBeGreaterThan(15);
  expect(Object.values(reference.fills).filter((c) => MARK.has(c)).length).toBeGreaterThan(15);
  expect(reference.fills["张庄村!A1"]).toBe("#E2EFDA");
});

describe.each([...[18, 9, 1].map(officeHost), ...(["scode", "cverr", "text"] as const).map(wpsHost)])(
  "$name",
  (host) => {
    let outcome: HostOutcome;
    beforeAll(async () => {
      outcome = await host.check(bytes);
    });

    test("finds exactly the same findings (rule, severity, sheet, row, cells, message, clause)", () => {
      expect(outcome.findings).toEqual(reference.findings);
    });

    test("marks the same cells in the same colours and leaves every other fill as it was", () => {
      expect(outcome.fills).toEqual(reference.fills);
    });

    test("writes the same note text where it has notes", () => {
      if (outcome.notes) expect(outcome.notes).toEqual(reference.notes);
      else expect(outcome.notes).toBeUndefined();
    });
  },
);

describe.each([18, 13, 1])("the port, ExcelApi 1.%i", (api) => {
  test("read() gives the workbook the .xlsx reader gives (merges where Excel can report them)", async () => {
    const expected = readXlsx(bytes);
    const fake = await fakeFromXlsx(bytes, new FakeExcel({ api }));
    const host = new OfficeWorkbookHost(fake.env());
    const got = await host.read();
    expect(got.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
    got.sheets.forEach((sheet, i) => {
      const want = expected.sheets[i];
      expect([sheet.name, sheet.rows]).toEqual([want?.name, want?.rows]);
      const sorted = (m: readonly CellRange[]) =>
        [...m].sort((a, b) => a.top - b.top || a.left - b.left).map((r) => JSON.stringify(r));
      expect(sorted(sheet.merges)).toEqual(api >= 13 ? sorted(want?.merges ?? []) : []);
    });
  });

  test("mark() and clear() through the port: the same marks as the .xlsx host, then the original fills", async () => {
    const fake = await fakeFromXlsx(bytes, new FakeExcel({ api }));
    const before = fake.sheets.map((s) => JSON.stringify([...s.cells].filter(([, c]) => c.fill)));
    const host = new OfficeWorkbookHost(fake.env());
    const result = checkWorkbook(await host.read(), { today: TODAY });
    await host.mark(result.findings);
    const marked: Record<string, string> = {};
    for (const sheet of fake.sheets) {
      for (const [k, c] of sheet.cells) {
        if (!c.fill || !MARK.has(c.fill.color)) continue;
        const r = Math.floor(k / MAX_COLS);
        marked[
          `${sheet.name}!${areaAddress({ top: r, left: k % MAX_COLS, bottom: r, right: k % MAX_COLS })}`
        ] = c.fill.color;
      }
    }
    const want = Object.fromEntries(Object.entries(reference.fills).filter(([, c]) => MARK.has(c)));
    expect(marked).toEqual(want);
    await host.clear();
    expect(fake.sheets.map((s) => JSON.stringify([...s.cells].filter(([, c]) => c.fill)))).toEqual(before);
  });
});

describe("the port, WPS host", () => {
  test("read() gives the workbook the .xlsx reader gives, merges included", async () => {
    const expected = readXlsx(bytes);
    const fake = await etFromXlsx(bytes, new FakeEt());
    const got = await new WpsWorkbookHost(fake.app).read();
    expect(got.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
    const sorted = (m: readonly CellRange[]) =>
      [...m].sort((a, b) => a.top - b.top || a.left - b.left).map((r) => JSON.stringify(r));
    got.sheets.forEach((sheet, i) => {
      const want = expected.sheets[i];
      expect([sheet.name, sheet.rows, sorted(sheet.merges)]).toEqual([
        want?.name,
        want?.rows,
        sorted(want?.merges ?? []),
      ]);
    });
    expect(got.date1904).toBe(expected.date1904);
  });

  test("mark() and clear() through the port: the .xlsx host's marks, then every fill exactly as it was", async () => {
    const fake = await etFromXlsx(bytes, new FakeEt());
    const before = fake.sheets.map((s) => [s.name, s.rawFills(), s.values()]);
    const host = new WpsWorkbookHost(fake.app);
    const result = checkWorkbook(await host.read(), { today: TODAY });
    await host.mark(result.findings);
    const marked: Record<string, string> = {};
    for (const sheet of fake.sheets) {
      for (const [a, c] of Object.entries(sheet.fills())) if (MARK.has(c)) marked[`${sheet.name}!${a}`] = c;
    }
    const want = Object.fromEntries(Object.entries(reference.fills).filter(([, c]) => MARK.has(c)));
    expect(marked).toEqual(want);
    await host.clear();
    expect(fake.sheets.map((s) => [s.name, s.rawFills(), s.values()])).toEqual(before);
    expect([...fake.unemulated]).toEqual([]);
  });

  test("a workbook marked in WPS is cleared exactly by the Office host (one state sheet format)", async () => {
    const et = await etFromXlsx(bytes, new FakeEt());
    const wps = new WpsWorkbookHost(et.app);
    await wps.mark(checkWorkbook(await wps.read(), { today: TODAY }).findings);
    const state = et.sheet("_anju_fills");
    expect(state.visible).toBe(2);
    // The same workbook opened in Excel: its cells, fills as Excel reports them, and the state sheet.
    const excel = await fakeFromXlsx(bytes, new FakeExcel({ api: 18 }));
    const before = excel.sheets.map((s) => JSON.stringify([...s.cells].filter(([, c]) => c.fill)));
    for (const sheet of et.sheets) {
      if (sheet.name === "_anju_fills") continue;
      const target = excel.sheet(sheet.name);
      for (const [address, hex] of Object.entries(sheet.fills())) {
        const at = parseA1(address);
        if (!at) throw new Error(address);
        target.at(at.row, at.col).fill = { color: hex, pattern: "Solid", patternColor: "#000000" };
      }
    }
    const values: CellValue[][] = [];
    for (let r = 0; state.get(r, 0)?.value !== undefined; r++) values.push([String(state.get(r, 0)?.value)]);
    excel.addSheet("_anju_fills", { rows: values, merges: [] }, { visibility: "VeryHidden" });
    await new OfficeWorkbookHost(excel.env()).clear();
    expect(excel.sheets.map((s) => JSON.stringify([...s.cells].filter(([, c]) => c.fill)))).toEqual(before);
  });
});
