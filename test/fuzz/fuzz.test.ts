import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFuzzCorpus, type FuzzCase } from "../../scripts/fuzz-corpus";
import { CheckReportSchema } from "../../src/engine/report";
import { runCli } from "../helpers/cli";
import { fuzz, sha, TODAY } from "./harness";

const dir = mkdtempSync(join(tmpdir(), "anju-fuzz-"));
const outDir = join(dir, "out");
mkdirSync(outDir);

let cases: FuzzCase[] = [];
beforeAll(async () => {
  cases = await writeFuzzCorpus(join(dir, "corpus"));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the fuzz corpus: no crash, no hang, bounded memory, inputs unchanged, a clear reason for every refusal", async () => {
  expect(cases.length).toBeGreaterThanOrEqual(200);
  const tally = await fuzz(cases, "corpus", outDir);
  expect(tally).toMatchObject({ inputs: cases.length, crashes: 0, hangs: 0, inputsModified: 0 });
}, 900_000);

test("a handful through the real CLI process: same exit status, one line, no stack trace", () => {
  const pick = [
    "valid-sample-township",
    "empty-file",
    "png-renamed",
    "encrypted-agile",
    "xls-biff8",
    "xml-billion-laughs",
    "zip-bomb-honest",
    "truncated-sample-at-1",
    "merge-far-cells",
  ];
  for (const name of pick) {
    const c = cases.find((x) => x.name === name);
    if (!c) throw new Error(`no case ${name}`);
    const before = sha(c.file);
    const r = runCli(["check", c.file, "--today", TODAY, "--format", "json"]);
    expect([0, 1, 2]).toContain(r.status);
    if (c.status) expect(c.status).toContain(r.status);
    if (r.status === 2) {
      expect(r.stderr).toMatch(/^anju: [^\n]*[\u4e00-\u9fff][^\n]* \/ [^\n]*[A-Za-z]{3}[^\n]*\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
      if (c.reason) expect(r.stderr).toMatch(c.reason);
    } else CheckReportSchema.parse(JSON.parse(r.stdout));
    expect(sha(c.file)).toBe(before);
  }
}, 300_000);
