/**
 * `npm run package -- --base-url https://<host>/<path>/ [--new-id] [--skip-build]`
 *
 * Writes release/anju-<version>/ for a county server: the production dist, a manifest.xml whose every URL points
 * under the base URL (AppDomains: its origin), a fresh <Id> only with --new-id, the one-file offline page, and
 * release/anju-<version>.zip of it all. The packaged manifest is validated offline against the vendored XSDs.
 * The WPS 表格 add-in goes to release/anju-<version>/wps/ with its publish files (online mode: publish.html,
 * publish.xml) and enterprise files (anju.7z, jsplugins.xml, the oem.ini lines), see scripts/wps-release.ts.
 * Exit status: 0 written, 1 the packaged manifest does not validate, 2 bad usage.
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { zipSync, type Zippable } from "fflate";
import { wpsRelease, wpsUrlsOutside } from "./wps-release";

const ROOT = resolve(__dirname, "..");
const DEV_BASE = "https://localhost:3000/";

export class PackageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

/** The base URL as it will prefix every file: https only, ending in a slash. */
export function normaliseBaseUrl(text: string | undefined): URL {
  if (!text) {
    throw new PackageError(
      "请用 --base-url 指定加载项的 HTTPS 地址",
      "--base-url https://<host>/<path>/ is required",
    );
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PackageError(`--base-url 不是有效的网址：${text}`, `--base-url is not a valid URL: ${text}`);
  }
  if (url.protocol !== "https:") {
    throw new PackageError(
      `Office 加载项必须通过 HTTPS 提供，--base-url 应以 https:// 开头：${text}`,
      `Office add-ins must be served over HTTPS; --base-url must start with https://: ${text}`,
    );
  }
  if (url.search || url.hash) {
    throw new PackageError("--base-url 不能带 ? 或 # 部分", "--base-url must not have a query or fragment");
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/** The development manifest re-pointed at the base URL (and given a new Id when asked). */
export function packagedManifest(devManifest: string, base: URL, newId: string | undefined): string {
  let xml = devManifest.split(DEV_BASE).join(base.href);
  xml = xml.replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${base.origin}</AppDomain>`);
  xml = xml.replace(
    /Development manifest:[^\n]*/,
    `Packaged manifest (npm run package): every URL points under ${base.href}`,
  );
  if (newId) xml = xml.replace(/<Id>[^<]*<\/Id>/, `<Id>${newId}</Id>`);
  return xml;
}

/** Every URL in a manifest that does not lie under the base (AppDomains may be its origin). */
export function urlsOutside(manifest: string, base: URL): string[] {
  const outside: string[] = [];
  for (const m of manifest.matchAll(
    /(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>|<SourceLocation[^>]*"(https?:[^"]+)"/g,
  )) {
    const url = m[1] ?? m[3];
    if (url !== undefined && !url.startsWith(base.href)) outside.push(url);
    if (m[2] !== undefined && m[2] !== base.origin) outside.push(m[2]);
  }
  return outside;
}

function zipDir(dir: string): Uint8Array {
  const files: Zippable = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p).split("\\").join("/")] = readFileSync(p);
    }
  };
  walk(dir);
  return zipSync(files, { level: 6 });
}

export async function packageRelease(args: readonly string[]): Promise<string> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      "base-url": { type: "string" },
      "new-id": { type: "boolean" },
      "skip-build": { type: "boolean" },
      "out-dir": { type: "string" },
    },
    strict: true,
  });
  const base = normaliseBaseUrl(values["base-url"]);
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string })
    .version;
  const dist = join(ROOT, "dist");
  if (!values["skip-build"] || !existsSync(join(dist, "taskpane.html"))) {
    const build = spawnSync("npm", ["run", "-s", "build"], { cwd: ROOT, stdio: "inherit" });
    if (build.status !== 0) throw new PackageError("构建失败", "the production build failed");
  }
  const releaseRoot = resolve(values["out-dir"] ?? join(ROOT, "release"));
  const out = join(releaseRoot, `anju-${version}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(dist, out, { recursive: true });
  const manifest = packagedManifest(
    readFileSync(join(ROOT, "manifest.xml"), "utf8"),
    base,
    values["new-id"] ? randomUUID() : undefined,
  );
  const manifestPath = join(out, "manifest.xml");
  writeFileSync(manifestPath, manifest);
  // Loaded here: office-addin-manifest (used by the validator) cannot be loaded inside jest.
  const { validateManifest } = await import("./validate-manifest");
  const problems = await validateManifest(manifestPath, { anyId: values["new-id"] === true });
  const outside = urlsOutside(manifest, base);
  for (const url of outside) problems.push(`URL outside ${base.href}: ${url}`);
  if (problems.length > 0) {
    throw new PackageError(
      `打包后的 manifest.xml 未通过校验：${problems.join("；")}`,
      `the packaged manifest does not validate: ${problems.join("; ")}`,
    );
  }
  // The WPS add-in: its publish and enterprise files beside it, every URL under the base.
  const wpsDir = join(out, "wps");
  if (existsSync(join(wpsDir, "ribbon.xml"))) {
    for (const [name, content] of Object.entries(wpsRelease(base, version, wpsDir).files)) {
      writeFileSync(join(wpsDir, name), content);
    }
    const wpsOutside = readdirSync(wpsDir)
      // Third-party licence notices (*.LICENSE.txt) name their sources; nothing is loaded from those URLs.
      .filter((n) => /\.(html|xml|txt)$/.test(n) && !n.endsWith(".LICENSE.txt"))
      .flatMap((n) =>
        wpsUrlsOutside(readFileSync(join(wpsDir, n), "utf8"), base).map((u) => `wps/${n}: ${u}`),
      );
    if (wpsOutside.length > 0) {
      throw new PackageError(
        `WPS 加载项文件中有不在 ${base.href} 下的网址：${wpsOutside.join("；")}`,
        `WPS add-in files hold URLs outside ${base.href}: ${wpsOutside.join("; ")}`,
      );
    }
  }
  const zipPath = join(releaseRoot, `anju-${version}.zip`);
  writeFileSync(zipPath, zipDir(out));
  return out;
}

if (require.main === module) {
  packageRelease(process.argv.slice(2)).then(
    (out) => process.stdout.write(`已写出 / written: ${out} (+ .zip)\n`),
    (e: unknown) => {
      if (e instanceof PackageError) process.stderr.write(`package: ${e.zh} / ${e.en}\n`);
      else process.stderr.write(`package: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = e instanceof PackageError && /validate/.test(e.en) ? 1 : 2;
    },
  );
}
