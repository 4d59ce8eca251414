import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { buildXlsx, NS } from "../../scripts/fuzz/parts";
import { ROOT } from "../helpers/cli";

/**
 * No network (issue 9): every CLI process runs with a preload that makes any way out of the process (TCP, TLS,
 * DNS, http(s), http2, UDP, fetch, WebSocket) throw and leave a line in a log; after each run the log must be
 * empty. A control proves the preload catches what it claims to. Both ways of running the CLI are covered: the
 * tsx command line (`npm run -s anju`, which talks to its child over a local pipe — allowed, not network) and
 * the installed bin (bin/anju.js).
 */

const dir = mkdtempSync(join(tmpdir(), "anju-net-"));
const log = join(dir, "network.log");
const TSX_CJS = require.resolve("tsx/cjs", { paths: [ROOT] });
const PRELOAD = join(ROOT, "test", "network", "deny-network.ts");
const env = {
  ...process.env,
  ANJU_NET_LOG: log,
  NODE_OPTIONS: `--require ${TSX_CJS} --require ${PRELOAD}`,
  // Proxies must not matter either: nothing may try them.
  HTTP_PROXY: "http://127.0.0.1:9",
  HTTPS_PROXY: "http://127.0.0.1:9",
};

function node(args: readonly string[]) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tsxCli = (args: readonly string[]) =>
  node([join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "src", "cli", "main.ts"), ...args]);
const bin = (args: readonly string[]) => node([join(ROOT, "bin", "anju.js"), ...args]);

const recorded = () => (existsSync(log) ? readFileSync(log, "utf8") : "");

beforeEach(() => rmSync(log, { force: true }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("control: the preload records and refuses every kind of network access", () => {
  const r = node([
    "-e",
    `for (const f of [
      () => fetch("http://127.0.0.1:9/"),
      () => require("net").connect(9, "127.0.0.1"),
      () => new (require("net").Socket)().connect({ port: 9, host: "192.0.2.1" }),
      () => require("tls").connect(443, "example.invalid"),
      () => require("dns").lookup("example.invalid", () => {}),
      () => require("dns").promises.resolve4("example.invalid"),
      () => require("http").get("http://example.invalid/"),
      () => require("https").request("https://example.invalid/"),
      () => require("http2").connect("https://example.invalid"),
      () => require("dgram").createSocket("udp4").send("x", 9, "127.0.0.1"),
    ]) { try { f(); } catch {} }`,
  ]);
  expect(r.status).toBe(0);
  const lines = recorded().trim().split("\n");
  for (const what of [
    "fetch",
    "net.connect",
    "net.Socket.connect",
    "dns.lookup",
    "dns.promises.resolve4",
    "http.get",
    "https.request",
    "http2.connect",
    "dgram.send",
  ]) {
    expect(lines.some((l) => l.includes(` ${what} `))).toBe(true);
  }
  // tls.connect ends in net.Socket.connect.
  expect(lines.filter((l) => l.includes("net.Socket.connect")).length).toBeGreaterThanOrEqual(2);
});

describe("the CLI never touches the network", () => {
  const sample = join(dir, "sample-township.xlsx");
  const hostile = join(dir, "xxe-http.xlsx");
  beforeAll(() => {
    copyFileSync(join(ROOT, "test", "fixtures", "sample-township.xlsx"), sample);
    // An external entity and an external relationship both pointing at a local port.
    writeFileSync(
      hostile,
      buildXlsx({ sheets: [{ name: "S" }] }, (p) => {
        p["xl/worksheets/sheet1.xml"] =
          `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>` +
          `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>`;
        p["xl/_rels/workbook.xml.rels"] = p["xl/_rels/workbook.xml.rels"]!.replace(
          "</Relationships>",
          `<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="http://127.0.0.1:9/book.xlsx" TargetMode="External"/></Relationships>`,
        );
      }),
    );
  });

  test.each<[string, (dir: string) => string[], readonly number[]]>([
    ["check, text", () => ["check", sample, "--today", "2024-07-15"], [1]],
    ["check, json", () => ["check", sample, "--today", "2024-07-15", "--format", "json"], [1]],
    ["check, csv", () => ["check", sample, "--today", "2024-07-15", "--format", "csv"], [1]],
    [
      "check --out",
      (d) => ["check", sample, "--today", "2024-07-15", "--out", join(d, "annotated.xlsx")],
      [1],
    ],
    [
      "check of a workbook with external entities and links",
      () => ["check", hostile, "--today", "2024-07-15"],
      [2],
    ],
    [
      "summarize",
      (d) => ["summarize", sample, "--today", "2024-07-15", "--out", join(d, "summary.xlsx")],
      [0, 1],
    ],
    ["usage error", () => ["frobnicate"], [2]],
  ])("%s (tsx command line and installed bin)", (_name, args, statuses) => {
    for (const [how, run] of [
      ["tsx", tsxCli],
      ["bin", bin],
    ] as const) {
      const out = mkdtempSync(join(dir, `${how}-`));
      const r = run(args(out));
      expect({ how, network: recorded() }).toEqual({ how, network: "" });
      expect({ how, status: statuses.includes(r.status ?? -1) ? "expected" : r.status }).toEqual({
        how,
        status: "expected",
      });
      expect(r.stderr).not.toMatch(/network access denied/);
    }
  });
});

test("no network API in the engine, the xlsx host or the CLI sources", () => {
  const roots = ["src/engine", "src/workbook", "src/cli"].map((d) => join(ROOT, d));
  const offenders: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name)) {
        const code = readFileSync(p, "utf8");
        const bad = code.match(
          /from "(node:)?(net|tls|dns|http|https|http2|dgram)"|require\("(node:)?(net|tls|dns|http|https|http2|dgram)"\)|\bfetch\(|XMLHttpRequest|new WebSocket|navigator\.sendBeacon/,
        );
        if (bad) offenders.push(`${relative(ROOT, p)}: ${bad[0]}`);
      }
    }
  };
  roots.forEach(walk);
  expect(offenders).toEqual([]);
});
