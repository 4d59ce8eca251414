/** The workbook, its sheets and the runtime in the fake Excel (fake-excel.ts). */
import { ClientObject, notLoaded, type ContextLike } from "./fake-client";
import { pageLayoutProxy } from "./fake-entry";
import type { FakeExcel } from "./fake-excel";
import { FakeOfficeError, parseArea, SheetModel, type ChangeHandler } from "./fake-model";
import { NotesProxy, WorkbookCommentsProxy, WorksheetCommentsProxy } from "./fake-notes";
import { RangeAreasProxy, RangeProxy } from "./fake-range";

export class WorkbookProxy extends ClientObject<FakeExcel> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly functions: FunctionsProxy;
  readonly comments: WorkbookCommentsProxy;
  readonly application: ApplicationProxy;

  constructor(ctx: ContextLike) {
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

export class RuntimeProxy extends ClientObject<FakeExcel> {
  constructor(ctx: ContextLike) {
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
  constructor(ctx: ContextLike) {
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
  constructor(ctx: ContextLike) {
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
    ctx: ContextLike,
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

  constructor(ctx: ContextLike) {
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

export class WorksheetProxy extends ClientObject<SheetModel> {
  private bound: SheetModel | undefined;
  minApi = 1;
  readonly protection: ProtectionProxy;

  constructor(
    ctx: ContextLike,
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

  get onChanged(): { add(handler: ChangeHandler): { context: ContextLike; remove(): void } } {
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

  /** ExcelApi 1.9 (fake-entry.ts). */
  get pageLayout(): ReturnType<typeof pageLayoutProxy> {
    return pageLayoutProxy((op, args, run) => this.queue(op, args, 9, run, { write: (t) => t }));
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
    ctx: ContextLike,
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
