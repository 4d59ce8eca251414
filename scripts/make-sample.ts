import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildSampleTownship } from "./samples/township";

/** Writes the bundled sample: test/fixtures/sample-township.xlsx and the seeded violations beside it. */
export async function makeSample(dir = join(__dirname, "..", "test", "fixtures")): Promise<string> {
  const { workbook, expected } = buildSampleTownship();
  const path = join(dir, "sample-township.xlsx");
  mkdirSync(dirname(path), { recursive: true });
  await workbook.xlsx.writeFile(path);
  writeFileSync(
    join(dir, "sample-township.expected.json"),
    `${JSON.stringify({ today: "2024-07-15", findings: expected.map(([sheet, row, ruleId]) => ({ sheet, row, ruleId })) }, null, 2)}\n`,
  );
  return path;
}

if (require.main === module) {
  void makeSample().then((p) => process.stdout.write(`${p}\n`));
}
