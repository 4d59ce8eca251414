/** Notes (ExcelApi 1.18) and threaded comments (1.10) in the fake Excel (fake-excel.ts). */
import { ClientObject, notLoaded, type ContextLike } from "./fake-client";
import { areaAddress, FakeOfficeError, parseArea, SheetModel } from "./fake-model";
import type { FakeExcel } from "./fake-excel";
import { RangeProxy, type Located } from "./fake-range";

export class NotesProxy extends ClientObject<SheetModel> {
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
    ctx: ContextLike,
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

export class WorksheetCommentsProxy extends ClientObject<SheetModel> {
  private itemList: CommentProxy[] | undefined;

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

export class WorkbookCommentsProxy extends ClientObject<FakeExcel> {
  constructor(ctx: ContextLike) {
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

export class CommentProxy extends ClientObject<{ sheet: SheetModel; id: string }> {
  constructor(
    ctx: ContextLike,
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
