import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { CITY_TODAY, writeCityTownships, type TownshipSpec } from "../../../scripts/samples/city";
import { checkWorkbook } from "../../../src/engine/check";
import { parseIsoDate, type YMD } from "../../../src/engine/parse/date";
import type { SummaryInput } from "../../../src/engine/summary";
import { readXlsx } from "../../../src/workbook/read";

export const today = parseIsoDate(CITY_TODAY) as YMD;

export interface Loaded {
  readonly townships: TownshipSpec[];
  /** Checked workbooks by file name, in the order they were written. */
  readonly inputs: Map<string, SummaryInput>;
  readonly paths: string[];
}

/** Writes the sample township workbooks as .xlsx, reads them back with the CLI's reader, and checks them. */
export async function loadCityTownships(): Promise<Loaded> {
  const dir = mkdtempSync(join(tmpdir(), "anju-summary-"));
  const written = await writeCityTownships(dir);
  const inputs = new Map<string, SummaryInput>();
  for (const path of written.paths) {
    const bytes = readFileSync(path);
    const workbook = readXlsx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    inputs.set(basename(path), { file: basename(path), result: checkWorkbook(workbook, { today }) });
  }
  return { townships: written.townships, inputs, paths: written.paths };
}

export function inputsOf(loaded: Loaded, t: TownshipSpec): SummaryInput[] {
  return t.files.map((f) => loaded.inputs.get(f.file) as SummaryInput);
}
