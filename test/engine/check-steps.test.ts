import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook, WorkbookCheck } from "../../src/engine/check";
import { readXlsx } from "../../src/workbook/read";

/**
 * The stepwise check (the browser page's in-page path, SPEC §7) gives checkWorkbook's findings, whatever the step
 * size, and reports its progress as it goes.
 */
const ROOT = join(__dirname, "..", "..");
const today = { y: 2024, m: 7, d: 15 };
const workbook = readXlsx(
  new Uint8Array(readFileSync(join(ROOT, "test", "fixtures", "sample-township.xlsx"))),
);

test.each([1, 7, 100, 5000])("in steps of %i rows: the same findings and tables as checkWorkbook", (size) => {
  const whole = checkWorkbook(workbook, { today });
  const run = new WorkbookCheck(workbook, { today });
  const seen: number[] = [];
  let steps = 0;
  while (!run.step(size)) {
    steps++;
    seen.push(run.progress.rowsDone);
  }
  const stepped = run.result();
  expect(stepped.findings).toEqual(whole.findings);
  expect(stepped.counts).toEqual(whole.counts);
  expect(stepped.tables.map((t) => t.info)).toEqual(whole.tables.map((t) => t.info));
  // Progress only grows and ends at the total.
  expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  expect(run.progress.rowsDone).toBe(run.progress.rowsTotal);
  if (size === 1) expect(steps).toBeGreaterThan(10);
});

test("only the chosen sheets, like checkWorkbook's sheets option", () => {
  const sheets = [workbook.sheets[1]?.name ?? ""];
  const run = new WorkbookCheck(workbook, { today, sheets });
  while (!run.step(3));
  expect(run.result().findings).toEqual(checkWorkbook(workbook, { today, sheets }).findings);
  expect(run.progress.rowsTotal).toBe(workbook.sheets[1]?.rows.length);
});

test("result() before the last step is an error, not a partial answer", () => {
  const run = new WorkbookCheck(workbook, { today });
  run.step(1);
  expect(() => run.result()).toThrow(/before the last step/);
});
