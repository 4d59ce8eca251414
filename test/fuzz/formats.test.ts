import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FuzzCase } from "../../scripts/fuzz-corpus";
import { formatCases } from "../../scripts/fuzz/formats";
import { notWorkbooks } from "../../scripts/fuzz/hostile";
import { fuzz } from "./harness";

/**
 * The fuzz corpus's .xls, .ods and .csv inputs (scripts/fuzz/formats.ts, issue 16) and the not-.xlsx files, on their
 * own: no crash, no hang, inputs unchanged, a clear reason for every refusal. (test/fuzz/fuzz.test.ts runs them
 * with the whole corpus.)
 */
const dir = mkdtempSync(join(tmpdir(), "anju-fuzz-formats-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("broken and hostile .xls, .ods and .csv inputs", async () => {
  mkdirSync(join(dir, "out"));
  const cases: FuzzCase[] = [...formatCases(), ...notWorkbooks()].map((e) => {
    const file = join(dir, `${e.name}${e.ext ?? ".xlsx"}`);
    writeFileSync(file, e.bytes);
    return {
      name: e.name,
      file,
      ...(e.status ? { status: e.status } : {}),
      ...(e.reason ? { reason: e.reason } : {}),
    };
  });
  expect(cases.length).toBeGreaterThan(150);
  const tally = await fuzz(cases, "formats", join(dir, "out"));
  expect(tally).toMatchObject({ inputs: cases.length, crashes: 0, hangs: 0, inputsModified: 0 });
}, 1_500_000);
