/**
 * Chromium made to look like Internet Explorer 11 (Office 2016/2019's webview) to the scripts of a page: run before
 * any of them (page.addInitScript, and prepended to the worker's first script), it removes the built-ins IE11 lacks
 * and puts IE11-like Map, Set and WeakMap in place of Chromium's (no iterators, no constructor arguments, `set` and
 * `add` returning undefined). The pages must then bring what they use themselves (core-js and src/polyfills).
 *
 * `ie11Builtins` is serialised with toString(): it must stay self-contained (no imports, no closures).
 */
export function ie11Builtins(scope: Record<string, unknown>): void {
  const g = scope as Record<string, Record<string, unknown> | undefined> & Record<string, unknown>;
  const drop = (owner: Record<string, unknown> | undefined, names: string[]) => {
    if (!owner) return;
    for (const name of names) {
      try {
        delete owner[name];
      } catch {
        // non-configurable: leave it
      }
      if (name in owner && owner[name] !== undefined) {
        try {
          Object.defineProperty(owner, name, { value: undefined, configurable: true, writable: true });
        } catch {
          // cannot be removed; the check below reports it
        }
      }
    }
  };
  const proto = (name: string) => (g[name] as { prototype?: Record<string, unknown> } | undefined)?.prototype;
  const NativeMap = g["Map"] as unknown as MapConstructor;
  const NativeSet = g["Set"] as unknown as SetConstructor;
  const NativeWeakMap = g["WeakMap"] as unknown as WeakMapConstructor;

  drop(g, [
    "Promise",
    "Symbol",
    "Proxy",
    "Reflect",
    "fetch",
    "TextEncoder",
    "TextDecoder",
    "URLSearchParams",
    "AbortController",
    "AbortSignal",
    "queueMicrotask",
    "structuredClone",
    "globalThis",
  ]);
  drop(g["Object"], ["assign", "entries", "values", "fromEntries", "getOwnPropertyDescriptors"]);
  drop(g["Array"], ["from", "of"]);
  drop(proto("Array"), [
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "includes",
    "fill",
    "flat",
    "flatMap",
    "copyWithin",
    "at",
    "toSorted",
  ]);
  drop(proto("String"), [
    "includes",
    "startsWith",
    "endsWith",
    "repeat",
    "padStart",
    "padEnd",
    "normalize",
    "codePointAt",
    "trimStart",
    "trimEnd",
    "matchAll",
    "replaceAll",
    "at",
  ]);
  drop(g["String"], ["fromCodePoint", "raw"]);
  drop(g["Number"], ["isInteger", "isNaN", "isFinite", "isSafeInteger", "parseFloat", "parseInt", "EPSILON"]);
  drop(g["Math"], ["trunc", "sign", "log10", "log2", "cbrt", "hypot", "clz32", "fround", "imul"]);
  drop(proto("Blob"), ["arrayBuffer", "text", "stream"]);

  // IE11's collections: constructor arguments ignored, no iterators or entries/keys/values, set/add return undefined.
  function ieCollection(Native: new () => object, methods: string[], chain: string | undefined) {
    function C(this: { _c: object }) {
      this._c = new Native();
    }
    const p = C.prototype as Record<string, unknown>;
    for (const m of methods) {
      p[m] = function (this: { _c: Record<string, (...a: unknown[]) => unknown> }, ...args: unknown[]) {
        const r = this._c[m]?.(...args);
        return m === chain ? undefined : r;
      };
    }
    return C;
  }
  const IEMap = ieCollection(NativeMap, ["get", "set", "has", "delete", "clear"], "set");
  const IESet = ieCollection(NativeSet, ["add", "has", "delete", "clear"], "add");
  const IEWeakMap = ieCollection(NativeWeakMap, ["get", "set", "has", "delete"], "set");
  for (const C of [IEMap, IESet]) {
    Object.defineProperty(C.prototype, "size", {
      get(this: { _c: { size: number } }) {
        return this._c.size;
      },
    });
    (C.prototype as Record<string, unknown>)["forEach"] = function (
      this: { _c: { forEach(f: (v: unknown, k: unknown) => void): void } },
      fn: (v: unknown, k: unknown, c: unknown) => void,
      thisArg?: unknown,
    ) {
      this._c.forEach((v, k) => fn.call(thisArg, v, k, this));
    };
  }
  g["Map"] = IEMap as unknown as Record<string, unknown>;
  g["Set"] = IESet as unknown as Record<string, unknown>;
  g["WeakMap"] = IEWeakMap as unknown as Record<string, unknown>;
  (scope as Record<string, unknown>)["__ie11Env"] = true;
}

/** The same as a script to run first, in a page or a worker. */
export const IE11_SCRIPT = `(${ie11Builtins.toString()})(self);`;

/** Office 2016's Internet Explorer 11 webview, as its user agent says. */
export const IE11_UA =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
