import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../../../src/engine/check";
import type { Finding } from "../../../src/engine/model/types";
import { readWorkbookFile } from "../../../src/workbook/file";
import { FORMAT_FIXTURES } from "../../../scripts/make-format-fixtures";

/**
 * Issue 16: the same table gives the same findings whatever it was saved as. The sample workbook and the ledger
 * fixtures, saved by LibreOffice as .xls and .ods and each sheet as CSV in UTF-8 and GB18030
 * (scripts/make-format-fixtures.ts), against the .xlsx they were saved from: rule, severity, sheet, row and cells.
 */
const FIXTURES = join(__dirname, "..", "..", "fixtures");
const today = { y: 2024, m: 7, d: 15 };

const key = (f: Finding) => `${f.sheet}|${f.row}|${f.ruleId}|${f.severity}|${f.cells.join(",")}`;

async function findingsOf(path: string) {
  const { workbook, format } = await readWorkbookFile(path);
  const result = checkWorkbook(workbook, { today });
  return {
    format,
    keys: result.findings.map(key).sort(),
    findings: result.findings,
    tables: result.tables.map(
      (t) =>
        `${t.info.sheet}|${t.info.kind}|${t.info.headerRows.join("-")}|${t.info.firstDataRow}-${t.info.lastDataRow}`,
    ),
  };
}

describe.each(FORMAT_FIXTURES)("%s", (base) => {
  let xlsx: Awaited<ReturnType<typeof findingsOf>>;
  beforeAll(async () => {
    xlsx = await findingsOf(join(FIXTURES, `${base}.xlsx`));
  });

  it("has findings to compare", () => {
    expect(xlsx.keys.length).toBeGreaterThan(5);
  });

  it.each(["xls", "ods"])("saved as .%s gives the same tables and findings", async (ext) => {
    const other = await findingsOf(join(FIXTURES, "formats", `${base}.${ext}`));
    expect(other.format).toBe(ext);
    expect(other.tables).toEqual(xlsx.tables);
    expect(other.keys).toEqual(xlsx.keys);
  });

  it.each(["utf8", "gb18030"])("each sheet as CSV (%s) gives that sheet's findings", async (enc) => {
    const dir = join(FIXTURES, "formats", base, enc);
    const files = readdirSync(dir);
    expect(files.length).toBe(xlsx.tables.length + (base === "ledger-renovation" ? 0 : 1));
    for (const file of files) {
      const bytes = readFileSync(join(dir, file));
      if (enc === "gb18030") expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
      const sheet = file.replace(/\.csv$/, "");
      const csv = await findingsOf(join(dir, file));
      expect(csv.format).toBe("csv");
      // A CSV holds one sheet: duplicates across the workbook's sheets (scope "workbook") cannot be seen in it.
      const want = xlsx.findings
        .filter((f) => f.sheet === sheet && f.params.scope !== "workbook")
        .map(key)
        .sort();
      expect({ sheet, keys: csv.keys }).toEqual({ sheet, keys: want });
      expect(csv.tables).toEqual(xlsx.tables.filter((t) => t.startsWith(`${sheet}|`)));
    }
  });
});
