import { planMarks } from "../../../src/engine/marks";
import type { Finding } from "../../../src/engine/model/types";
import {
  createOfficeController,
  type OfficeController,
  type OfficeControllerOptions,
} from "../../../src/hosts/office";
import { MARK_COLORS } from "../../../src/hosts/port";
import { TODAY } from "../../engine/rules/harness";
import { FakeExcel, type SheetModel } from "./fake-excel";
import { areaAddress, MAX_COLS } from "./fake-model";

/** A controller on the fake with the fixed today of the rule tests. */
export function controllerOn(fake: FakeExcel, options: OfficeControllerOptions = {}): OfficeController {
  return createOfficeController({ env: fake.env(), today: () => TODAY, debounceMs: 5, ...options });
}

function address(key: number): string {
  const row = Math.floor(key / MAX_COLS);
  const col = key % MAX_COLS;
  return areaAddress({ top: row, left: col, bottom: row, right: col });
}

/** Every cell's value as Excel holds it (value, type, formula). */
export function valuesOf(sheet: SheetModel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, c] of sheet.cells) {
    if (c.value === "" && c.formula === undefined) continue;
    out[address(k)] = [c.value, c.type, c.formula ?? null];
  }
  return out;
}

/** Every cell's fill (colour, pattern, pattern colour). */
export function fillsOf(sheet: SheetModel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, c] of sheet.cells)
    if (c.fill) out[address(k)] = `${c.fill.color}/${c.fill.pattern}/${c.fill.patternColor}`;
  return out;
}

export function notesOf(sheet: SheetModel): Record<string, string> {
  return Object.fromEntries(sheet.notes);
}

/** The colour each marked cell of `sheetName` should have (`#FFC7CE` …), from the engine's plan. */
export function markColours(
  sheetName: string,
  findings: ReadonlyArray<Pick<Finding, "severity" | "sheet" | "cells">>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of planMarks(findings as readonly Finding[]))
    if (m.sheet === sheetName) out[m.address] = `#${MARK_COLORS[m.severity]}`;
  return out;
}

/** Fill colours only (`#FFC7CE`), for comparing with markColours. */
export function coloursOf(sheet: SheetModel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, c] of sheet.cells) if (c.fill) out[address(k)] = c.fill.color;
  return out;
}
