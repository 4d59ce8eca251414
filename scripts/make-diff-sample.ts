import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildHalfYear } from "./samples/half-year";

/**
 * Writes the half-year diff fixture: two submissions of 戴窑镇 under test/fixtures/diff/ and the findings and
 * per-village counts seeded into them (expected.json), which the CLI tests compare against.
 */
export async function makeDiffSample(
  dir = join(__dirname, "..", "test", "fixtures", "diff"),
): Promise<string[]> {
  const built = buildHalfYear();
  mkdirSync(dir, { recursive: true });
  const previous = join(dir, built.expected.previous);
  const current = join(dir, built.expected.current);
  await built.previous.xlsx.writeFile(previous);
  await built.current.xlsx.writeFile(current);
  writeFileSync(join(dir, "expected.json"), `${JSON.stringify(built.expected, null, 2)}\n`);
  return [previous, current];
}

if (require.main === module) {
  void makeDiffSample().then((p) => process.stdout.write(`${p.join("\n")}\n`));
}
