import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../../../src/engine/check";
import { planMarks } from "../../../src/engine/marks";
import type { WorkbookData } from "../../../src/engine/model/types";
import { TODAY } from "../../engine/rules/harness";
import { FakeEt, type FakeEtOptions, type SeedOptions } from "./fake-et";
import { readXlsx } from "../../../src/workbook/read";

export const FIXTURE = join(__dirname, "..", "..", "fixtures", "sample-township.xlsx");

export function sampleWorkbook(): WorkbookData {
  return readXlsx(new Uint8Array(readFileSync(FIXTURE)));
}

/** The sample township in the ET fake, with per-sheet seeds (fills, comments, protection). */
export function sampleEt(seeds: Record<string, SeedOptions> = {}, options: FakeEtOptions = {}): FakeEt {
  const fake = new FakeEt(options);
  for (const s of sampleWorkbook().sheets) fake.addSheet(s.name, s, seeds[s.name] ?? {});
  return fake;
}

/** What the engine marks in the sample: `sheet` → address → colour (`#RRGGBB`). */
export function expectedMarks(): Map<string, Map<string, string>> {
  const colours = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;
  const out = new Map<string, Map<string, string>>();
  for (const m of planMarks(checkWorkbook(sampleWorkbook(), { today: TODAY }).findings)) {
    let sheet = out.get(m.sheet);
    if (!sheet) out.set(m.sheet, (sheet = new Map()));
    sheet.set(m.address, colours[m.severity]);
  }
  return out;
}

export const check = (workbook: WorkbookData, names: readonly string[]) =>
  checkWorkbook(workbook, { today: TODAY, sheets: names });
