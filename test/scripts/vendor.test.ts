import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The vendored standards and spec are the brief's own files. Where the brief's folder sits beside the repository
 * (a developer's checkout), the copies must still be identical; a clean clone has only the copies.
 */
const root = join(__dirname, "..", "..");
const shared = join(root, "..", "shared");
const pairs: Array<[string, string]> = [
  ["vendor/standards/001_7e44927019addc3d.txt", "seeds/001_7e44927019addc3d.txt"],
  ["vendor/standards/002_7707ecbf3bbdb374.txt", "seeds/002_7707ecbf3bbdb374.txt"],
  ["vendor/spec/SPEC.md", "SPEC.md"],
];

test.each(pairs)("%s is present and identical to the brief's copy when that is at hand", (mine, theirs) => {
  const copy = readFileSync(join(root, mine));
  expect(copy.length).toBeGreaterThan(1000);
  const original = join(shared, theirs);
  if (existsSync(original)) expect(copy.equals(readFileSync(original))).toBe(true);
});
