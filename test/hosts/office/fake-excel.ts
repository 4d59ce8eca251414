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
 */
import type { CellRange, SheetData } from "../../../src/engine/model/types";
import { jsonBytes } from "../../../src/hosts/office/budget";
import type { OfficeEnv } from "../../../src/hosts/office/env";
import {
  areaAddress,
  FakeOfficeError,
  intersects,
  parseArea,
  parseCell,
  SheetModel,
  sheetPrefix,
  type CellModel,
  type ChangeHandler,
  type Fill,
} from "./fake-model";

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

const MAX_MERGES_PER_CALL = 512;

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

  find(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === key || s.id === key);
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

  env(overrides: Partial<OfficeEnv> = {}): OfficeEnv {
    return {
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

interface Command {
  readonly path: string;
  readonly op: string;
  readonly args: unknown;
  readonly minApi: number;
  /** Runs the command against the grid; returns what goes back in the response, if anything. */
  readonly exec: () => unknown;
  /** After the whole batch succeeded: makes loaded values readable. */
  readonly commit?: () => void;
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

function notLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Base of every proxy: queued commands, load/sync, null objects. */
abstract class ClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    readonly path: string,
    /** Created by an *OrNullObject method, or derived from such an object. */
    readonly nullable = false,
  ) {}

  /** The thing in the workbook this proxy stands for, looked up when a command runs; null when absent. */
  protected abstract target(): T | null;

  /** A property's value for `load`. */
  protected abstract readProp(t: T, name: string): unknown;

  /** Minimum ExcelApi minor version of a loadable property. */
  protected propApi(_name: string): number {
    return 1;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  protected get fake(): FakeExcel {
    return this.context.fake;
  }

  /** Resolves the target or fails as Excel does (ItemNotFound); null for null objects. */
  protected resolve(): T | null {
    const t = this.target();
    if (t === null && !this.nullable)
      throw new FakeOfficeError("ItemNotFound", `${this.path} does not exist`);
    return t;
  }

  protected read(name: string): unknown {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name);
  }

  /** Sets loaded values from outside (collection items, nested paths). */
  setLoaded(values: Record<string, unknown>, isNull = false): void {
    this.nullState = isNull;
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  protected queue(
    op: string,
    args: unknown,
    minApi: number,
    run: (t: T) => unknown,
    options: { write?: SheetModel | ((t: T) => SheetModel | undefined) } = {},
  ): void {
    this.context.queue.push({
      path: this.path,
      op,
      args,
      minApi,
      exec: () => {
        const t = this.resolve();
        if (t === null) return undefined; // methods on a null object do nothing
        if (options.write !== undefined) {
          const sheet = typeof options.write === "function" ? options.write(t) : options.write;
          if (this.fake.readOnly) throw new FakeOfficeError("AccessDenied", "The workbook is read-only.");
          if (sheet?.protected) {
            throw new FakeOfficeError("AccessDenied", `The sheet ${sheet.name} is protected.`);
          }
        }
        return run(t);
      },
    });
  }

  load(props?: string | string[] | Record<string, unknown>): this {
    const names = (Array.isArray(props) ? props : String(props ?? "").split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    if (names.length === 0) throw new Error("fake: load() without property names (load what you read)");
    const minApi = Math.max(...names.map((n) => this.propApi(n)));
    let staged: Record<string, unknown> | undefined;
    let isNull = false;
    this.context.queue.push({
      path: this.path,
      op: "load",
      args: names,
      minApi,
      exec: () => {
        const t = this.resolve();
        if (t === null) {
          isNull = true;
          return { isNullObject: true };
        }
        staged = {};
        for (const n of names) staged[n] = this.readProp(t, n);
        return staged;
      },
      commit: () => this.commitLoad(staged ?? {}, isNull),
    });
    return this;
  }

  protected commitLoad(values: Record<string, unknown>, isNull: boolean): void {
    this.setLoaded(values, isNull);
  }

  toJSON(): unknown {
    return Object.fromEntries(this.loaded);
  }
}

class ClientResult<T> {
  private loaded = false;
  private v: T | undefined;

  get value(): T {
    if (!this.loaded) throw notLoaded("value");
    return this.v as T;
  }

  set(v: T): void {
    this.v = v;
    this.loaded = true;
  }
}

class WorkbookProxy extends ClientObject<FakeExcel> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly functions: FunctionsProxy;
  readonly comments: WorkbookCommentsProxy;
  readonly application: ApplicationProxy;

  constructor(ctx: FakeContext) {
    super(ctx, "workbook");
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.functions = new FunctionsProxy(ctx);
    this.comments = new WorkbookCommentsProxy(ctx);
    this.application = new ApplicationProxy(ctx);
  }

  protected target(): FakeExcel {
    return this.fake;
  }

  protected override propApi(name: string): number {
    return name === "readOnly" ? 8 : 1;
  }

  protected readProp(t: FakeExcel, name: string): unknown {
    if (name === "readOnly") return t.readOnly;
    throw new Error(`fake: workbook.${name} not modelled`);
  }

  get readOnly(): boolean {
    return this.read("readOnly") as boolean;
  }
}

class RuntimeProxy extends ClientObject<FakeExcel> {
  constructor(ctx: FakeContext) {
    super(ctx, "runtime");
  }

  protected target(): FakeExcel {
    return this.fake;
  }

  protected readProp(t: FakeExcel, name: string): unknown {
    if (name === "enableEvents") return t.enableEvents;
    throw new Error(`fake: runtime.${name} not modelled`);
  }

  set enableEvents(v: boolean) {
    this.queue("enableEvents=", v, 8, (t) => {
      t.enableEvents = v;
    });
  }

  get enableEvents(): boolean {
    return this.read("enableEvents") as boolean;
  }
}

class ApplicationProxy extends ClientObject<FakeExcel> {
  constructor(ctx: FakeContext) {
    super(ctx, "application");
  }

  protected target(): FakeExcel {
    return this.fake;
  }

  protected readProp(): unknown {
    throw new Error("fake: application properties not modelled");
  }

  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", [], 6, () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.queue("suspendScreenUpdatingUntilNextSync", [], 9, () => undefined);
  }
}

class FunctionsProxy extends ClientObject<FakeExcel> {
  constructor(ctx: FakeContext) {
    super(ctx, "functions");
  }

  protected target(): FakeExcel {
    return this.fake;
  }

  protected readProp(): unknown {
    throw new Error("fake: functions has no properties");
  }

  date(y: number, m: number, d: number): FunctionResultProxy {
    const days = Date.UTC(y, m - 1, d) / 86_400_000;
    return new FunctionResultProxy(this.context, `functions.date(${y},${m},${d})`, (fake) =>
      fake.date1904 ? days - Date.UTC(1904, 0, 1) / 86_400_000 : days + 25_569,
    );
  }
}

class FunctionResultProxy extends ClientObject<FakeExcel> {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly compute: (fake: FakeExcel) => number,
  ) {
    super(ctx, path);
  }

  protected target(): FakeExcel {
    return this.fake;
  }

  protected override propApi(): number {
    return 2;
  }

  protected readProp(t: FakeExcel, name: string): unknown {
    if (name === "value") return this.compute(t);
    throw new Error(`fake: FunctionResult.${name}`);
  }

  get value(): number {
    return this.read("value") as number;
  }
}

class WorksheetCollectionProxy extends ClientObject<FakeExcel> {
  private itemList: WorksheetProxy[] | undefined;

  constructor(ctx: FakeContext) {
    super(ctx, "worksheets");
  }

  protected target(): FakeExcel {
    return this.fake;
  }

  protected readProp(): unknown {
    throw new Error("fake: load worksheets as items/…");
  }

  get items(): WorksheetProxy[] {
    if (!this.itemList) throw notLoaded("items");
    return this.itemList;
  }

  override load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : String(props ?? ""))
      .toString()
      .split(",")
      .map((p) => p.trim().replace(/^items\//, ""))
      .filter((p) => p !== "");
    const probe = new WorksheetProxy(this.context, "probe", () => null, false);
    const minApi = Math.max(1, ...names.map((n) => probe.apiOf(n)));
    let staged: Array<{ proxy: WorksheetProxy; values: Record<string, unknown> }> = [];
    this.context.queue.push({
      path: this.path,
      op: "load",
      args: names,
      minApi,
      exec: () => {
        staged = this.fake.sheets.map((sheet) => {
          const proxy = new WorksheetProxy(
            this.context,
            `worksheets.getItem(${JSON.stringify(sheet.id)})`,
            () => this.fake.find(sheet.id) ?? null,
          );
          const values: Record<string, unknown> = {};
          for (const n of names) values[n] = proxy.valueFor(sheet, n);
          return { proxy, values };
        });
        return staged.map((s) => s.values);
      },
      commit: () => {
        for (const s of staged) s.proxy.commitValues(s.values);
        this.itemList = staged.map((s) => s.proxy);
      },
    });
    return this;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      `worksheets.getItem(${JSON.stringify(key)})`,
      () => this.fake.find(key) ?? null,
    );
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    const proxy = new WorksheetProxy(
      this.context,
      `worksheets.getItemOrNullObject(${JSON.stringify(key)})`,
      () => this.fake.find(key) ?? null,
      true,
    );
    proxy.minApi = 4;
    return proxy;
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      "worksheets.getActiveWorksheet()",
      () => this.fake.find(this.fake.activeId) ?? null,
    );
  }

  add(name: string): WorksheetProxy {
    let created: SheetModel | undefined;
    const proxy = new WorksheetProxy(
      this.context,
      `worksheets.add(${JSON.stringify(name)})`,
      () => created ?? null,
    );
    this.queue("add", [name], 1, (fake) => {
      if (fake.readOnly) throw new FakeOfficeError("AccessDenied", "The workbook is read-only.");
      if (fake.find(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      created = fake.addSheet(name);
    });
    return proxy;
  }
}

class WorksheetProxy extends ClientObject<SheetModel> {
  private bound: SheetModel | undefined;
  minApi = 1;
  readonly protection: ProtectionProxy;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly lookup: () => SheetModel | null,
    nullable = false,
  ) {
    super(ctx, path, nullable);
    this.protection = new ProtectionProxy(ctx, `${path}.protection`, () => this.resolveSheet(), nullable);
  }

  /** Bound on first use, as Excel binds an object path once (a rename later in the batch keeps it). */
  protected target(): SheetModel | null {
    if (this.bound && this.fake.sheets.includes(this.bound)) return this.bound;
    const s = this.lookup();
    if (s) this.bound = s;
    return s;
  }

  resolveSheet(): SheetModel | null {
    if (this.minApi > this.fake.api)
      throw new FakeOfficeError("ApiNotFound", `${this.path} needs ExcelApi 1.${this.minApi}`);
    return this.resolve();
  }

  apiOf(name: string): number {
    if (name === "protection/protected") return 2;
    return 1;
  }

  protected override propApi(name: string): number {
    return Math.max(this.minApi, this.apiOf(name));
  }

  valueFor(t: SheetModel, name: string): unknown {
    switch (name) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "visibility":
        return t.visibility;
      case "position":
        return this.fake.sheets.indexOf(t);
      case "protection/protected":
        return t.protected;
      default:
        throw new Error(`fake: worksheet.${name} not modelled`);
    }
  }

  protected readProp(t: SheetModel, name: string): unknown {
    return this.valueFor(t, name);
  }

  commitValues(values: Record<string, unknown>): void {
    const own: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) {
      if (k === "protection/protected") this.protection.setLoaded({ protected: v });
      else own[k] = v;
    }
    this.setLoaded(own);
  }

  protected override commitLoad(values: Record<string, unknown>, isNull: boolean): void {
    if (isNull) this.setLoaded({}, true);
    else this.commitValues(values);
  }

  get name(): string {
    return this.read("name") as string;
  }

  set name(v: string) {
    this.queue("name=", v, Math.max(1, this.minApi), (t) => {
      if (this.fake.sheets.some((s) => s !== t && s.name === v)) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${v} exists.`);
      }
      t.name = v;
    });
  }

  get id(): string {
    return this.read("id") as string;
  }

  get visibility(): string {
    return this.read("visibility") as string;
  }

  set visibility(v: string) {
    this.queue("visibility=", v, 2, (t) => {
      t.visibility = v as SheetModel["visibility"];
    });
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.getRange(${JSON.stringify(address ?? "")})`,
      () => this.resolveSheet(),
      () => {
        if (address === undefined || address === "")
          return { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
        const r = parseArea(address);
        if (!r) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
        return r;
      },
      this.nullable,
    );
  }

  getRanges(address: string): RangeAreasProxy {
    const proxy = new RangeAreasProxy(
      this.context,
      `${this.path}.getRanges(${JSON.stringify(address)})`,
      () => this.resolveSheet(),
      () => {
        if (address.length > this.fake.maxAddressChars) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `getRanges address of ${address.length} characters exceeds ${this.fake.maxAddressChars}`,
          );
        }
        const parts = address.split(/[,;]/).map((p) => p.trim());
        if (parts.length > this.fake.maxAreas) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `getRanges with ${parts.length} areas exceeds ${this.fake.maxAreas}`,
          );
        }
        return parts.map((p) => {
          const r = parseArea(p);
          if (!r) throw new FakeOfficeError("InvalidArgument", `Bad area ${p}`);
          return r;
        });
      },
      this.nullable,
    );
    proxy.minApi = 9;
    return proxy;
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    const proxy = new RangeProxy(
      this.context,
      `${this.path}.getUsedRange(${valuesOnly === undefined ? "" : String(valuesOnly)})`,
      () => this.resolveSheet(),
      (sheet) => sheet.usedRange(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      this.nullable,
    );
    if (valuesOnly !== undefined) proxy.minApi = 2;
    return proxy;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const proxy = new RangeProxy(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${String(valuesOnly ?? "")})`,
      () => this.resolveSheet(),
      (sheet) => sheet.usedRange(valuesOnly === true),
      true,
    );
    proxy.minApi = 4;
    return proxy;
  }

  get notes(): NotesProxy {
    return new NotesProxy(this.context, `${this.path}.notes`, () => this.resolveSheet(), this.nullable);
  }

  get comments(): WorksheetCommentsProxy {
    return new WorksheetCommentsProxy(
      this.context,
      `${this.path}.comments`,
      () => this.resolveSheet(),
      this.nullable,
    );
  }

  get onChanged(): { add(handler: ChangeHandler): { context: FakeContext; remove(): void } } {
    return {
      add: (handler) => {
        this.queue("onChanged.add", "handler", 7, (t) => {
          t.handlers.push(handler);
        });
        return {
          context: this.context,
          remove: () =>
            this.queue("onChanged.remove", "handler", 7, (t) => {
              const i = t.handlers.indexOf(handler);
              if (i >= 0) t.handlers.splice(i, 1);
            }),
        };
      },
    };
  }

  get freezePanes(): { freezeAt(range: RangeProxy): void } {
    return {
      freezeAt: (range) =>
        this.queue("freezePanes.freezeAt", range.path, 7, (t) => {
          t.frozen = range.path;
        }),
    };
  }

  get autoFilter(): { apply(range: RangeProxy): void } {
    return {
      apply: (range) =>
        this.queue("autoFilter.apply", range.path, 9, (t) => {
          t.filter = range.path;
        }),
    };
  }

  activate(): void {
    this.queue("activate", [], 1, (t) => {
      if (t.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.fake.activeId = t.id;
    });
  }

  delete(): void {
    this.queue("delete", [], Math.max(1, this.minApi), (t) => {
      if (this.fake.readOnly) throw new FakeOfficeError("AccessDenied", "The workbook is read-only.");
      const visible = this.fake.sheets.filter((s) => s.visibility === "Visible" && s !== t);
      if (visible.length === 0)
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep a visible sheet.");
      this.fake.sheets.splice(this.fake.sheets.indexOf(t), 1);
      if (this.fake.activeId === t.id) this.fake.activeId = visible[0]?.id ?? "";
    });
  }
}

class ProtectionProxy extends ClientObject<SheetModel> {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetModel | null,
    nullable: boolean,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): SheetModel | null {
    return this.sheet();
  }

  protected override propApi(): number {
    return 2;
  }

  protected readProp(t: SheetModel, name: string): unknown {
    if (name === "protected") return t.protected;
    throw new Error(`fake: protection.${name}`);
  }

  get protected(): boolean {
    return this.read("protected") as boolean;
  }
}

interface Located {
  readonly sheet: SheetModel;
  readonly rects: CellRange[];
}

const FILL_NONE = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };

function* cellsIn(r: CellRange): Generator<[number, number]> {
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) yield [row, col];
}

/** Whole-row/column ranges are only used for formats the fake records per sheet, never cell by cell. */
function bounded(r: CellRange): boolean {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1) <= 2_000_000;
}

class RangeProxy extends ClientObject<Located> {
  minApi = 1;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetModel | null,
    private readonly rect: (sheet: SheetModel) => CellRange | null,
    nullable: boolean,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): Located | null {
    if (this.minApi > this.fake.api)
      throw new FakeOfficeError("ApiNotFound", `${this.path} needs ExcelApi 1.${this.minApi}`);
    const sheet = this.sheet();
    if (!sheet) return null;
    const r = this.rect(sheet);
    return r ? { sheet, rects: [r] } : null;
  }

  protected override propApi(name: string): number {
    return Math.max(this.minApi, name === "hyperlink" ? 7 : 1);
  }

  private only(t: Located): CellRange {
    return t.rects[0] as CellRange;
  }

  protected readProp(t: Located, name: string): unknown {
    const r = this.only(t);
    const grid = <V>(f: (c: CellModel | undefined) => V): V[][] => {
      if (!bounded(r)) throw new FakeOfficeError("RangeExceedsLimit", "The range is too large to load.");
      const out: V[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: V[] = [];
        for (let col = r.left; col <= r.right; col++) line.push(f(t.sheet.get(row, col)));
        out.push(line);
      }
      return out;
    };
    switch (name) {
      case "address":
        return `${sheetPrefix(t.sheet.name)}!${areaAddress(r)}`;
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      case "values":
        return grid((c) => (c === undefined ? "" : c.formula !== undefined ? "" : c.value));
      case "valueTypes":
        return grid((c) => (c === undefined || !t.sheet.hasValue(c) ? "Empty" : c.type));
      case "formulas":
        return grid((c) => (c === undefined ? "" : (c.formula ?? c.value)));
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      default:
        throw new Error(`fake: range.${name} not modelled`);
    }
  }

  get address(): string {
    return this.read("address") as string;
  }
  get rowIndex(): number {
    return this.read("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.read("columnIndex") as number;
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get columnCount(): number {
    return this.read("columnCount") as number;
  }
  get values(): unknown[][] {
    return this.read("values") as unknown[][];
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes") as string[][];
  }
  get formulas(): unknown[][] {
    return this.read("formulas") as unknown[][];
  }

  private write2d(
    op: string,
    v: unknown[][],
    apply: (sheet: SheetModel, row: number, col: number, x: unknown) => void,
  ): void {
    this.queue(
      op,
      v,
      this.minApi,
      (t) => {
        const r = this.only(t);
        if (
          !Array.isArray(v) ||
          v.length !== r.bottom - r.top + 1 ||
          v.some((row) => row.length !== r.right - r.left + 1)
        ) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `${op}: the array does not match the range ${areaAddress(r)}`,
          );
        }
        v.forEach((row, i) => row.forEach((x, j) => apply(t.sheet, r.top + i, r.left + j, x)));
        if (op === "values=" || op === "formulas=")
          this.fake.queueEvent(t.sheet, areaAddress(r), "RangeEdited");
      },
      { write: (t) => t.sheet },
    );
  }

  set values(v: unknown[][]) {
    this.write2d("values=", v, (sheet, row, col, x) => sheet.setValue(row, col, x));
  }

  set formulas(v: unknown[][]) {
    this.write2d("formulas=", v, (sheet, row, col, x) => {
      const s = String(x ?? "");
      if (s.startsWith("=")) {
        const c = sheet.at(row, col);
        c.formula = s;
        c.value = s;
        c.type = "String";
      } else sheet.setValue(row, col, x);
    });
  }

  set numberFormat(v: unknown[][]) {
    this.write2d("numberFormat=", v, (sheet, row, col, x) => {
      sheet.at(row, col).numberFormat = String(x);
    });
  }

  set hyperlink(v: unknown) {
    this.queue(
      "hyperlink=",
      v,
      7,
      (t) => {
        const r = this.only(t);
        for (const [row, col] of cellsIn(r)) {
          const c = t.sheet.at(row, col);
          c.hyperlink = v;
          const text = (v as { textToDisplay?: string }).textToDisplay;
          if (text !== undefined) t.sheet.setValue(row, col, text);
        }
      },
      { write: (t) => t.sheet },
    );
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(
      this.context,
      `${this.path}.format`,
      () => this.resolve(),
      this.nullable,
      this.minApi,
    );
  }

  getCellProperties(options: { format?: { fill?: Record<string, boolean> } }): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>();
    let staged: unknown[][] = [];
    this.context.queue.push({
      path: this.path,
      op: "getCellProperties",
      args: options,
      minApi: 9,
      exec: () => {
        const t = this.resolve();
        if (!t) return undefined;
        const r = this.only(t);
        const want = options.format?.fill ?? {};
        staged = [];
        for (let row = r.top; row <= r.bottom; row++) {
          const line: unknown[] = [];
          for (let col = r.left; col <= r.right; col++) {
            const fill = t.sheet.get(row, col)?.fill ?? FILL_NONE;
            const f: Record<string, unknown> = {};
            for (const k of Object.keys(want))
              if (want[k]) f[k] = (fill as unknown as Record<string, unknown>)[k];
            line.push({ format: { fill: f } });
          }
          staged.push(line);
        }
        return staged;
      },
      commit: () => result.set(staged),
    });
    return result;
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    const proxy = new RangeAreasProxy(
      this.context,
      `${this.path}.getMergedAreasOrNullObject()`,
      () => this.sheet(),
      (sheet) => {
        const t = this.target();
        if (!t) return null;
        const r = this.only(t);
        const found = sheet.merges.filter((m) => intersects(m, r));
        if (found.length > MAX_MERGES_PER_CALL) {
          throw new FakeOfficeError(
            "InvalidOperation",
            `More than ${MAX_MERGES_PER_CALL} merged areas in the range`,
          );
        }
        return found.length === 0 ? null : found;
      },
      true,
    );
    proxy.minApi = 13;
    return proxy;
  }

  select(): void {
    this.queue("select", [], this.minApi, (t) => {
      this.fake.activeId = t.sheet.id;
    });
  }

  clear(applyTo?: string): void {
    this.queue(
      "clear",
      [applyTo ?? "All"],
      this.minApi,
      (t) => {
        const r = this.only(t);
        for (const [k, c] of [...t.sheet.cells]) {
          const row = Math.floor(k / 16_384);
          const col = k % 16_384;
          if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
          if (applyTo === "Formats") {
            delete c.fill;
            delete c.font;
            delete c.numberFormat;
          } else if (applyTo === "Contents") {
            t.sheet.setValue(row, col, "");
          } else t.sheet.cells.delete(k);
        }
      },
      { write: (t) => t.sheet },
    );
  }

  merge(across = false): void {
    this.queue(
      "merge",
      [across],
      2,
      (t) => {
        t.sheet.merges.push(this.only(t));
      },
      { write: (t) => t.sheet },
    );
  }
}

class RangeAreasProxy extends ClientObject<Located> {
  minApi = 9;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetModel | null,
    private readonly rects: (sheet: SheetModel) => CellRange[] | null,
    nullable: boolean,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): Located | null {
    if (this.minApi > this.fake.api)
      throw new FakeOfficeError("ApiNotFound", `${this.path} needs ExcelApi 1.${this.minApi}`);
    const sheet = this.sheet();
    if (!sheet) return null;
    const rects = this.rects(sheet);
    return rects ? { sheet, rects } : null;
  }

  protected override propApi(): number {
    return this.minApi;
  }

  protected readProp(t: Located, name: string): unknown {
    if (name === "address")
      return t.rects.map((r) => `${sheetPrefix(t.sheet.name)}!${areaAddress(r)}`).join(", ");
    if (name === "areaCount") return t.rects.length;
    throw new Error(`fake: rangeAreas.${name}`);
  }

  get address(): string {
    return this.read("address") as string;
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(
      this.context,
      `${this.path}.format`,
      () => this.resolve(),
      this.nullable,
      this.minApi,
    );
  }

  select(): void {
    this.queue("select", [], this.minApi, (t) => {
      this.fake.activeId = t.sheet.id;
    });
  }
}

class RangeFormatProxy extends ClientObject<Located> {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly located: () => Located | null,
    nullable: boolean,
    private readonly minApi: number,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): Located | null {
    return this.located();
  }

  protected readProp(): unknown {
    throw new Error("fake: range format properties are written, not read");
  }

  get fill(): FillProxy {
    return new FillProxy(this.context, `${this.path}.fill`, () => this.resolve(), this.nullable, this.minApi);
  }

  get font(): FontProxy {
    return new FontProxy(this.context, `${this.path}.font`, () => this.resolve(), this.nullable, this.minApi);
  }

  private set(op: string, v: unknown, minApi: number, apply: (c: CellModel) => void): void {
    this.queue(
      op,
      v,
      Math.max(minApi, this.minApi),
      (t) => {
        for (const r of t.rects)
          if (bounded(r)) for (const [row, col] of cellsIn(r)) apply(t.sheet.at(row, col));
      },
      { write: (t) => t.sheet },
    );
  }

  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment=", v, 1, (c) => (c.font = { ...c.font, horizontalAlignment: v }));
  }
  set verticalAlignment(v: string) {
    this.set("verticalAlignment=", v, 1, (c) => (c.font = { ...c.font, verticalAlignment: v }));
  }
  set wrapText(v: boolean) {
    this.set("wrapText=", v, 1, (c) => (c.font = { ...c.font, wrapText: v }));
  }
  set columnWidth(v: number) {
    this.queue(
      "columnWidth=",
      v,
      Math.max(2, this.minApi),
      (t) => {
        for (const r of t.rects) for (let col = r.left; col <= r.right; col++) t.sheet.widths.set(col, v);
      },
      { write: (t) => t.sheet },
    );
  }
}

class FillProxy extends ClientObject<Located> {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly located: () => Located | null,
    nullable: boolean,
    private readonly minApi: number,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): Located | null {
    return this.located();
  }

  protected override propApi(name: string): number {
    return Math.max(this.minApi, name === "color" ? 1 : 9);
  }

  protected readProp(t: Located, name: string): unknown {
    const seen = new Set<string>();
    for (const r of t.rects) {
      for (const [row, col] of cellsIn(r)) {
        const fill = t.sheet.get(row, col)?.fill ?? FILL_NONE;
        seen.add(String((fill as unknown as Record<string, unknown>)[name]));
      }
    }
    // A range whose cells differ reports null, as Excel does.
    return seen.size === 1 ? [...seen][0] : null;
  }

  get color(): string {
    return this.read("color") as string;
  }

  private apply(op: string, v: unknown, minApi: number, f: (c: CellModel) => void): void {
    this.queue(
      op,
      v,
      Math.max(minApi, this.minApi),
      (t) => {
        for (const r of t.rects) {
          if (!bounded(r))
            throw new FakeOfficeError("RangeExceedsLimit", "fill on a whole sheet is not modelled");
          for (const [row, col] of cellsIn(r)) f(t.sheet.at(row, col));
        }
      },
      { write: (t) => t.sheet },
    );
  }

  set color(v: string) {
    const color = v.toUpperCase();
    this.apply("color=", v, 1, (c) => {
      const keep = c.fill && c.fill.pattern !== "None" && c.fill.pattern !== "Solid";
      c.fill = {
        color,
        pattern: keep && c.fill ? c.fill.pattern : "Solid",
        patternColor: c.fill?.patternColor ?? "#000000",
      };
    });
  }

  set pattern(v: string) {
    this.apply("pattern=", v, 9, (c) => {
      c.fill = {
        color: c.fill?.color ?? "#FFFFFF",
        pattern: v,
        patternColor: c.fill?.patternColor ?? "#000000",
      };
    });
  }

  set patternColor(v: string) {
    this.apply("patternColor=", v, 9, (c) => {
      c.fill = {
        color: c.fill?.color ?? "#FFFFFF",
        pattern: c.fill?.pattern ?? "Solid",
        patternColor: v.toUpperCase(),
      };
    });
  }

  clear(): void {
    this.apply("clear", [], 1, (c) => {
      delete c.fill;
    });
  }
}

class FontProxy extends ClientObject<Located> {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly located: () => Located | null,
    nullable: boolean,
    private readonly minApi: number,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): Located | null {
    return this.located();
  }

  protected readProp(): unknown {
    throw new Error("fake: font properties are written, not read");
  }

  private set(name: string, v: unknown): void {
    this.queue(
      `${name}=`,
      v,
      this.minApi,
      (t) => {
        for (const r of t.rects)
          if (bounded(r))
            for (const [row, col] of cellsIn(r)) {
              const c = t.sheet.at(row, col);
              c.font = { ...c.font, [name]: v };
            }
      },
      { write: (t) => t.sheet },
    );
  }

  set bold(v: boolean) {
    this.set("bold", v);
  }
  set size(v: number) {
    this.set("size", v);
  }
  set color(v: string) {
    this.set("color", v);
  }
  set underline(v: string) {
    this.set("underline", v);
  }
}

class NotesProxy extends ClientObject<SheetModel> {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetModel | null,
    nullable: boolean,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): SheetModel | null {
    return this.sheet();
  }

  protected readProp(): unknown {
    throw new Error("fake: notes collection properties not modelled");
  }

  add(cellAddress: string, content: string): NoteProxy {
    const key = normalizeCell(cellAddress);
    this.queue(
      "add",
      [cellAddress, content],
      18,
      (t) => {
        if (!key)
          throw new FakeOfficeError("InvalidArgument", `A note needs a single cell, not ${cellAddress}`);
        if (t.notes.has(key))
          throw new FakeOfficeError("InvalidArgument", `The cell ${key} already has a note.`);
        if (t.comments.some((c) => c.address === key)) {
          throw new FakeOfficeError("InvalidOperation", `The cell ${key} already has a comment.`);
        }
        t.notes.set(key, content);
      },
      { write: (t) => t },
    );
    return new NoteProxy(
      this.context,
      `${this.path}.getItem(${JSON.stringify(cellAddress)})`,
      () => this.sheet(),
      key ?? "",
      false,
    );
  }

  getItemOrNullObject(key: string): NoteProxy {
    return new NoteProxy(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => this.sheet(),
      normalizeCell(key) ?? "",
      true,
    );
  }
}

function normalizeCell(address: string): string | undefined {
  const r = parseArea(address);
  if (!r || r.top !== r.bottom || r.left !== r.right) return undefined;
  return areaAddress(r);
}

class NoteProxy extends ClientObject<{ sheet: SheetModel; key: string }> {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetModel | null,
    private readonly key: string,
    nullable: boolean,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): { sheet: SheetModel; key: string } | null {
    const sheet = this.sheet();
    return sheet && sheet.notes.has(this.key) ? { sheet, key: this.key } : null;
  }

  protected override propApi(): number {
    return 18;
  }

  protected readProp(t: { sheet: SheetModel; key: string }, name: string): unknown {
    if (name === "content") return t.sheet.notes.get(t.key);
    throw new Error(`fake: note.${name}`);
  }

  get content(): string {
    return this.read("content") as string;
  }

  delete(): void {
    this.queue("delete", [], 18, (t) => t.sheet.notes.delete(t.key), { write: (t) => t.sheet });
  }
}

class WorksheetCommentsProxy extends ClientObject<SheetModel> {
  private itemList: CommentProxy[] | undefined;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => SheetModel | null,
    nullable: boolean,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): SheetModel | null {
    return this.sheet();
  }

  protected readProp(): unknown {
    throw new Error("fake: load comments as items/…");
  }

  get items(): CommentProxy[] {
    if (!this.itemList) throw notLoaded("items");
    return this.itemList;
  }

  override load(props?: string | string[]): this {
    const names = String(props ?? "")
      .split(",")
      .map((p) => p.trim().replace(/^items\//, ""))
      .filter((p) => p !== "");
    let staged: Array<{ proxy: CommentProxy; values: Record<string, unknown> }> = [];
    this.context.queue.push({
      path: this.path,
      op: "load",
      args: names,
      minApi: 10,
      exec: () => {
        const sheet = this.resolve();
        staged = (sheet?.comments ?? []).map((c) => {
          const proxy = new CommentProxy(
            this.context,
            `comments.getItem(${JSON.stringify(c.id)})`,
            c.id,
            false,
          );
          const values: Record<string, unknown> = {};
          for (const n of names) values[n] = n === "id" ? c.id : n === "content" ? c.content : undefined;
          return { proxy, values };
        });
        return staged.map((s) => s.values);
      },
      commit: () => {
        for (const s of staged) s.proxy.setLoaded(s.values);
        this.itemList = staged.map((s) => s.proxy);
      },
    });
    return this;
  }

  add(cellAddress: RangeProxy | string, content: string): CommentProxy {
    let created: string | undefined;
    const proxy = new CommentProxy(this.context, `${this.path}.add()`, () => created ?? "", false);
    const where = typeof cellAddress === "string" ? cellAddress : cellAddress.path;
    this.queue(
      "add",
      [where, content],
      10,
      (t) => {
        let key: string | undefined;
        if (typeof cellAddress === "string") {
          if (!cellAddress.includes("!")) {
            throw new FakeOfficeError("InvalidArgument", "A comment address must include the sheet name.");
          }
          key = normalizeCell(cellAddress);
        } else {
          const located = (cellAddress as unknown as { target(): Located | null }).target();
          const r = located?.rects[0];
          key = r && r.top === r.bottom && r.left === r.right ? areaAddress(r) : undefined;
        }
        if (!key) throw new FakeOfficeError("InvalidArgument", "A comment needs a single cell.");
        if (t.comments.some((c) => c.address === key) || t.notes.has(key)) {
          throw new FakeOfficeError("InvalidOperation", `The cell ${key} already has a comment or note.`);
        }
        created = this.fake.nextId();
        t.comments.push({ id: created, address: key, content });
      },
      { write: (t) => t },
    );
    return proxy;
  }
}

class WorkbookCommentsProxy extends ClientObject<FakeExcel> {
  constructor(ctx: FakeContext) {
    super(ctx, "workbook.comments");
  }

  protected target(): FakeExcel {
    return this.fake;
  }

  protected readProp(): unknown {
    throw new Error("fake: workbook comments collection properties not modelled");
  }

  getItemOrNullObject(id: string): CommentProxy {
    const proxy = new CommentProxy(
      this.context,
      `workbook.comments.getItemOrNullObject(${JSON.stringify(id)})`,
      id,
      true,
    );
    return proxy;
  }
}

class CommentProxy extends ClientObject<{ sheet: SheetModel; id: string }> {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly idSource: string | (() => string),
    nullable: boolean,
  ) {
    super(ctx, path, nullable);
  }

  protected target(): { sheet: SheetModel; id: string } | null {
    const id = typeof this.idSource === "function" ? this.idSource() : this.idSource;
    for (const sheet of this.fake.sheets) if (sheet.comments.some((c) => c.id === id)) return { sheet, id };
    return null;
  }

  protected override propApi(): number {
    return 10;
  }

  protected readProp(t: { sheet: SheetModel; id: string }, name: string): unknown {
    const c = t.sheet.comments.find((x) => x.id === t.id);
    if (name === "id") return t.id;
    if (name === "content") return c?.content;
    throw new Error(`fake: comment.${name}`);
  }

  get id(): string {
    return this.read("id") as string;
  }

  get content(): string {
    return this.read("content") as string;
  }

  getLocation(): RangeProxy {
    const proxy = new RangeProxy(
      this.context,
      `${this.path}.getLocation()`,
      () => this.target()?.sheet ?? null,
      (sheet) => {
        const t = this.target();
        const c = sheet.comments.find((x) => x.id === t?.id);
        return c ? (parseArea(c.address) ?? null) : null;
      },
      this.nullable,
    );
    proxy.minApi = 10;
    return proxy;
  }

  delete(): void {
    this.queue(
      "delete",
      [],
      10,
      (t) => {
        const i = t.sheet.comments.findIndex((c) => c.id === t.id);
        if (i >= 0) t.sheet.comments.splice(i, 1);
      },
      { write: (t) => t.sheet },
    );
  }
}

export type { Fill } from "./fake-model";
