/**
 * The DOM pieces the pages use that Internet Explorer 11 lacks and core-js does not provide, each installed only
 * where missing: AbortController (the 取消 button), Blob.arrayBuffer (reading a picked file), Element.closest /
 * matches / remove, and a DOMException that can be constructed (IE11's cannot be called with `new`).
 */

interface Listener {
  readonly fn: (event: { type: string; target: unknown }) => void;
  readonly once: boolean;
}

export class AbortSignalPolyfill {
  aborted = false;
  reason: unknown = undefined;
  onabort: ((event: { type: string; target: unknown }) => void) | null = null;
  private listeners: Listener[] = [];

  addEventListener(type: string, fn: Listener["fn"], options?: boolean | { once?: boolean }): void {
    if (type !== "abort" || typeof fn !== "function") return;
    if (this.listeners.some((l) => l.fn === fn)) return;
    this.listeners.push({
      fn,
      once: typeof options === "object" && options !== null && options.once === true,
    });
  }

  removeEventListener(type: string, fn: Listener["fn"]): void {
    if (type !== "abort") return;
    this.listeners = this.listeners.filter((l) => l.fn !== fn);
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  /** Called by the controller. */
  fire(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const event = { type: "abort", target: this };
    const listeners = this.listeners;
    this.listeners = listeners.filter((l) => !l.once);
    if (this.onabort) this.onabort.call(this, event);
    for (const l of listeners) l.fn.call(this, event);
  }
}

export class AbortControllerPolyfill {
  readonly signal = new AbortSignalPolyfill();
  abort(reason?: unknown): void {
    this.signal.fire(reason === undefined ? abortError() : reason);
  }
}

function abortError(): Error {
  const e = new Error("signal is aborted without reason");
  e.name = "AbortError";
  return e;
}

/** A DOMException stand-in for IE11: an Error with the given name (`e.name === "AbortError"` still holds). */
function DOMExceptionPolyfill(message?: string, name?: string): Error {
  const e = new Error(message ?? "");
  e.name = name ?? "Error";
  return e;
}

function constructsDomException(): boolean {
  try {
    return new DOMException("x", "AbortError").name === "AbortError";
  } catch {
    return false;
  }
}

function closestFrom(start: Element, selector: string): Element | null {
  for (let el: Element | null = start; el; el = el.parentElement) if (el.matches(selector)) return el;
  return null;
}

if (typeof window !== "undefined") {
  const w = window as unknown as Record<string, unknown>;
  if (typeof w["AbortController"] === "undefined") {
    w["AbortController"] = AbortControllerPolyfill;
    w["AbortSignal"] = AbortSignalPolyfill;
  }
  if (typeof DOMException === "undefined" || !constructsDomException())
    w["DOMException"] = DOMExceptionPolyfill;

  if (typeof Blob !== "undefined" && typeof Blob.prototype.arrayBuffer !== "function") {
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    };
  }

  const proto = Element.prototype as Element & { msMatchesSelector?: (selector: string) => boolean };
  if (typeof proto.matches !== "function" && typeof proto.msMatchesSelector === "function") {
    proto.matches = proto.msMatchesSelector;
  }
  if (typeof proto.closest !== "function") {
    proto.closest = function closest(this: Element, selector: string): Element | null {
      return closestFrom(this, selector);
    };
  }
  for (const type of [Element, CharacterData, DocumentType]) {
    const p = type.prototype as { remove?: () => void };
    if (typeof p.remove !== "function") {
      p.remove = function remove(this: ChildNode): void {
        this.parentNode?.removeChild(this);
      };
    }
  }
}
