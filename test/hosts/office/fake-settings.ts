import type { OfficeSettingsBag } from "../../../src/hosts/office/settings";

/**
 * Office.context.document.settings as Microsoft documents Office.Settings: the bag is loaded from the document
 * when the add-in starts (one copy per session, `env()` here); `get` gives null for a name never set; `set` and
 * `remove` change the copy in memory only; `saveAsync` writes the whole copy into the document later (callback
 * with an AsyncResult whose status is "succeeded" or "failed"); values are stored as JSON, so anything set must
 * be serialisable. The document's saved bag is `FakeDocumentSettings.saved`.
 */
export class FakeDocumentSettings {
  /** What the document holds (JSON text per name), what a new session loads. */
  readonly saved = new Map<string, string>();
  /** The next saveAsync fails with this message (Excel on the web offline, document read-only …). */
  failNextSave: string | undefined;
  saves = 0;

  /** A session's bag: a copy of what the document holds now. */
  load(): OfficeSettingsBag {
    const memory = new Map(this.saved);
    return {
      get: (name) => {
        const v = memory.get(name);
        return v === undefined ? null : (JSON.parse(v) as unknown);
      },
      set: (name, value) => {
        const text = JSON.stringify(value);
        if (text === undefined) throw new Error("fake: Office settings hold JSON values only");
        memory.set(name, text);
      },
      saveAsync: (callback) => {
        const failure = this.failNextSave;
        this.failNextSave = undefined;
        setTimeout(() => {
          if (failure !== undefined) {
            callback({ status: "failed", error: { message: failure } });
            return;
          }
          this.saved.clear();
          for (const [k, v] of memory) this.saved.set(k, v);
          this.saves++;
          callback({ status: "succeeded" });
        }, 0);
      },
    };
  }
}
