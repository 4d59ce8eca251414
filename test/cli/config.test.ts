import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CheckReportSchema } from "../../src/engine/report";
import { DEFAULT_CONFIG, parseConfig, ConfigError } from "../../src/engine/config";
import { ROOT, runCli } from "../helpers/cli";

/** `--config county.json`: a county's thresholds change what the rules report; a bad file is refused (exit 2). */
const dir = mkdtempSync(join(tmpdir(), "anju-config-"));
const FIXTURES = join(ROOT, "test", "fixtures");
const TODAY = "2024-07-15";

function writeConfig(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content), "utf8");
  return path;
}

function findings(file: string, ...args: string[]): string[] {
  const run = runCli(["check", join(FIXTURES, file), "--format", "json", "--today", TODAY, ...args]);
  expect(run.status).toBe(1);
  return CheckReportSchema.parse(JSON.parse(run.stdout))
    .findings.map((f) => `${f.sheet}!${f.row} ${f.ruleId}`)
    .sort();
}

function seeded(file: string): string[] {
  const expected = JSON.parse(
    readFileSync(join(FIXTURES, file.replace(".xlsx", ".expected.json")), "utf8"),
  ) as {
    findings: Array<{ sheet: string; row: number; ruleId: string }>;
  };
  return expected.findings.map((f) => `${f.sheet}!${f.row} ${f.ruleId}`).sort();
}

describe("a county configuration changes the thresholds", () => {
  test("28 ㎡ per person: 吴红梅's 27.5 ㎡ and the 2016 households within 28 ㎡ are no longer over", () => {
    const config = writeConfig("area.json", { relocation: { maxAreaPerPerson: 28 } });
    const without = new Set(["城关镇!14 RL-AREA", "城关镇!12 RL-AREA", "城关镇!10 RL-AREA-2016"]);
    expect(findings("ledger-relocation.xlsx", "--config", config)).toEqual(
      seeded("ledger-relocation.xlsx").filter((f) => !without.has(f)),
    );
  });

  test("lower subsidy and self-funding limits find more households", () => {
    const config = writeConfig("money.json", {
      relocation: { subsidyPerPerson: { 集中安置: 30_000 }, selfFundPerHousehold: 9_000 },
    });
    const got = findings("ledger-relocation.xlsx", "--config", config);
    // 张建国 (4 persons, 10 万元) is now below 4 × 30,000 and his 10,000 元 self-funding above 9,000.
    expect(got).toContain("城关镇!5 RL-SUBSIDY");
    expect(got).toContain("城关镇!5 RL-SELF-FUND");
    expect(got).not.toContain("城关镇!6 RL-SUBSIDY"); // 分散安置 keeps 15,000 元
  });

  test("a county's own renovation bands (≤ 65 ㎡ per household) and rates", () => {
    const config = writeConfig("renovation.json", {
      renovation: { smallHouseholdMaxArea: 65 },
      subsidy: { default: { rebuild: 15_000, reinforce: 9_000 } },
    });
    const got = findings("ledger-renovation.xlsx", "--config", config);
    expect(got).not.toContain("石门镇!15 RN-AREA-SMALL-HH"); // 61 ㎡ for 3 persons is now within
    expect(got).not.toContain("石门镇!27 RN-SUBSIDY-RATE"); // 15,000 元 is now the rate
    expect(got).toContain("石门镇!5 RN-SUBSIDY-RATE"); // and 20,000 元 is not
    expect(got).toContain("石门镇!16 RN-AREA-SMALL-HH"); // 39.5 ㎡ is still below 40
  });

  test("switching the 2016 exception off makes the marked household an error", () => {
    const config = writeConfig("no2016.json", { relocation: { exceptionYear: 0 } });
    const got = findings("ledger-relocation.xlsx", "--config", config);
    expect(got).toContain("城关镇!10 RL-AREA");
    expect(got).not.toContain("城关镇!10 RL-AREA-2016");
  });
});

describe("a bad configuration is refused with the bad field named (exit 2)", () => {
  test.each([
    ["wrong type", { relocation: { maxAreaPerPerson: "25" } }, /relocation\.maxAreaPerPerson/],
    ["negative", { renovation: { minAreaPerPerson: -1 } }, /renovation\.minAreaPerPerson/],
    ["unknown key", { relocation: { maxArea: 25 } }, /maxArea/],
    ["bands the wrong way round", { renovation: { minAreaPerPerson: 20 } }, /renovation\.minAreaPerPerson/],
    ["rate missing", { subsidy: { default: { rebuild: 20000 } } }, /subsidy\.default\.reinforce/],
    ["not JSON", "{ relocation: ", /JSON/],
  ])("%s", (_case, content, field) => {
    const config = writeConfig("bad.json", content);
    const run = runCli(["check", join(FIXTURES, "ledger-relocation.xlsx"), "--config", config]);
    expect(run.status).toBe(2);
    const lines = run.stderr.split("\n").filter((l) => l.trim() !== "" && !/npm warn/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(field);
    expect(lines[0]).toMatch(/配置文件/);
    expect(run.stdout).toBe("");
  });

  test("a missing config file", () => {
    const run = runCli([
      "check",
      join(FIXTURES, "ledger-relocation.xlsx"),
      "--config",
      join(dir, "none.json"),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/找不到配置文件/);
  });
});

describe("parseConfig", () => {
  test("defaults are the seeds' numbers", () => {
    expect(DEFAULT_CONFIG.relocation).toMatchObject({
      maxAreaPerPerson: 25,
      exceptionYear: 2016,
      exceptionMaxAreaPerPerson: 28,
      subsidyPerPerson: { 集中安置: 25_000, 分散安置: 15_000, 货币化安置: 15_000 },
      selfFundPerPerson: 2_500,
      selfFundPerHousehold: 10_000,
    });
    expect(DEFAULT_CONFIG.renovation).toMatchObject({
      smallHouseholdMaxPersons: 3,
      smallHouseholdMinArea: 40,
      smallHouseholdMaxArea: 60,
      minAreaPerPerson: 13,
      maxAreaPerPerson: 18,
    });
    expect(DEFAULT_CONFIG.subsidy.default).toEqual({ rebuild: 20_000, reinforce: 9_000 });
    expect(DEFAULT_CONFIG.subsidy.byCity["兴化市"]).toEqual({ rebuild: 22_000, reinforce: 8_000 });
    expect(DEFAULT_CONFIG.subsidy.appraisalPerHousehold).toBeGreaterThanOrEqual(100);
  });

  test("a partial override keeps every other default", () => {
    const c = parseConfig({ relocation: { maxAreaPerPerson: 30 } });
    expect(c.relocation.maxAreaPerPerson).toBe(30);
    expect(c.relocation.selfFundPerHousehold).toBe(10_000);
    expect(c.renovation).toEqual(DEFAULT_CONFIG.renovation);
  });

  test("the error lists every bad field by its path", () => {
    let error: unknown;
    try {
      parseConfig({ relocation: { maxAreaPerPerson: 0, exceptionMaxAreaPerPerson: "x" }, appraisal: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues.join("\n");
    expect(issues).toMatch(/relocation\.maxAreaPerPerson/);
    expect(issues).toMatch(/relocation\.exceptionMaxAreaPerPerson/);
    expect(issues).toMatch(/appraisal/);
  });
});
