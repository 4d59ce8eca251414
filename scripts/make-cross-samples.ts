import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCrossSample, CROSS_TODAY, FILES } from "./samples/cross";

/**
 * Writes a township's files for the cross-table rules into `dir` (default test/fixtures/cross/): two villages'
 * revisit workbooks, the renovation and relocation ledgers, the roster, and `cross.expected.json` with every
 * seeded XT finding (file, sheet, row, cells, severity, related places).
 */
export async function makeCrossSamples(
  dir = join(__dirname, "..", "test", "fixtures", "cross"),
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const { workbooks, expected } = buildCrossSample();
  const paths: string[] = [];
  for (const key of Object.keys(FILES) as Array<keyof typeof FILES>) {
    const path = join(dir, FILES[key]);
    await workbooks[key].xlsx.writeFile(path);
    paths.push(path);
  }
  writeFileSync(
    join(dir, "cross.expected.json"),
    `${JSON.stringify({ today: CROSS_TODAY, files: Object.values(FILES), roster: FILES.roster, findings: expected }, null, 2)}\n`,
  );
  return paths;
}

if (require.main === module) {
  void makeCrossSamples().then((p) => process.stdout.write(`${p.join("\n")}\n`));
}
