/**
 * `npm run bench -- --only es5`: the price of the IE11 build (SPEC §7, issue 14). The engine bundled as the pages
 * are (Babel to ES5 with core-js, src/polyfills first) against the same engine bundled modern (ES2022, no Babel),
 * both checking 100k rows in Chromium, round by round; and the pages' script sizes, ES5 (dist/, from
 * `npm run build`) against a modern build of the same pages (`webpack --env modern`, into bench/tmp/).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import webpack from "webpack";
import type { Stat } from "./report";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { babelOptions, NOT_COMPILED } = require("../scripts/babel-pages.js") as {
  babelOptions(o?: { cache?: boolean }): object;
  NOT_COMPILED: RegExp;
};

export interface Es5Results {
  rows: number;
  es5: { ms: Stat; findings: number };
  modern: { ms: Stat; findings: number };
  /** es5 ÷ modern, round by round. */
  ratio: Stat;
  /** Bytes of each page's scripts (entry bundle plus the chunks it loads), raw and gzipped. */
  sizes: Array<{ page: string; es5: number; es5Gzip: number; modern: number; modernGzip: number }>;
  /** Wall time of the modern page build (the ES5 one is `npm run build`, timed by the caller). */
  modernBuildMs: number;
}

function bundle(root: string, outDir: string, form: "es5" | "modern"): Promise<string> {
  const ts = {
    loader: "ts-loader",
    options: { transpileOnly: true, configFile: join(root, "tsconfig.json") },
  };
  const babel = { loader: "babel-loader", options: babelOptions() };
  const compiler = webpack({
    mode: "production",
    target: form === "es5" ? ["web", "es5"] : ["web", "es2022"],
    entry:
      form === "es5"
        ? [join(root, "src", "polyfills", "page.ts"), join(root, "bench", "es5-entry.ts")]
        : join(root, "bench", "es5-entry.ts"),
    output: { path: outDir, filename: `engine-${form}.js` },
    resolve: { extensions: [".ts", ".js"], alias: { exceljs: false } },
    module: {
      rules:
        form === "es5"
          ? [
              { test: /\.ts$/, exclude: /node_modules/, use: [babel, ts] },
              { test: /\.m?js$/, include: /[\\/]node_modules[\\/]/, exclude: NOT_COMPILED, use: babel },
            ]
          : [{ test: /\.ts$/, exclude: /node_modules/, use: ts }],
    },
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

/** Each page's scripts: its entry bundle and every other chunk of ours in the folder (shared chunks, worker). */
function pageSizes(dist: string): Map<string, { raw: number; gzip: number }> {
  const out = new Map<string, { raw: number; gzip: number }>();
  const ours = readdirSync(dist).filter((f) => /\.[0-9a-f]{8}\.js$/.test(f));
  for (const f of ours) {
    const name = f.replace(/\.[0-9a-f]{8}\.js$/, "");
    const page = /^\d+$/.test(name) ? "shared chunks" : name;
    const bytes = readFileSync(join(dist, f));
    const had = out.get(page) ?? { raw: 0, gzip: 0 };
    out.set(page, { raw: had.raw + bytes.length, gzip: had.gzip + gzipSync(bytes).length });
  }
  const offline = join(dist, "anju-offline.html");
  if (existsSync(offline)) {
    const bytes = readFileSync(offline);
    out.set("anju-offline.html", { raw: bytes.length, gzip: gzipSync(bytes).length });
  }
  return out;
}

export async function benchEs5(
  root: string,
  tmp: string,
  stat: (v: readonly number[]) => Stat,
  log: (line: string) => void,
  rows = 100_000,
  rounds = 5,
): Promise<Es5Results> {
  log("es5: bundling the engine twice (ES5 as the pages, modern ES2022)");
  const files = { es5: await bundle(root, tmp, "es5"), modern: await bundle(root, tmp, "modern") };
  const browser = await chromium.launch({
    executablePath: process.env.ANJU_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const times = { es5: [] as number[], modern: [] as number[] };
  const findings = { es5: 0, modern: 0 };
  try {
    for (let round = 0; round < rounds; round++) {
      // Alternating which goes first, so that drift on the shared machine falls on both alike.
      const order = round % 2 === 0 ? (["es5", "modern"] as const) : (["modern", "es5"] as const);
      for (const form of order) {
        const page = await browser.newPage();
        await page.addScriptTag({ content: readFileSync(files[form], "utf8") });
        const run = (n: number) =>
          page.evaluate(
            (k) =>
              (window as unknown as { __anjuBench(k: number): { ms: number; findings: number } }).__anjuBench(
                k,
              ),
            n,
          );
        await run(2000); // warm-up
        const r = await run(rows);
        times[form].push(r.ms);
        findings[form] = r.findings;
        log(`es5: round ${round + 1}/${rounds} ${form} ${r.ms.toFixed(0)} ms`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }

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
  spawnSync(
    process.execPath,
    [
      join(root, "node_modules", "tsx", "dist", "cli.mjs"),
      join(root, "scripts", "inline-offline.ts"),
      modernDist,
    ],
    {
      cwd: root,
    },
  );
  const es5Sizes = pageSizes(join(root, "dist"));
  const modernSizes = pageSizes(modernDist);
  const sizes = [...es5Sizes].map(([page, e]) => {
    const m = modernSizes.get(page) ?? { raw: NaN, gzip: NaN };
    return { page, es5: e.raw, es5Gzip: e.gzip, modern: m.raw, modernGzip: m.gzip };
  });
  return {
    rows,
    es5: { ms: stat(times.es5), findings: findings.es5 },
    modern: { ms: stat(times.modern), findings: findings.modern },
    ratio: stat(times.es5.map((t, i) => t / (times.modern[i] ?? NaN))),
    sizes,
    modernBuildMs,
  };
}
