import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type BrowserContext, type Request } from "playwright-core";

export const ROOT = resolve(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
/** Each run's screenshots (git-ignored); a chosen few are copied to test/screenshots/ and committed. */
export const SCREENSHOTS = join(ROOT, "test", "screenshots", "tmp");
export const CHROMIUM = process.env.ANJU_CHROMIUM ?? "/usr/bin/chromium";

/**
 * dist/ as `npm test` leaves it (it builds before jest). Run on its own, a missing build is made here (webpack,
 * then the one-file offline page); ANJU_REBUILD=1 forces it.
 */
export function ensureDist(): void {
  const built =
    existsSync(join(DIST, "web.html")) &&
    existsSync(join(DIST, "taskpane.html")) &&
    existsSync(join(DIST, "wps", "taskpane.html"));
  if (!built || process.env.ANJU_REBUILD) {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"],
      { cwd: ROOT, encoding: "utf8", timeout: 600_000 },
    );
    if (r.status !== 0) throw new Error(`webpack build failed:\n${r.stdout}\n${r.stderr}`);
  }
  if (!built || process.env.ANJU_REBUILD || !existsSync(join(DIST, "anju-offline.html"))) {
    // dist/anju-offline.html, as `npm run build` makes it after webpack.
    const r = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "scripts", "inline-offline.ts")],
      { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
    );
    if (r.status !== 0) throw new Error(`inline-offline failed:\n${r.stdout}\n${r.stderr}`);
  }
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface StaticServer {
  readonly origin: string;
  /** Paths asked for, in order. */
  readonly served: string[];
  close(): Promise<void>;
}

/** dist/ over http on 127.0.0.1 (an ephemeral port), GET only, nothing outside dist/. */
export async function serveDist(root = DIST): Promise<StaticServer> {
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    served.push(path);
    const file = normalize(join(root, path === "/" ? "web.html" : path));
    if (
      req.method !== "GET" ||
      !file.startsWith(root + sep) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface Browser {
  readonly context: BrowserContext;
  /** Every request the pages made (blocked ones included). */
  readonly requests: string[];
  /** Requests that would have left 127.0.0.1 (aborted). */
  readonly outside: string[];
  close(): Promise<void>;
}

/** Debian's chromium, headless, a fresh profile, and any request to anywhere but the test server aborted. */
export async function launch(
  origin: string,
  options: { locale?: string; width?: number; height?: number } = {},
): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install it with \`apt-get install -y chromium\` (.ci/run does)`);
  }
  const profile = mkdtempSync(join(tmpdir(), "anju-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    acceptDownloads: true,
    locale: options.locale ?? "zh-CN",
    viewport: { width: options.width ?? 1360, height: options.height ?? 860 },
  });
  const requests: string[] = [];
  const outside: string[] = [];
  const local = (url: string) =>
    url.startsWith(`${origin}/`) || url.startsWith("blob:") || url.startsWith("data:");
  context.on("request", (r: Request) => {
    requests.push(r.url());
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return {
    context,
    requests,
    outside,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}

export function tmpDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
