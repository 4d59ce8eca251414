/**
 * The Office host on the in-memory fake Excel: syncs, request/response bytes and time to read, check and mark a
 * 表A.1 sheet of 100, 5,000 and 50,000 households (one in seven with a violation), then to clear the marks.
 * Time is this machine's (engine + fake), not Excel's: what carries over to Excel is the number of syncs (each
 * a round trip, tens to hundreds of ms in Excel on the web) and the bytes per sync (Excel refuses over 5 MB).
 *
 *   npx tsx bench/office-fake.ts            # markdown table on stdout
 *   import { benchOfficeFake } from "./office-fake"   // the numbers, for `npm run bench`
 */
import { createOfficeController } from "../src/hosts/office";
import { TODAY } from "../test/engine/rules/harness";
import { FakeExcel } from "../test/hosts/office/fake-excel";
import { bigRevisitSheet } from "../test/hosts/office/sheets";

export interface OfficeFakeRow {
  readonly rows: number;
  readonly api: string;
  readonly action: "check + mark" | "clear";
  readonly findings: number;
  readonly syncs: number;
  /** Sum over all syncs, bytes. */
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** The largest single sync, bytes (Excel's limit is 5 MB each way). */
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly commands: number;
  readonly ms: number;
}

export interface OfficeFakeOptions {
  readonly rows?: readonly number[];
  /** ExcelApi minor versions: 18 (Microsoft 365, notes), 1 (Office 2016, plain path). */
  readonly apis?: readonly number[];
  readonly badEvery?: number;
}

export async function benchOfficeFake(options: OfficeFakeOptions = {}): Promise<OfficeFakeRow[]> {
  const out: OfficeFakeRow[] = [];
  for (const rows of options.rows ?? [100, 5_000, 50_000]) {
    const sheet = bigRevisitSheet(rows, { badEvery: options.badEvery ?? 7 });
    for (const api of options.apis ?? [18, 1]) {
      const fake = new FakeExcel({ api });
      fake.addSheet(sheet.name, sheet);
      const controller = createOfficeController({ env: fake.env(), today: () => TODAY });
      let t = performance.now();
      const report = await controller.checkAll();
      out.push(row(rows, api, "check + mark", report.findings.length, fake, performance.now() - t));
      fake.resetStats();
      t = performance.now();
      await controller.clearMarks();
      out.push(row(rows, api, "clear", report.findings.length, fake, performance.now() - t));
    }
  }
  return out;
}

function row(
  rows: number,
  api: number,
  action: OfficeFakeRow["action"],
  findings: number,
  fake: FakeExcel,
  ms: number,
): OfficeFakeRow {
  const s = fake.stats;
  return {
    rows,
    api: `1.${api}`,
    action,
    findings,
    syncs: s.syncs,
    requestBytes: s.requestBytes,
    responseBytes: s.responseBytes,
    maxRequestBytes: s.maxRequest,
    maxResponseBytes: s.maxResponse,
    commands: s.commands,
    ms: Math.round(ms),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

export function officeFakeTable(rows: readonly OfficeFakeRow[]): string {
  const lines = [
    "| rows | ExcelApi | action | findings | syncs | request total | largest request | response total | largest response | commands | time (fake) |",
    "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.rows.toLocaleString("en-US")} | ${r.api} | ${r.action} | ${r.findings.toLocaleString("en-US")} | ${r.syncs} | ${kb(r.requestBytes)} | ${kb(r.maxRequestBytes)} | ${kb(r.responseBytes)} | ${kb(r.maxResponseBytes)} | ${r.commands.toLocaleString("en-US")} | ${r.ms} ms |`,
    );
  }
  return lines.join("\n");
}

if (require.main === module) {
  void benchOfficeFake().then((rows) => process.stdout.write(`${officeFakeTable(rows)}\n`));
}
