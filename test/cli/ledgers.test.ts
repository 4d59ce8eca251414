import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expectedFindings, relocationLedger, renovationLedger } from "../../scripts/samples/ledgers";
import { CheckReportSchema, type CheckReport } from "../../src/engine/report";
import { ROOT, runCli } from "../helpers/cli";

interface Expected {
  today: string;
  tables: Array<{
    sheet: string;
    kind: string;
    headerRows: number[];
    firstDataRow: number;
    lastDataRow: number;
  }>;
  findings: Array<{ sheet: string; row: number; ruleId: string }>;
}

const FIXTURES = join(ROOT, "test", "fixtures");
const LEDGERS = [
  ["ledger-relocation.xlsx", relocationLedger()],
  ["ledger-renovation.xlsx", renovationLedger()],
] as const;

function load(file: string): Expected {
  return JSON.parse(
    readFileSync(join(FIXTURES, file.replace(/\.xlsx$/, ".expected.json")), "utf8"),
  ) as Expected;
}

function checkJson(file: string, ...args: string[]): { status: number | null; report: CheckReport } {
  const run = runCli([
    "check",
    join(FIXTURES, file),
    "--format",
    "json",
    "--today",
    load(file).today,
    ...args,
  ]);
  expect(run.stderr.replace(/npm warn.*\n?/g, "")).toBe("");
  return { status: run.status, report: CheckReportSchema.parse(JSON.parse(run.stdout)) };
}

const key = (f: { sheet: string; row: number; ruleId: string }) => `${f.sheet}!${f.row} ${f.ruleId}`;

describe.each(LEDGERS)("anju check %s", (file, ledger) => {
  const expected = load(file);
  let status: number | null;
  let report: CheckReport;
  beforeAll(() => ({ status, report } = checkJson(file)));

  test("the committed expected findings are the ones the sample script seeds", () => {
    expect(expected.findings.map(key)).toEqual(
      expectedFindings(ledger).map(([sheet, row, ruleId]) => key({ sheet, row, ruleId })),
    );
  });

  test("tables are detected with the right kind, header rows and first data row", () => {
    expect(report.tables.map(({ meta: _meta, ...t }) => t)).toEqual(expected.tables);
  });

  test("every seeded violation is found at its row with its rule ID, and nothing else", () => {
    expect(report.findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
    expect(status).toBe(1);
  });

  test("clean rows, those on the boundaries included, have no error or warning", () => {
    const seeded = new Set(expected.findings.map((f) => `${f.sheet}!${f.row}`));
    const stray = report.findings.filter((f) => f.severity !== "info" && !seeded.has(`${f.sheet}!${f.row}`));
    expect(stray).toEqual([]);
  });

  test("each finding carries the catalogue's severity and clause and a message naming the household", () => {
    for (const f of report.findings) {
      expect(f.message).not.toMatch(/\{\w+\}/);
      if (f.ruleId.startsWith("RL-") || f.ruleId.startsWith("RN-"))
        expect(f.message).toMatch(/^[\u4e00-\u9fa5]{2,3}：/);
    }
  });
});

describe("exact cells and messages of the sample ledgers", () => {
  let relocation: CheckReport;
  let renovation: CheckReport;
  beforeAll(() => {
    relocation = checkJson("ledger-relocation.xlsx").report;
    renovation = checkJson("ledger-renovation.xlsx").report;
  });
  const find = (report: CheckReport, sheet: string, row: number, ruleId: string) =>
    report.findings.find((f) => f.sheet === sheet && f.row === row && f.ruleId === ruleId);

  test.each([
    [
      "城关镇",
      14,
      "RL-AREA",
      ["G14", "J14"],
      "error",
      "SX 三.1(2)",
      "吴红梅：4 人安置房面积 110 ㎡，人均 27.5 ㎡，超过 25 ㎡。",
    ],
    ["城关镇", 10, "RL-AREA-2016", ["G10", "J10", "R10"], "warning", "SX 三.1(2)", undefined],
    [
      "城关镇",
      15,
      "RL-SUBSIDY",
      ["G15", "M15"],
      "error",
      "SX 三.1(3)",
      "郑志强：分散安置 3 人，补助资金 44000 元，低于 3 人 × 15000 元 = 45000 元。",
    ],
    [
      "城关镇",
      17,
      "RL-SELF-FUND",
      ["N17"],
      "error",
      "SX 三.1(3)",
      "陈永福：自筹资金 12000 元，超过户均上限 10000 元。",
    ],
    ["城关镇", 18, "RL-HANDOVER", ["O18", "P18"], "error", "SX 二.1(1); 三.1(1)", undefined],
    ["城关镇", 29, "GEN-FORMULA-ERROR", ["M29"], "error", "—", undefined],
  ] as const)("relocation %s!%i %s", (sheet, row, ruleId, cells, severity, clause, message) => {
    const f = find(relocation, sheet, row, ruleId);
    expect(f).toMatchObject({ cells, severity, clause });
    if (message) expect(f?.message).toBe(message);
  });

  test.each([
    ["石门镇", 14, "RN-D-REINFORCE", ["H14", "I14"], "error", "TZ 7.1.1 a); SX 三.2(2)"],
    ["石门镇", 17, "RN-AREA-PER-CAPITA", ["G17", "K17"], "error", "SX 三.2(2)"],
    ["石门镇", 26, "RN-FUND-EVIDENCE", ["O26", "R26"], "error", "SX 三.2(3)"],
    ["石门镇", 27, "RN-SUBSIDY-RATE", ["P27"], "warning", "TZ 8.2"],
    ["青石镇", 2, "GEN-MISSING-COLUMN", ["A2"], "error", "TZ 表A.1 / SX 三"],
  ] as const)("renovation %s!%i %s", (sheet, row, ruleId, cells, severity, clause) => {
    expect(find(renovation, sheet, row, ruleId)).toMatchObject({ cells, severity, clause });
  });

  test("the missing evidence column is named", () => {
    expect(find(renovation, "青石镇", 2, "GEN-MISSING-COLUMN")?.message).toContain("协议及支付凭证");
  });
});

describe("--kind", () => {
  test("forces a kind on every sheet it can read a header from", () => {
    const { report } = checkJson("ledger-relocation.xlsx", "--kind", "renovation");
    expect(report.tables.map((t) => [t.sheet, t.kind])).toEqual([
      ["城关镇", "renovation"],
      ["红岩镇", "renovation"],
    ]);
    // Read as a renovation ledger, the relocation sheet lacks 危房等级, 改造方式 and 安全性评定意见.
    const missing = report.findings.filter((f) => f.sheet === "城关镇" && f.ruleId === "GEN-MISSING-COLUMN");
    expect(missing.map((f) => f.message).join()).toMatch(/危房等级.*改造方式.*安全性评定意见/);
    expect(report.findings.some((f) => f.ruleId.startsWith("RL-"))).toBe(false);
  });

  test("auto picks relocation and renovation for their own ledgers", () => {
    expect(checkJson("ledger-relocation.xlsx", "--kind", "auto").report.tables.map((t) => t.kind)).toEqual([
      "relocation",
      "relocation",
    ]);
    expect(checkJson("ledger-renovation.xlsx").report.tables.map((t) => t.kind)).toEqual([
      "renovation",
      "renovation",
    ]);
  });
});
