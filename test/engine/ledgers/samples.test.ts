import {
  expectedFindings,
  relocationLedger,
  renovationLedger,
  toSheetData,
  type SampleLedger,
} from "../../../scripts/samples/ledgers";
import { check } from "./sheet";

/** The sample ledgers of scripts/samples/ledgers.ts, checked in memory: exactly the seeded findings. */
describe.each<[string, SampleLedger]>([
  ["relocation", relocationLedger()],
  ["renovation", renovationLedger()],
])("sample %s ledger", (_kind, ledger) => {
  const result = check(ledger.sheets.map(toSheetData));

  test("tables are found with their kind, header rows and data rows", () => {
    expect(result.tables.map((t) => t.info)).toEqual(
      ledger.sheets.flatMap((s) => (s.table ? [{ sheet: s.name, ...s.table, meta: expect.anything() }] : [])),
    );
  });

  test("findings are exactly the seeded ones", () => {
    const got = result.findings.map((f) => `${f.sheet}!${f.row} ${f.ruleId}`).sort();
    const want = expectedFindings(ledger)
      .map(([sheet, row, id]) => `${sheet}!${row} ${id}`)
      .sort();
    expect(got).toEqual(want);
  });
});
