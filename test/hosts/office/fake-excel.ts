/**
 * An in-memory fake of the Excel JavaScript API subset the Office host uses, faithful where speed and safety are
 * decided: proxy objects whose properties throw PropertyNotLoaded until loaded *and* synced, commands queued and
 * applied only at `context.sync()` (in order; a failing command stops the batch, earlier ones stay applied, as
 * in Excel), a real grid (fake-model.ts), requirement-set switches (a call above the chosen ExcelApi version
 * fails with ApiNotFound), *OrNullObject semantics (methods on a null object are no-ops, as Microsoft's own
 * samples rely on), protection (writes to a protected sheet fail with AccessDenied), and the limits: every sync
 * is measured — request bytes (the queued commands and their arguments), response bytes (what was loaded),
 * both counted as JSON with non-ASCII escaped — and fails like Excel on the web above 5 MB; getRanges refuses
 * more than 500 areas or 8,000 address characters (SPEC §3; Excel's own hard limit is 8,192); notes.add and
 * comments.add refuse anything but one empty cell.
 *
 * Why not only office-addin-mock (installed, used for the `Office` namespace in office-global.ts): it mocks a
 * static object tree. An unloaded property reads as an error *string* instead of throwing, writes land at once
 * (no queue, no sync), methods return what the test put there rather than results computed from a workbook,
 * and there is no grid, no sync count, no payload size, no RangeAreas limit and no requirement sets. Code that
 * syncs once per cell, or reads before syncing, passes it unnoticed; it passes nothing here. For the `Office`
 * common API (requirements, document URL and mode, dialogs, actions), which has no load/sync, it fits and is used.
 *
 * Files: fake-excel.ts (the test's handle on the workbook, Excel.run, the request context and its sync),
 * fake-client.ts (the proxy base: load, queue, null objects), fake-workbook.ts (workbook, worksheets, runtime),
 * fake-range.ts (ranges, RangeAreas, formats), fake-notes.ts (notes, comments), fake-model.ts (the grid).
 */
import type { SheetData } from "../../../src/engine/model/types";
import { jsonBytes } from "../../../src/hosts/office/budget";
import type { OfficeEnv } from "../../../src/hosts/office/env";
import { FakeDocumentSettings } from "./fake-settings";
import type { Command } from "./fake-client";
import { areaAddress, FakeOfficeError, parseArea, parseCell, SheetModel, type Fill } from "./fake-model";
import { RuntimeProxy, WorkbookProxy } from "./fake-workbook";

export { FakeOfficeError, SheetModel } from "./fake-model";

export interface FakeExcelOptions {
  /** Highest ExcelApi 1.x supported: 1 (Office 2016), 7 (2019), 14 (2021), 18+ (Microsoft 365). */
  readonly api?: number;
  /** workbook.readOnly (ExcelApi 1.8) and writes refused. */
  readonly readOnly?: boolean;
  /** Office.context.document.mode is readOnly (known without a sync, any version). */
  readonly documentReadOnly?: boolean;
  readonly date1904?: boolean;
  /** Excel on the web refuses requests and responses over 5 MB. */
  readonly payloadLimit?: number;
  /** A lower limit for responses only (tests of the host's re-reading in smaller blocks). */
  readonly responseLimit?: number;
  readonly maxAreas?: number;
  readonly maxAddressChars?: number;
  readonly url?: string;
  /** false: an Office without document settings (Office.context.document.settings undefined). */
  readonly settings?: boolean;
}

export interface SyncRecord {
  readonly request: number;
  readonly response: number;
  readonly commands: number;
}

export interface SheetOptions {
  /** `B7` → `#FFC000` (solid), or a full fill. */
  readonly fills?: Readonly<Record<string, string | Fill>>;
  readonly notes?: Readonly<Record<string, string>>;
  readonly protected?: boolean;
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export class FakeExcel {
  readonly sheets: SheetModel[] = [];
  activeId = "";
  enableEvents = true;
  readonly syncs: SyncRecord[] = [];
  readonly api: number;
  readonly readOnly: boolean;
  readonly documentReadOnly: boolean;
  readonly date1904: boolean;
  readonly payloadLimit: number;
  readonly responseLimit: number;
  readonly maxAreas: number;
  readonly maxAddressChars: number;
  readonly url: string;
  /** Every command run, `path.op`, for tests that look at what was asked. */
  readonly log: string[] = [];
  /** Error codes the next syncs fail with (Excel busy editing a cell …), first in first out. */
  readonly failures: string[] = [];
  /** The document's settings (Office.context.document.settings), absent when `settings: false`. */
  readonly documentSettings: FakeDocumentSettings | undefined;
  private ids = 0;
  private pendingEvents: Array<() => void> = [];

  constructor(options: FakeExcelOptions = {}) {
    this.api = options.api ?? 18;
    this.readOnly = options.readOnly ?? false;
    this.documentReadOnly = options.documentReadOnly ?? false;
    this.date1904 = options.date1904 ?? false;
    this.payloadLimit = options.payloadLimit ?? 5_000_000;
    this.responseLimit = options.responseLimit ?? this.payloadLimit;
    this.maxAreas = options.maxAreas ?? 500;
    this.maxAddressChars = options.maxAddressChars ?? 8_000;
    this.url = options.url ?? "https://example.test/乡镇/戴窑镇.xlsx";
    this.documentSettings = options.settings === false ? undefined : new FakeDocumentSettings();
  }

  addSheet(name: string, data?: Pick<SheetData, "rows" | "merges">, options: SheetOptions = {}): SheetModel {
    const sheet = new SheetModel(`{${++this.ids}}`, name);
    if (data) sheet.fill(data);
    for (const [address, f] of Object.entries(options.fills ?? {})) {
      const p = parseCell(address);
      if (!p) throw new Error(`bad cell ${address}`);
      sheet.at(p.row, p.col).fill =
        typeof f === "string" ? { color: f.toUpperCase(), pattern: "Solid", patternColor: "#000000" } : f;
    }
    for (const [address, text] of Object.entries(options.notes ?? {})) sheet.notes.set(address, text);
    sheet.protected = options.protected ?? false;
    sheet.visibility = options.visibility ?? "Visible";
    this.sheets.push(sheet);
    if (this.activeId === "") this.activeId = sheet.id;
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** By name (case-insensitive, as Excel compares sheet names) or id. */
  find(key: string): SheetModel | undefined {
    const folded = key.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === folded || s.id === key);
  }

  activate(name: string): void {
    this.activeId = this.sheet(name).id;
  }

  isSetSupported = (name: string, version: string): boolean => {
    if (name !== "ExcelApi") return false;
    const m = /^1\.(\d+)$/.exec(version);
    return m !== null && Number(m[1]) <= this.api;
  };

  /** `Excel.run`: a fresh request context; what the batch leaves queued is synced at the end, as Excel does. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.queue.length > 0) await ctx.sync();
    return result;
  };

  /** A session of the add-in on this workbook (its settings bag loaded from the document now). */
  env(overrides: Partial<OfficeEnv> = {}): OfficeEnv {
    const bag = this.documentSettings?.load();
    return {
      settings: () => bag,
      run: this.run,
      isSetSupported: this.isSetSupported,
      documentReadOnly: () => this.documentReadOnly,
      fileName: () => decodeURIComponent(this.url.split("/").pop() ?? ""),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...overrides,
    };
  }

  resetStats(): void {
    this.syncs.length = 0;
    this.log.length = 0;
  }

  get stats(): {
    syncs: number;
    requestBytes: number;
    responseBytes: number;
    maxRequest: number;
    maxResponse: number;
    commands: number;
  } {
    let requestBytes = 0;
    let responseBytes = 0;
    let maxRequest = 0;
    let maxResponse = 0;
    let commands = 0;
    for (const s of this.syncs) {
      requestBytes += s.request;
      responseBytes += s.response;
      maxRequest = Math.max(maxRequest, s.request);
      maxResponse = Math.max(maxResponse, s.response);
      commands += s.commands;
    }
    return { syncs: this.syncs.length, requestBytes, responseBytes, maxRequest, maxResponse, commands };
  }

  /** A clerk types or pastes values: the grid changes and onChanged fires (when events are on). */
  async userEdit(sheetName: string, address: string, values: unknown[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const area = parseArea(address);
    if (!area) throw new Error(`bad address ${address}`);
    values.forEach((row, i) => row.forEach((v, j) => sheet.setValue(area.top + i, area.left + j, v)));
    this.queueEvent(sheet, areaAddress(area), "RangeEdited");
    await this.flushEvents();
  }

  /** A clerk inserts whole rows before 1-based `row`. */
  async userInsertRows(sheetName: string, row: number, count: number): Promise<void> {
    const sheet = this.sheet(sheetName);
    sheet.insertRows(row - 1, count);
    this.queueEvent(sheet, `A${row}:XFD${row + count - 1}`, "RowInserted");
    await this.flushEvents();
  }

  queueEvent(sheet: SheetModel, address: string, changeType: string): void {
    if (!this.enableEvents || sheet.handlers.length === 0) return;
    const handlers = [...sheet.handlers];
    const args = {
      address,
      changeType,
      worksheetId: sheet.id,
      source: "Local",
      type: "WorksheetChanged",
      triggerSource: "Unknown",
    };
    this.pendingEvents.push(() => {
      for (const h of handlers) void h(args);
    });
  }

  /** Events reach the add-in after the change, asynchronously. */
  async flushEvents(): Promise<void> {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    await Promise.resolve();
    for (const e of events) e();
  }

  nextId(): string {
    return `c${++this.ids}`;
  }
}

class FakeContext {
  readonly queue: Command[] = [];
  readonly workbook: WorkbookProxy;
  readonly runtime: RuntimeProxy;

  constructor(readonly fake: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
    this.runtime = new RuntimeProxy(this);
  }

  async sync(): Promise<void> {
    const fake = this.fake;
    const commands = this.queue.splice(0);
    await Promise.resolve();
    const failure = fake.failures.shift();
    if (failure !== undefined) {
      fake.syncs.push({ request: 0, response: 0, commands: commands.length });
      throw new FakeOfficeError(failure, `The operation failed (${failure}).`);
    }
    const request = jsonBytes(commands.map((c) => [c.path, c.op, c.args]));
    fake.syncs.push({ request, response: 0, commands: commands.length });
    const index = fake.syncs.length - 1;
    if (request > fake.payloadLimit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${request}) has exceeded the limit.`,
      );
    }
    let response = 0;
    const done: Command[] = [];
    for (const c of commands) {
      if (c.minApi > fake.api) {
        throw new FakeOfficeError("ApiNotFound", `${c.path}.${c.op} needs ExcelApi 1.${c.minApi}`);
      }
      fake.log.push(`${c.path}.${c.op}`);
      const out = c.exec();
      if (out !== undefined) response += jsonBytes(out);
      done.push(c);
    }
    fake.syncs[index] = { request, response, commands: commands.length };
    if (response > fake.responseLimit) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${response}) has exceeded the limit.`,
      );
    }
    for (const c of done) c.commit?.();
    await fake.flushEvents();
  }
}

export type { Fill } from "./fake-model";
