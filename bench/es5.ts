/**
 * `npm run bench -- --only es5`: the price of the IE11 build (SPEC §7, issue 14). The engine bundled as the pages
 * are (webpack.config.js's own rules: ts-loader, then Babel to ES5 with core-js; src/polyfills first) against the
 * same engine bundled modern (ES2022, no Babel, no polyfills), both checking the same 100k rows in Chromium: one
 * page per build, warmed up, then round by round, the two alternating, the garbage collected before each timed
 * check; and the pages' script sizes, ES5 (dist/, from `npm run build`) against a modern build of the same pages
 * (`webpack --env modern`, into bench/tmp/).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type CDPSession, type Page } from "playwright-core";
import webpack, { type RuleSetRule } from "webpack";
import type { Stat } from "./report";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pages = require("../webpack.config.js") as {
  scriptRules(modern: boolean): RuleSetRule[];
  PAGE_POLYFILLS: string;
};

export interface Es5Results {
  rows: number;
  /** Wall time of the check, and the CPU time of the page's main thread during it. */
  es5: { ms: Stat; cpuMs: Stat; findings: number };
  /** The ES5 build as Chromium ≤ 121 runs it: core-js's Array.prototype.push in place of the native one. */
  es5OldV8: { ms: Stat; cpuMs: Stat; findings: number };
  modern: { ms: Stat; cpuMs: Stat; findings: number };
  /** Timed checks of each build before the measured rounds, discarded. */
  warmup: number;
  /** es5 ÷ modern, round by round: wall time, and main-thread CPU time (what the target is judged on). */
  ratio: Stat;
  ratioCpu: Stat;
  ratioOldV8Cpu: Stat;
  /** Bytes of each page's scripts (entry bundle plus the chunks it loads), raw and gzipped. */
  sizes: Array<{ page: string; es5: number; es5Gzip: number; modern: number; modernGzip: number }>;
  /** Wall time of the modern page build (the ES5 one is `npm run build`, timed by the caller). */
  modernBuildMs: number;
}

function bundle(root: string, outDir: string, form: "es5" | "modern"): Promise<string> {
  const entry = join(root, "bench", "es5-entry.ts");
  const compiler = webpack({
    mode: "production",
    context: root,
    target: form === "es5" ? ["web", "es5"] : ["web", "es2022"],
    entry: form === "es5" ? [pages.PAGE_POLYFILLS, entry] : entry,
    output: { path: outDir, filename: `engine-${form}.js` },
    resolve: { extensions: [".ts", ".js"], alias: { exceljs: false } },
    module: { rules: pages.scriptRules(form === "modern") },
    devtool: false,
    performance: { hints: false },
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve(join(outDir, `engine-${form}.js`));
    });
  });
}

/**
 * Each page's scripts: its entry bundle and every other chunk of ours (shared chunks, the check worker, the lazy
 * SheetJS chunk), in dist/ and dist/wps/; and the offline page with everything inlined.
 */
function pageSizes(dist: string): Map<string, { raw: number; gzip: number }> {
  const out = new Map<string, { raw: number; gzip: number }>();
  for (const folder of [dist, join(dist, "wps")]) {
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).filter((x) => /\.[0-9a-f]{8}\.js$/.test(x))) {
      const file = join(folder, f);
      if (!statSync(file).isFile()) continue;
      const name = relative(dist, file).replace(/\.[0-9a-f]{8}\.js$/, "");
      const page = /^\d+$/.test(name) ? "shared chunks" : name;
      const bytes = readFileSync(file);
      const had = out.get(page) ?? { raw: 0, gzip: 0 };
      out.set(page, { raw: had.raw + bytes.length, gzip: had.gzip + gzipSync(bytes).length });
    }
  }
  const offline = join(dist, "anju-offline.html");
  if (existsSync(offline)) {
    const bytes = readFileSync(offline);
    out.set("anju-offline.html", { raw: bytes.length, gzip: gzipSync(bytes).length });
  }
  return out;
}

interface Run {
  /** Wall milliseconds of the check. */
  ms: number;
  /** CPU milliseconds of the page's main thread during the check (Chromium's ThreadTime metric). */
  cpuMs: number;
  findings: number;
  digest: string;
}

interface Bench {
  page: Page;
  cdp: CDPSession;
}

async function threadTime({ cdp }: Bench): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const t = metrics.find((m) => m.name === "ThreadTime")?.value;
  if (t === undefined) throw new Error("es5: Chromium reports no ThreadTime metric");
  return t * 1000;
}

/** One check of `rows` households in the page: the table built and the garbage collected first, not timed. */
async function runIn(b: Bench, rows: number): Promise<Run> {
  await b.page.evaluate(
    (n) => (window as unknown as { __anjuBenchPrepare(n: number): void }).__anjuBenchPrepare(n),
    rows,
  );
  const c0 = await threadTime(b);
  const r = await b.page.evaluate(() =>
    (window as unknown as { __anjuBenchRun(): Omit<Run, "cpuMs"> }).__anjuBenchRun(),
  );
  return { ...r, cpuMs: (await threadTime(b)) - c0 };
}

/**
 * Chromium before 122 (the 360, QQ and 奇安信 cores, WPS's CEF, Chrome 109 on Windows 7) fails core-js's
 * check of Array.prototype.push (a non-writable length must throw a TypeError), so there core-js puts its own push
 * in place of the native one. This makes the check fail here too, while the bundle loads, and nothing else: the
 * ES5 build as those browsers run it.
 */
const OLD_V8_PUSH = `(function () {
  var real = Object.defineProperty;
  Object.defineProperty = function (o, key, d) {
    if (Array.isArray(o) && o.length === 0 && key === "length" && d && d.writable === false)
      return { push: function () {}, set length(v) { throw new TypeError("read only"); } };
    return real.apply(this, arguments);
  };
  window.__anjuRestore = function () { Object.defineProperty = real; };
})();`;

type Form = "es5" | "es5OldV8" | "modern";
const FORMS: readonly Form[] = ["es5", "es5OldV8", "modern"];

async function openBench(browser: Browser, script: string, form: Form): Promise<Bench> {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  if (form === "es5OldV8") await page.evaluate(OLD_V8_PUSH);
  await page.addScriptTag({ content: readFileSync(script, "utf8") });
  if (form === "es5OldV8") await page.evaluate("window.__anjuRestore()");
  const state = await page.evaluate(() => ({
    gc: typeof (window as unknown as { gc?: unknown }).gc === "function",
    // Past the largest index, core-js's push says so in its own words.
    corePush: (() => {
      try {
        Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1);
        return false;
      } catch (e) {
        return e instanceof Error && e.message === "Maximum allowed index exceeded";
      }
    })(),
  }));
  if (!state.gc) throw new Error("es5: no gc() in the page (--js-flags=--expose-gc)");
  if (state.corePush !== (form === "es5OldV8"))
    throw new Error(`es5: ${form}: Array.prototype.push is ${state.corePush ? "core-js's" : "native"}`);
  return { page, cdp };
}

export async function benchEs5(
  root: string,
  tmp: string,
  stat: (v: readonly number[]) => Stat,
  log: (line: string) => void,
  rows = 100_000,
  rounds = 7,
  warmup = 2,
): Promise<Es5Results> {
  const engine = await benchEs5Engine(root, tmp, log, rows, rounds, warmup);
  const { sizes, modernBuildMs } = compareSizes(root, tmp, log);
  const ratio = (a: readonly number[], b: readonly number[]) => stat(a.map((t, i) => t / (b[i] ?? NaN)));
  const form = (f: Form) => ({
    ms: stat(engine.ms[f]),
    cpuMs: stat(engine.cpuMs[f]),
    findings: engine.findings,
  });
  return {
    rows,
    es5: form("es5"),
    es5OldV8: form("es5OldV8"),
    modern: form("modern"),
    warmup,
    ratio: ratio(engine.ms.es5, engine.ms.modern),
    ratioCpu: ratio(engine.cpuMs.es5, engine.cpuMs.modern),
    ratioOldV8Cpu: ratio(engine.cpuMs.es5OldV8, engine.cpuMs.modern),
    sizes,
    modernBuildMs,
  };
}

/**
 * The engine's check times (wall and main-thread CPU), round by round, in each form on the same `rows`, and their
 * number of findings (the same in every form, or this throws).
 */
export async function benchEs5Engine(
  root: string,
  tmp: string,
  log: (line: string) => void,
  rows: number,
  rounds: number,
  warmup: number,
): Promise<{ ms: Record<Form, number[]>; cpuMs: Record<Form, number[]>; findings: number }> {
  log("es5: bundling the engine twice (ES5 as the pages, modern ES2022)");
  const files = { es5: await bundle(root, tmp, "es5"), modern: await bundle(root, tmp, "modern") };
  const browser = await chromium.launch({
    executablePath: process.env.ANJU_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--js-flags=--expose-gc"],
  });
  const ms: Record<Form, number[]> = { es5: [], es5OldV8: [], modern: [] };
  const cpuMs: Record<Form, number[]> = { es5: [], es5OldV8: [], modern: [] };
  let first: Run | undefined;
  try {
    // One page per form, each kept for all its runs, so that every timed check runs on warm code.
    const page = {
      es5: await openBench(browser, files.es5, "es5"),
      es5OldV8: await openBench(browser, files.es5, "es5OldV8"),
      modern: await openBench(browser, files.modern, "modern"),
    };
    const run = async (form: Form, what: string) => {
      const r = await runIn(page[form], rows);
      first ??= r;
      // Same rows, same findings: otherwise the builds did not do the same work.
      if (r.findings !== first.findings || r.digest !== first.digest)
        throw new Error(
          `es5: ${form} found ${r.findings} (${r.digest}), expected ${first.findings} (${first.digest})`,
        );
      log(
        `es5: ${what} ${form} ${r.ms.toFixed(0)} ms, CPU ${r.cpuMs.toFixed(0)} ms (${r.findings} findings)`,
      );
      return r;
    };
    for (let i = 0; i < warmup; i++) for (const form of FORMS) await run(form, `warm-up ${i + 1}/${warmup}`);
    for (let round = 0; round < rounds; round++) {
      // Each round starts with another form, so that drift on the shared machine falls on all alike.
      for (let k = 0; k < FORMS.length; k++) {
        const form = FORMS[(round + k) % FORMS.length] as Form;
        const r = await run(form, `round ${round + 1}/${rounds}`);
        ms[form].push(r.ms);
        cpuMs[form].push(r.cpuMs);
      }
    }
  } finally {
    await browser.close();
  }
  return { ms, cpuMs, findings: first?.findings ?? 0 };
}

/** Script sizes of each page, dist/ (ES5, `npm run build`) against the same pages built modern. */
function compareSizes(
  root: string,
  tmp: string,
  log: (line: string) => void,
): Pick<Es5Results, "sizes" | "modernBuildMs"> {
  log("es5: building the pages modern (webpack --env modern) for the size comparison");
  const modernDist = join(tmp, "dist-modern");
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      join(root, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--mode",
      "production",
      "--env",
      "modern",
      "--output-path",
      modernDist,
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`modern build failed: ${r.stderr}`);
  const modernBuildMs = performance.now() - t0;
  const offline = spawnSync(
    process.execPath,
    [
      join(root, "node_modules", "tsx", "dist", "cli.mjs"),
      join(root, "scripts", "inline-offline.ts"),
      modernDist,
    ],
    { cwd: root, encoding: "utf8" },
  );
  if (offline.status !== 0) throw new Error(`modern offline page failed: ${offline.stderr}`);
  const es5Sizes = pageSizes(join(root, "dist"));
  const modernSizes = pageSizes(modernDist);
  const sizes = [...es5Sizes].map(([page, e]) => {
    const m = modernSizes.get(page) ?? { raw: NaN, gzip: NaN };
    return { page, es5: e.raw, es5Gzip: e.gzip, modern: m.raw, modernGzip: m.gzip };
  });
  return { sizes, modernBuildMs };
}
