import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COUNTY_MAP_ARGS, COUNTY_WORDS, countyWordingLedger } from "../../scripts/samples/county-wording";
import { toWorkbook } from "../../scripts/samples/ledgers";
import { CheckReportSchema, type CheckReport } from "../../src/engine/report";
import { runCli } from "../helpers/cli";

/**
 * `--map 字段=表头` and the config's `headers` (SPEC §13) on a 危房改造台账 in another county's words, generated here
 * from the sample ledger with four headers renamed.
 */
const dir = mkdtempSync(join(tmpdir(), "anju-map-"));
const ledger = countyWordingLedger();
const file = join(dir, ledger.file);
const key = (f: { sheet: string; row: number; ruleId: string }) => `${f.sheet}!${f.row} ${f.ruleId}`;
const seeded = ledger.original.expected.map(([row, ruleId]) => key({ sheet: "石门镇", row, ruleId })).sort();

beforeAll(async () => {
  await toWorkbook(ledger).xlsx.writeFile(file);
});

function check(...args: string[]): { status: number | null; report: CheckReport; stderr: string } {
  const run = runCli(["check", file, "--format", "json", "--today", ledger.today, ...args]);
  return {
    status: run.status,
    stderr: run.stderr,
    report: run.stdout ? CheckReportSchema.parse(JSON.parse(run.stdout)) : (undefined as never),
  };
}

describe("a ledger in county wording", () => {
  test("without --map: GEN-MISSING-COLUMN for each required column, naming the county's headers as candidates", () => {
    const { report } = check();
    const missing = report.findings.filter((f) => f.ruleId === "GEN-MISSING-COLUMN");
    expect(missing.map((f) => /缺少“([^”]+)”/.exec(f.message)?.[1]).sort()).toEqual(
      ["户主姓名", "安全性评定意见", "竣工验收"].sort(),
    );
    for (const f of missing) {
      expect(f.row).toBe(3);
      for (const [, , county] of COUNTY_WORDS) expect(f.message).toContain(`“${county}”`);
      expect(f.message).toMatch(/--map/);
    }
    // The rules on those columns were skipped: their seeded findings are not there.
    const got = report.findings.map(key);
    expect(got).not.toContain("石门镇!22 RN-SAFETY-OPINION");
    expect(got).not.toContain("石门镇!27 RN-SUBSIDY-RATE");
  });

  test("with --map for each: no GEN-MISSING-COLUMN, and every seeded violation found at its row", () => {
    const { status, report } = check(...COUNTY_MAP_ARGS);
    expect(report.findings.filter((f) => f.ruleId === "GEN-MISSING-COLUMN")).toEqual([]);
    expect(report.findings.map(key).sort()).toEqual(seeded);
    expect(seeded).toContain("石门镇!22 RN-SAFETY-OPINION");
    expect(seeded).toContain("石门镇!27 RN-SUBSIDY-RATE");
    expect(status).toBe(1);
    // The mapped columns' cells are the ones marked, and the names come from the mapped 户主 column.
    const opinion = report.findings.find((f) => f.ruleId === "RN-SAFETY-OPINION");
    expect(opinion?.cells).toEqual(["L22"]);
    expect(opinion?.message).toMatch(/^李逵/);
  });

  test("the grouped and full spellings: the whole header path and a full-width = are accepted", () => {
    const { report } = check(
      "--map",
      "户主姓名=户主(申请人)",
      "--map",
      "安全性评定意见＝改造情况 › 房屋安全认定",
      "--map",
      "竣工验收 = 完 工 核 验",
      "--map",
      "补助金额=资金兑付情况/奖补资金（万元）",
    );
    expect(report.findings.map(key).sort()).toEqual(seeded);
  });

  test("the config's headers do the same, and are validated", () => {
    const config = join(dir, "county.json");
    writeFileSync(
      config,
      JSON.stringify({
        headers: {
          renovation: {
            户主姓名: "户主（申请人）",
            安全性评定意见: ["房屋安全认定"],
            acceptance: ["完工核验"],
            补助金额: ["奖补资金（万元）"],
          },
        },
      }),
    );
    expect(check("--config", config).report.findings.map(key).sort()).toEqual(seeded);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ headers: { renovation: { 验收: ["完工核验"] } } }));
    const run = check("--config", bad);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/headers\.renovation\.验收/);
  });

  test("an unknown field or a header that matches nothing is a usage error naming it (exit 2, one line)", () => {
    for (const [arg, named] of [
      ["验收=完工核验", "验收"],
      ["竣工验收=竣工核验表", "竣工核验表"],
      ["竣工验收", "竣工验收"],
    ] as const) {
      const run = runCli(["check", file, "--map", arg]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain(named);
      expect(run.stderr).toMatch(/[\u4e00-\u9fa5].* \/ [A-Za-z-]/);
    }
  });

  test("summarize and fill read the inputs with --map too, and refuse a header that matches nothing", () => {
    const run = runCli(["summarize", file, "--map", "竣工验收=竣工核验表", "--today", ledger.today]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("竣工核验表");
    const ok = runCli(["summarize", file, ...COUNTY_MAP_ARGS, "--format", "json", "--today", ledger.today]);
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
  });
});
