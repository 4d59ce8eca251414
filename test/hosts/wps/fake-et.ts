/**
 * An in-memory fake of WPS 表格's ET object model (the members of src/hosts/wps/et.ts, after Kingsoft's wps-jsapi
 * typings lib.et.d.ts): synchronous and 1-based like VBA; Interior.Color as a BGR number with ColorIndex and
 * Pattern xlNone (−4142) for no fill; Value2 a scalar for one cell and an array of rows for several; formula
 * errors handed over as COM SCODEs, CVErr numbers or text (`errorMode`, since WPS does not document which);
 * comments, where a second AddComment on a cell raises; sheets visible (−1), hidden (0) or very hidden (2);
 * COM-like errors on writes to a protected sheet and on a missing sheet; SheetChange events while EnableEvents is
 * on; PluginStorage and task panes. Every object is wrapped so that any member the host touches that the fake
 * does not emulate is recorded in `unemulated` (tests assert it stays empty), instead of silently reading
 * undefined.
 */
import type { CellValue, SheetData } from "../../../src/engine/model/types";
import type {
  EtApp,
  EtPluginStorage,
  EtRange,
  EtSheets,
  EtTaskPane,
  EtWorkbook,
  EtPageSetup,
  EtWindow,
  EtWorksheet,
} from "../../../src/hosts/wps/et";
import { FakePageSetup, FakeWindow } from "./fake-entry";
import { E_SUBSCRIPT, FakeRange, type RangeHost } from "./fake-range";
import { bgr, MAX_COLS, MAX_ROWS, parseRect, SheetModel, type ErrorMode, type Fill } from "./fake-sheet";

export { SheetModel } from "./fake-sheet";

/** A COM error as ET raises it: a message and the HRESULT in `number`. */
export class FakeComError extends Error {
  constructor(
    readonly number: number,
    message: string,
  ) {
    super(message);
    this.name = "Error";
  }
}

export interface FakeEtOptions {
  readonly errorMode?: ErrorMode;
  readonly date1904?: boolean;
  readonly readOnly?: boolean;
  readonly protectStructure?: boolean;
  readonly name?: string;
  /** No ApiEvent on Application (older builds: only `wps.ApiEvent`). */
  readonly noAppApiEvent?: boolean;
  /** A WPS that raises on Validation.Add / FormatConditions.Add / page setup and freezing. */
  readonly refuse?: { readonly validation?: boolean; readonly formats?: boolean; readonly layout?: boolean };
}

export interface SeedOptions {
  /** `B7` → `#FFC000` (solid) or a full fill in ET's terms. */
  readonly fills?: Readonly<Record<string, string | Fill>>;
  readonly comments?: Readonly<Record<string, string>>;
  /** `E12` → `=SUM(E5:E11)`: a formula cell (its value, if any, from the data as its last result). */
  readonly formulas?: Readonly<Record<string, string>>;
  readonly protect?: boolean;
  readonly visible?: number;
}

type Listener = (sheet: EtWorksheet, target: EtRange) => void;

export class FakeEt implements RangeHost {
  readonly sheets: SheetModel[] = [];
  readonly unemulated = new Set<string>();
  readonly errorMode: ErrorMode;
  readonly storage = new Map<string, unknown>();
  readonly panes: Array<{ url: string; pane: EtTaskPane }> = [];
  readonly listeners = new Map<string, Listener[]>();
  activeIndex = 0;
  calls = 0;
  screenUpdating = true;
  enableEvents = true;
  displayAlerts = true;
  /** Sheets deleted while DisplayAlerts was on (ET would have asked the clerk to confirm each). */
  deletesWithAlerts = 0;
  /** Value2 writes seen while ScreenUpdating was on (the host should switch it off around writes). */
  writesWhileUpdating = 0;
  readonly app: EtApp;

  readonly refuse: NonNullable<FakeEtOptions["refuse"]>;

  constructor(readonly options: FakeEtOptions = {}) {
    this.errorMode = options.errorMode ?? "scode";
    this.refuse = options.refuse ?? {};
    this.app = this.track("Application", new FakeApplication(this));
  }

  addSheet(name: string, data?: Pick<SheetData, "rows" | "merges">, seed: SeedOptions = {}): SheetModel {
    const sheet = new SheetModel(name);
    data?.rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v !== null && v !== undefined) setCell(sheet, r, c, v);
      }),
    );
    if (data) sheet.merges = data.merges.map((m) => ({ ...m }));
    for (const [address, fill] of Object.entries(seed.fills ?? {})) {
      const rect = parseRect(address);
      if (!rect) throw new Error(`bad address ${address}`);
      sheet.at(rect.top, rect.left).fill =
        typeof fill === "string"
          ? { color: bgr(fill), colorIndex: 0, pattern: 1, patternColor: 0 }
          : { ...fill };
    }
    for (const [address, formula] of Object.entries(seed.formulas ?? {})) {
      const rect = parseRect(address);
      if (!rect) throw new Error(`bad address ${address}`);
      sheet.at(rect.top, rect.left).formula = formula;
    }
    for (const [address, text] of Object.entries(seed.comments ?? {})) {
      const rect = parseRect(address);
      if (!rect) throw new Error(`bad address ${address}`);
      sheet.at(rect.top, rect.left).comment = text;
    }
    sheet.protect = seed.protect ?? false;
    sheet.visible = seed.visible ?? -1;
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** The clerk types into cells (fires SheetChange like ET when events are on). */
  edit(sheetName: string, address: string, value: string | number | null): void {
    const sheet = this.sheet(sheetName);
    const rect = parseRect(address);
    if (!rect) throw new Error(`bad address ${address}`);
    const cell = sheet.at(rect.top, rect.left);
    delete cell.error;
    if (value === null) delete cell.value;
    else cell.value = value;
    this.fire(sheet, rect);
  }

  isActive(sheet: SheetModel): boolean {
    return this.sheets[this.activeIndex] === sheet;
  }

  fail(number: number, message: string): never {
    throw new FakeComError(number, message);
  }

  changed(sheet: SheetModel, rect: { top: number; left: number; bottom: number; right: number }): void {
    if (this.screenUpdating) this.writesWhileUpdating++;
    this.fire(sheet, rect);
  }

  private fire(sheet: SheetModel, rect: { top: number; left: number; bottom: number; right: number }): void {
    if (!this.enableEvents) return;
    for (const fn of this.listeners.get("SheetChange") ?? []) {
      fn(this.worksheet(sheet), this.track("Range", new FakeRange(this, sheet, rect)));
    }
  }

  count(): void {
    this.calls++;
  }

  worksheet(model: SheetModel): EtWorksheet {
    return this.track("Worksheet", new FakeWorksheet(this, model));
  }

  /** Records reads of members the fake lacks (a Proxy: tests only, never in dist/). */
  track<T extends object>(kind: string, o: T): T {
    const unemulated = this.unemulated;
    return new Proxy(o, {
      get(target, prop, receiver) {
        if (typeof prop === "string" && !(prop in target) && prop !== "then" && prop !== "toJSON") {
          unemulated.add(`${kind}.${prop}`);
        }
        return Reflect.get(target, prop, receiver) as unknown;
      },
      set(target, prop, value, receiver) {
        if (typeof prop === "string" && !(prop in target)) unemulated.add(`${kind}.${prop}=`);
        return Reflect.set(target, prop, value, receiver);
      },
    });
  }

  /** `wps` as WPS defines it in the add-in's pages (for `wps.EtApplication()` and `wps.ApiEvent`). */
  wpsGlobal(): { EtApplication(): EtApp; ApiEvent: FakeApiEvent } {
    return { EtApplication: () => this.app, ApiEvent: new FakeApiEvent(this) };
  }
}

function setCell(sheet: SheetModel, r: number, c: number, v: CellValue): void {
  const cell = sheet.at(r, c);
  if (typeof v === "object" && v !== null) cell.error = v.error;
  else if (v !== null) cell.value = v;
}

class FakeApiEvent {
  constructor(private readonly et: FakeEt) {}
  AddApiEventListener(name: string, callback: Listener): void {
    const list = this.et.listeners.get(name) ?? [];
    list.push(callback);
    this.et.listeners.set(name, list);
  }
  RemoveApiEventListener(name: string): void {
    this.et.listeners.delete(name);
  }
}

class FakePluginStorage implements EtPluginStorage {
  constructor(private readonly et: FakeEt) {}
  getItem(key: string): unknown {
    return this.et.storage.get(key) ?? null;
  }
  setItem(key: string, value: unknown): void {
    this.et.storage.set(key, value);
  }
  removeItem(key: string): void {
    this.et.storage.delete(key);
  }
}

class FakeApplication implements EtApp {
  readonly PluginStorage: EtPluginStorage;
  readonly ApiEvent?: FakeApiEvent;
  constructor(private readonly et: FakeEt) {
    this.PluginStorage = et.track("PluginStorage", new FakePluginStorage(et));
    if (!et.options.noAppApiEvent) this.ApiEvent = et.track("ApiEvent", new FakeApiEvent(et));
  }
  get ActiveWorkbook(): EtWorkbook | null {
    return this.et.track("Workbook", new FakeWorkbook(this.et));
  }
  get ScreenUpdating(): boolean {
    return this.et.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.et.screenUpdating = Boolean(v);
  }
  get DisplayAlerts(): boolean {
    return this.et.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this.et.displayAlerts = Boolean(v);
  }
  get EnableEvents(): boolean {
    return this.et.enableEvents;
  }
  set EnableEvents(v: boolean) {
    this.et.enableEvents = Boolean(v);
  }
  get ActiveWindow(): EtWindow | null {
    const et = this.et;
    if (et.sheets.length === 0) return null;
    return et.track("Window", new FakeWindow(et, () => et.sheets[et.activeIndex] as SheetModel));
  }
  CreateTaskPane(url: string): EtTaskPane {
    const pane = { ID: this.et.panes.length + 1, Visible: false, DockPosition: 2, Width: 0 };
    this.et.panes.push({ url, pane });
    return pane;
  }
  GetTaskPane(id: number): EtTaskPane | null {
    return this.et.panes.find((p) => p.pane.ID === id)?.pane ?? null;
  }
}

class FakeWorkbook implements EtWorkbook {
  constructor(private readonly et: FakeEt) {}
  get Name(): string {
    return this.et.options.name ?? "乡镇台账.xlsx";
  }
  get Worksheets(): EtSheets {
    return this.et.track("Worksheets", new FakeSheets(this.et));
  }
  get ActiveSheet(): EtWorksheet | null {
    const s = this.et.sheets[this.et.activeIndex];
    return s ? this.et.worksheet(s) : null;
  }
  get Date1904(): boolean {
    return this.et.options.date1904 ?? false;
  }
  get ReadOnly(): boolean {
    return this.et.options.readOnly ?? false;
  }
  get ProtectStructure(): boolean {
    return this.et.options.protectStructure ?? false;
  }
}

class FakeSheets implements EtSheets {
  constructor(private readonly et: FakeEt) {}
  get Count(): number {
    return this.et.sheets.length;
  }
  Item(index: number | string): EtWorksheet {
    this.et.count();
    const s =
      typeof index === "number" ? this.et.sheets[index - 1] : this.et.sheets.find((x) => x.name === index);
    if (!s) this.et.fail(E_SUBSCRIPT, "下标越界");
    return this.et.worksheet(s);
  }
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet {
    this.et.count();
    if (this.et.options.protectStructure) this.et.fail(-2146827284, "工作簿结构受保护");
    let n = this.et.sheets.length + 1;
    while (this.et.sheets.some((x) => x.name === `Sheet${n}`)) n++;
    const model = new SheetModel(`Sheet${n}`);
    const at = after ? after.Index : before ? before.Index - 1 : 0;
    this.et.sheets.splice(at, 0, model);
    this.et.activeIndex = at;
    return this.et.worksheet(model);
  }
}

class FakeWorksheet implements EtWorksheet {
  constructor(
    private readonly et: FakeEt,
    readonly model: SheetModel,
  ) {}
  private alive(): SheetModel {
    if (!this.et.sheets.includes(this.model)) this.et.fail(-2147221080, "对象已被删除");
    return this.model;
  }
  get Name(): string {
    return this.alive().name;
  }
  set Name(v: string) {
    if (this.et.options.protectStructure) this.et.fail(-2146827284, "工作簿结构受保护");
    if (this.et.sheets.some((x) => x !== this.model && x.name === v)) this.et.fail(-2146827284, "名称重复");
    this.alive().name = v;
  }
  get Index(): number {
    return this.et.sheets.indexOf(this.alive()) + 1;
  }
  get Visible(): number {
    return this.alive().visible;
  }
  set Visible(v: number | boolean) {
    if (this.et.options.protectStructure) this.et.fail(-2146827284, "工作簿结构受保护");
    const n = v === true ? -1 : v === false ? 0 : Number(v);
    if (n !== -1 && this.et.sheets.filter((s) => s.visible === -1 && s !== this.model).length === 0) {
      this.et.fail(-2146827284, "工作簿中至少要有一张可见工作表");
    }
    this.alive().visible = n;
  }
  get ProtectContents(): boolean {
    return this.alive().protect;
  }
  get UsedRange(): EtRange {
    this.et.count();
    const m = this.alive();
    let top = MAX_ROWS;
    let left = MAX_COLS;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of m.cells) {
      const empty = c.value === undefined && c.error === undefined && c.formula === undefined;
      if (empty && !c.fill && c.comment === undefined) continue;
      const r = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    const rect = bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
    return this.et.track("Range", new FakeRange(this.et, m, rect));
  }
  Range(address: string): EtRange {
    this.et.count();
    const rect = parseRect(String(address));
    if (!rect) this.et.fail(-2146827284, `地址无效：${address}`);
    return this.et.track("Range", new FakeRange(this.et, this.alive(), rect));
  }
  get Cells(): { Item(row: number, column: number): EtRange } {
    return {
      Item: (row: number, column: number) => {
        this.et.count();
        const rect = { top: row - 1, left: column - 1, bottom: row - 1, right: column - 1 };
        return this.et.track("Range", new FakeRange(this.et, this.alive(), rect));
      },
    };
  }
  get PageSetup(): EtPageSetup {
    return this.et.track("PageSetup", new FakePageSetup(this.et, this.alive().page));
  }
  Activate(): void {
    this.et.activeIndex = this.et.sheets.indexOf(this.alive());
  }
  Delete(): void {
    if (this.et.options.protectStructure) this.et.fail(-2146827284, "工作簿结构受保护");
    const i = this.et.sheets.indexOf(this.alive());
    if (this.et.displayAlerts) this.et.deletesWithAlerts++;
    if (this.model.visible === -1 && this.et.sheets.filter((s) => s.visible === -1).length === 1) {
      this.et.fail(-2146827284, "工作簿中至少要有一张可见工作表");
    }
    this.et.sheets.splice(i, 1);
    if (this.et.activeIndex >= this.et.sheets.length) this.et.activeIndex = 0;
  }
}
