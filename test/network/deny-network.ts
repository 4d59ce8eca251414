/* eslint-disable @typescript-eslint/no-require-imports -- a preload patches the modules' own objects */
import { appendFileSync } from "node:fs";

/**
 * Makes every way out of the process fail loudly and leave a trace: TCP/TLS sockets (which http, https, fetch's
 * undici, net and tls all end in), name lookups, http(s)/http2 requests, UDP, fetch and WebSocket. Loaded as a
 * preload (`NODE_OPTIONS=--require …tsx/cjs --require …/deny-network.ts`, with ANJU_NET_LOG naming a file) in
 * every CLI process of the no-network test, and installed in the fuzz test's worker.
 */
export function denyNetwork(record: (what: string) => void): void {
  const deny = (what: string) => {
    record(what);
    throw new Error(`network access denied in tests: ${what}`);
  };
  const net = require("node:net") as typeof import("node:net");
  const dns = require("node:dns") as typeof import("node:dns");
  const http = require("node:http") as typeof import("node:http");
  const https = require("node:https") as typeof import("node:https");
  const http2 = require("node:http2") as typeof import("node:http2");
  const dgram = require("node:dgram") as typeof import("node:dgram");
  const patch = (obj: object, key: string, what: string, allowLocal = false) => {
    const original = (obj as Record<string, unknown>)[key] as ((...a: unknown[]) => unknown) | undefined;
    Object.defineProperty(obj, key, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        // A Unix socket or Windows pipe (tsx talks to its own parent process that way) is not the network.
        if (allowLocal && original && isLocalIpc(args)) return original.apply(this, args);
        return deny(`${what} ${describe(args[0])}`);
      },
    });
  };
  patch(net.Socket.prototype, "connect", "net.Socket.connect", true);
  patch(net, "connect", "net.connect", true);
  patch(net, "createConnection", "net.createConnection", true);
  for (const fn of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "lookupService"]) {
    patch(dns, fn, `dns.${fn}`);
    patch(dns.promises, fn, `dns.promises.${fn}`);
  }
  for (const [name, mod] of [
    ["http", http],
    ["https", https],
  ] as const) {
    patch(mod, "request", `${name}.request`);
    patch(mod, "get", `${name}.get`);
  }
  patch(http2, "connect", "http2.connect");
  patch(dgram.Socket.prototype, "send", "dgram.send");
  patch(dgram.Socket.prototype, "connect", "dgram.connect");
  patch(globalThis, "fetch", "fetch");
  if ("WebSocket" in globalThis) patch(globalThis, "WebSocket", "WebSocket");
}

/** `connect(path)`, `connect({ path })` or the internal `[{ path }, cb]` form: a local socket, no host. */
function isLocalIpc(args: readonly unknown[]): boolean {
  let first = args[0];
  if (Array.isArray(first)) first = first[0];
  if (typeof first === "string") return !/^\d+$/.test(first);
  return (
    typeof first === "object" && first !== null && typeof (first as { path?: unknown }).path === "string"
  );
}

function describe(target: unknown): string {
  if (typeof target === "string") return target;
  if (target instanceof URL) return target.href;
  if (target && typeof target === "object") {
    const o = target as { host?: unknown; hostname?: unknown; port?: unknown; path?: unknown };
    return `${String(o.hostname ?? o.host ?? o.path ?? "")}:${String(o.port ?? "")}`;
  }
  return String(target);
}

const log = process.env.ANJU_NET_LOG;
if (log) denyNetwork((what) => appendFileSync(log, `${process.pid} ${what}\n`));
