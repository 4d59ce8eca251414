import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { makeSample } from "./make-sample";

/**
 * `npm run demo`: checks the bundled sample township workbook (戴窑镇, three villages in three layouts), prints
 * the findings grouped by sheet, and writes the annotated copy (and the township summary) under out/.
 */
async function demo(): Promise<void> {
  const root = join(__dirname, "..");
  const sample = join(root, "test", "fixtures", "sample-township.xlsx");
  if (!existsSync(sample)) await makeSample();
  const outDir = join(root, "out");
  mkdirSync(outDir, { recursive: true });
  const write = (s: string) => process.stdout.write(s);
  const started = Date.now();
  await main(
    ["check", sample, "--today", "2024-07-15", "--out", join(outDir, "sample-township.annotated.xlsx")],
    write,
  );
  const checked = Date.now();
  try {
    await main(
      ["summarize", sample, "--out", join(outDir, "sample-township.summary.xlsx"), "--today", "2024-07-15"],
      write,
    );
  } catch (e) {
    write(`(汇总未生成 / summary not written: ${e instanceof Error ? e.message : String(e)})\n`);
  }
  write(`\n检查用时 ${checked - started} ms，汇总用时 ${Date.now() - checked} ms。输出目录：${outDir}\n`);
}

void demo().catch((e: unknown) => {
  process.stderr.write(`demo failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
