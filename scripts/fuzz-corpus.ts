import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { damaged } from "./fuzz/damage";
import { formatCases } from "./fuzz/formats";
import { hostileXml, notWorkbooks, zipOddities } from "./fuzz/hostile";
import { big, injection, pathological } from "./fuzz/odd";
import { structure } from "./fuzz/structure";
import {
  baseHouseholds,
  exceljs,
  household,
  stableBuffer,
  table,
  villageWith,
  type Entry,
} from "./fuzz/tables";
import { buildSampleTownship } from "./samples/township";

/**
 * The fuzz corpus (issue 9): hostile and odd inputs for `anju check`, written into a folder. Deterministic (a
 * seeded generator): the same corpus every run, so a failure names a file that can be looked at again.
 *
 *   npx tsx scripts/fuzz-corpus.ts <dir> [--big]
 *
 * `--big` writes the slow ones instead: a 1,048,576-row sheet and a 16,384-column sheet.
 */
export interface FuzzCase {
  readonly name: string;
  readonly file: string;
  /** Exit statuses allowed (always within 0, 1, 2); default any of them. */
  readonly status?: readonly number[];
  /** What the one-line reason on stderr must contain when the status is 2. */
  readonly reason?: RegExp;
}

/** Writes the corpus into `dir` and returns its cases (≥ 200); `big` writes only the slow, very large ones. */
export async function writeFuzzCorpus(dir: string, options: { big?: boolean } = {}): Promise<FuzzCase[]> {
  mkdirSync(dir, { recursive: true });
  if (options.big) return writeEntries(dir, big());
  const { workbook } = buildSampleTownship();
  const sample = await stableBuffer(workbook);
  const small = await exceljs(villageWith(baseHouseholds(12)));
  const hand = table(
    Array.from({ length: 30 }, (_, i) => household(i + 1)),
    `<mergeCells><mergeCell ref="A1:B1"/></mergeCells>`,
  );
  const entries: Entry[] = [
    { name: "valid-sample-township", bytes: sample, status: [1] },
    { name: "valid-small-village", bytes: small, status: [0, 1] },
    { name: "valid-hand-built", bytes: hand, status: [0, 1] },
    ...notWorkbooks(),
    ...hostileXml(),
    ...zipOddities(hand),
    ...structure(),
    ...(await injection()),
    ...pathological(),
    ...formatCases(),
    ...damaged([
      ["sample", sample],
      ["small", small],
      ["hand", hand],
    ]),
  ];
  return writeEntries(dir, entries);
}

function writeEntries(dir: string, entries: readonly Entry[]): FuzzCase[] {
  const seen = new Set<string>();
  return entries.map((e) => {
    let name = e.name;
    for (let k = 2; seen.has(name); k++) name = `${e.name}-${k}`;
    seen.add(name);
    const file = join(dir, `${name}${e.ext ?? ".xlsx"}`);
    writeFileSync(file, e.bytes);
    return {
      name,
      file,
      ...(e.status ? { status: e.status } : {}),
      ...(e.reason ? { reason: e.reason } : {}),
    };
  });
}

if (require.main === module) {
  const [dir, flag] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write("usage: tsx scripts/fuzz-corpus.ts <dir> [--big]\n");
    process.exitCode = 2;
  } else {
    void writeFuzzCorpus(dir, { big: flag === "--big" }).then((cases) =>
      process.stdout.write(`${cases.length} inputs written to ${dir}\n`),
    );
  }
}
