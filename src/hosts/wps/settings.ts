import type { DocumentSettings } from "../inplace/port";
import { SHEET_VERY_HIDDEN, type EtApp, type EtWorksheet } from "./et";
import { quietly } from "./quiet";
import { dimsOf, discover, grid, sheetOf, workbookOf } from "./read";
import { addSheet } from "./write";

/** The very hidden sheet holding Anju's document settings (one of the engine's OWN_SHEETS: never checked). */
export const SETTINGS_SHEET = "_anju_settings";
const MAGIC = "anju-settings";
const NOTICE = "安居核查的工作簿设置（如对应表头），请勿修改或删除。Anju's workbook settings; do not edit.";

/**
 * Settings saved with the workbook open in WPS (e.g. a county's header mapping under `anju.headers`), kept in the
 * very hidden sheet `_anju_settings`: column A the name, column B the value as text, under a header row.
 *
 * Why a sheet: a sheet is the document itself, so the settings survive saving as .xlsx and as .et alike and
 * travel with the file to another computer, and it is written with the members the host already stands on
 * (Worksheets.Add, Visible = 2, Range.Value2, NumberFormat). PluginStorage is the add-in's, not the document's;
 * Workbook.CustomDocumentProperties is typed only as `any` in Kingsoft's lib.et.d.ts, and a text property holds
 * at most 255 characters in Excel's file format, too few for a mapping. ET is synchronous: `get` reads the sheet
 * each time, so it always answers for the workbook active now.
 */
export function wpsSettings(app: EtApp, run: <T>(fn: () => T) => T): DocumentSettings {
  return {
    get: (name) => {
      try {
        return read(app).get(name);
      } catch {
        return undefined;
      }
    },
    set: async (name, value) => {
      run(() => write(app, name, value));
    },
  };
}

function exists(app: EtApp): boolean {
  return discover(app).sheets.some((s) => s.name === SETTINGS_SHEET);
}

function read(app: EtApp): Map<string, string> {
  const out = new Map<string, string>();
  if (!exists(app)) return out;
  const ws = sheetOf(app, SETTINGS_SHEET);
  const dims = dimsOf(ws);
  if (!dims) return out;
  const rows = dims.top + dims.rows;
  const values = grid(ws.Range(`A1:B${rows}`).Value2, rows, 2);
  for (const row of values.slice(1)) {
    const [k, v] = row;
    if (typeof k === "string" && k !== "" && v !== null && v !== undefined) out.set(k, String(v));
  }
  return out;
}

function write(app: EtApp, name: string, value: string): void {
  const settings = read(app);
  settings.set(name, value);
  quietly(app, () => {
    let ws: EtWorksheet;
    if (exists(app)) {
      ws = sheetOf(app, SETTINGS_SHEET);
    } else {
      // Worksheets.Add activates the new sheet: the clerk's sheet is made active again once it is hidden.
      const active = workbookOf(app).ActiveSheet;
      ws = addSheet(app, SETTINGS_SHEET);
      ws.Visible = SHEET_VERY_HIDDEN;
      active?.Activate();
    }
    const rows = [[JSON.stringify({ magic: MAGIC, version: 1 }), NOTICE], ...settings];
    const range = ws.Range(`A1:B${rows.length}`);
    // Text, so that ET never reads a value as a number or a date.
    range.NumberFormat = "@";
    range.Value2 = rows;
  });
}
