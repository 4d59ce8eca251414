/** The proxy base of the fake Excel (fake-excel.ts): queued commands, load/sync, null objects. */
import type { FakeExcel } from "./fake-excel";
import { FakeOfficeError, type SheetModel } from "./fake-model";

/** What a proxy needs of its request context. */
export interface ContextLike {
  readonly fake: FakeExcel;
  readonly queue: Command[];
}

export interface Command {
  readonly path: string;
  readonly op: string;
  readonly args: unknown;
  readonly minApi: number;
  /** Runs the command against the grid; returns what goes back in the response, if anything. */
  readonly exec: () => unknown;
  /** After the whole batch succeeded: makes loaded values readable. */
  readonly commit?: () => void;
}

export function notLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Base of every proxy: queued commands, load/sync, null objects. */
export abstract class ClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: ContextLike,
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

export class ClientResult<T> {
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
