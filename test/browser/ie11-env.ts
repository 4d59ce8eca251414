/**
 * Chromium made to look like Internet Explorer 11 (Office 2016/2019's webview) to the scripts of a page: run before
 * any of them (page.addInitScript, and prepended to the worker's first script), IE11_SCRIPT removes the built-ins
 * IE11 lacks and puts IE11-like Map, Set and WeakMap in place of Chromium's (no iterators, no constructor arguments,
 * `set` and `add` returning undefined). The pages must then bring what they use themselves (core-js and
 * src/polyfills). The natives it replaced stay reachable as `__ie11Natives`, for the test to tell them apart (core-js
 * makes its polyfills' toString look native).
 *
 * Plain ES5 in a string, so that no compiler adds helpers to it.
 */
export const IE11_SCRIPT = `(function (g) {
  var natives = { Promise: g.Promise, Map: g.Map, Set: g.Set, WeakMap: g.WeakMap, Symbol: g.Symbol };
  function drop(owner, names) {
    if (!owner) return;
    for (var i = 0; i < names.length; i++) {
      try { delete owner[names[i]]; } catch (e) {}
      if (names[i] in owner && owner[names[i]] !== undefined) {
        try {
          Object.defineProperty(owner, names[i], { value: undefined, configurable: true, writable: true });
        } catch (e) {}
      }
    }
  }
  drop(g, ["Promise", "Symbol", "Proxy", "Reflect", "fetch", "TextEncoder", "TextDecoder", "URLSearchParams",
    "AbortController", "AbortSignal", "queueMicrotask", "structuredClone", "globalThis"]);
  drop(Object, ["assign", "entries", "values", "fromEntries", "getOwnPropertyDescriptors"]);
  drop(Array, ["from", "of"]);
  drop(Array.prototype, ["find", "findIndex", "findLast", "findLastIndex", "includes", "fill", "flat", "flatMap",
    "copyWithin", "at", "toSorted"]);
  drop(String.prototype, ["includes", "startsWith", "endsWith", "repeat", "padStart", "padEnd", "normalize",
    "codePointAt", "trimStart", "trimEnd", "matchAll", "replaceAll", "at"]);
  drop(String, ["fromCodePoint", "raw"]);
  drop(Number, ["isInteger", "isNaN", "isFinite", "isSafeInteger", "parseFloat", "parseInt"]);
  drop(Math, ["trunc", "sign", "log10", "log2", "cbrt", "hypot", "clz32", "fround", "imul"]);
  if (g.Blob) drop(g.Blob.prototype, ["arrayBuffer", "text", "stream"]);

  // IE11's collections: constructor arguments ignored, no iterators or entries/keys/values, set/add return undefined.
  function collection(Native, methods, chain, sized) {
    function C() { this._c = new Native(); }
    methods.forEach(function (m) {
      C.prototype[m] = function (a, b) {
        var r = this._c[m](a, b);
        return m === chain ? undefined : r;
      };
    });
    if (sized) {
      Object.defineProperty(C.prototype, "size", { get: function () { return this._c.size; } });
      C.prototype.forEach = function (fn, thisArg) {
        var self = this;
        this._c.forEach(function (v, k) { fn.call(thisArg, v, k, self); });
      };
    }
    return C;
  }
  g.Map = collection(natives.Map, ["get", "set", "has", "delete", "clear"], "set", true);
  g.Set = collection(natives.Set, ["add", "has", "delete", "clear"], "add", true);
  g.WeakMap = collection(natives.WeakMap, ["get", "set", "has", "delete"], "set", false);
  g.__ie11Natives = natives;
  g.__ie11Env = true;
})(self);`;

/** Office 2016's Internet Explorer 11 webview, as its user agent says. */
export const IE11_UA =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
