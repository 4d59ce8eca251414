import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildXlsx } from "../../scripts/fuzz/parts";
import { household, table, tableXml } from "../../scripts/fuzz/tables";
import { runMain } from "../../src/cli/main";
import { checkWorkbook } from "../../src/engine/check";
import { renderMessage } from "../../src/engine/messages";
import { readXlsx } from "../../src/workbook/read";

/**
 * The bounds that the fuzz corpus needed (issue 9), each pinned: duplicates name at most ten copies, quoted cell
 * text is cut, and every limit is configurable and named in the one-line reason when it is hit.
 */

const TODAY = { y: 2024, m: 7, d: 15 };
const ID = "321281196503120015";
const dir = mkdtempSync(join(tmpdir(), "anju-bounded-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withId = (n: number) =>
  Array.from({ length: n }, (_, i) => household(i + 1).map((v, c) => (c === 4 ? ID : v)));

describe("duplicates name the first ten copies, then …", () => {
  test("within one table", () => {
    const wb = readXlsx(table(withId(30)));
    const dups = checkWorkbook(wb, { today: TODAY }).findings.filter((f) => f.ruleId === "GEN-DUPLICATE");
    expect(dups).toHaveLength(30);
    // Row 2 is the first household: it names rows 3–12 and more.
    expect(dups[0]?.params.rows).toBe("3、4、5、6、7、8、9、10、11、12…");
    // The last names the first ten others.
    expect(dups[29]?.params.rows).toBe("2、3、4、5、6、7、8、9、10、11…");
    // Eleven copies: each names ten others, exactly, without "…".
    const eleven = checkWorkbook(readXlsx(table(withId(11))), { today: TODAY }).findings.filter(
      (f) => f.ruleId === "GEN-DUPLICATE",
    );
    expect(eleven[0]?.params.rows).toBe("3、4、5、6、7、8、9、10、11、12");
  });

  test("across tables", () => {
    const bytes = buildXlsx({
      sheets: [
        { name: "张庄村", data: tableXml(withId(15)) },
        { name: "李家村", data: tableXml(withId(3)) },
      ],
    });
    const found = checkWorkbook(readXlsx(bytes), { today: TODAY }).findings.filter(
      (f) => f.ruleId === "GEN-DUPLICATE" && f.params.scope === "workbook",
    );
    expect(found).toHaveLength(18);
    expect(found.find((f) => f.sheet === "李家村")?.params.rows).toBe(
      "张庄村!2、张庄村!3、张庄村!4、张庄村!5、张庄村!6、张庄村!7、张庄村!8、张庄村!9、张庄村!10、张庄村!11…",
    );
    expect(found.find((f) => f.sheet === "张庄村")?.params.rows).toBe("李家村!2、李家村!3、李家村!4");
  });

  test("20,000 copies of one ID take linear time", () => {
    const wb = readXlsx(table(withId(20_000)));
    const started = Date.now();
    const result = checkWorkbook(wb, { today: TODAY });
    expect(result.findings.filter((f) => f.ruleId === "GEN-DUPLICATE")).toHaveLength(20_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

test("cell text quoted in a message is cut to 100 characters, never inside an emoji", () => {
  const long = renderMessage({
    ruleId: "RV-PHONE",
    params: { name: "长".repeat(32_767), value: "1".repeat(5000) },
  });
  expect(long.length).toBeLessThan(300);
  expect(long).toContain(`${"长".repeat(100)}…`);
  const emoji = renderMessage({ ruleId: "RV-PHONE", params: { name: `${"a".repeat(99)}🏠🏠`, value: "1" } });
  expect(emoji).toContain(`${"a".repeat(99)}…`);
  expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
});

describe("every limit is configurable and named when hit", () => {
  const input = join(dir, "village.xlsx");
  beforeAll(() => writeFileSync(input, table(Array.from({ length: 50 }, (_, i) => household(i + 1)))));

  test.each<[string, Record<string, number>, RegExp]>([
    [
      "limits.maxFindings",
      { maxFindings: 10 },
      /超过 10 条[^\n]*limits\.maxFindings[^\n]* \/ more than 10 findings/,
    ],
    [
      "limits.maxCells",
      { maxCells: 100 },
      /超过 100 个[^\n]*limits\.maxCells[^\n]* \/ [^\n]*more than 100 cells/,
    ],
    ["limits.maxUncompressedBytes", { maxUncompressedBytes: 4096 }, /limits\.maxUncompressedBytes/],
  ])("%s", async (_name, limits, reason) => {
    const config = join(dir, `${Object.keys(limits)[0]}.json`);
    writeFileSync(config, JSON.stringify({ limits }));
    let stderr = "";
    const status = await runMain(
      ["check", input, "--today", "2024-07-15", "--config", config],
      () => undefined,
      (s) => (stderr += s),
    );
    expect(status).toBe(2);
    expect(stderr).toMatch(/^anju: [^\n]+\n$/);
    expect(stderr).toMatch(reason);
    // And with the defaults the same workbook is checked.
    expect(
      await runMain(
        ["check", input, "--today", "2024-07-15"],
        () => undefined,
        () => undefined,
      ),
    ).toBe(1);
  });
});
