import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFuzzCorpus } from "../../scripts/fuzz-corpus";
import { fuzz } from "./harness";

/** The slow part of the fuzz test (about a minute): the very large inputs, each within the limits' bounds. */
const dir = mkdtempSync(join(tmpdir(), "anju-fuzz-big-"));
const outDir = join(dir, "out");
mkdirSync(outDir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the slow inputs: 1,048,576 rows, 16,384 columns, 400,000 broken rows: bounded in time and memory", async () => {
  const big = await writeFuzzCorpus(join(dir, "big"), { big: true });
  expect(big.map((c) => c.name)).toEqual([
    "big-1048576-rows",
    "big-16384-columns",
    "big-400000-rows-every-rule-broken",
  ]);
  const tally = await fuzz(big, "big", outDir);
  expect(tally).toMatchObject({ crashes: 0, hangs: 0, inputsModified: 0 });
}, 900_000);
