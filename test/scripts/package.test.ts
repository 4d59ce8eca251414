import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { normaliseBaseUrl, packagedManifest, urlsOutside } from "../../scripts/package";
import { wpsUrlsOutside } from "../../scripts/wps-release";

const root = join(__dirname, "..", "..");
const devManifest = readFileSync(join(root, "manifest.xml"), "utf8");

describe("packaging for a county server", () => {
  test("the base URL must be https; a missing slash is added", () => {
    expect(() => normaliseBaseUrl("http://intranet/anju/")).toThrow(/HTTPS/);
    expect(() => normaliseBaseUrl("not a url")).toThrow(/有效/);
    expect(() => normaliseBaseUrl(undefined)).toThrow(/--base-url/);
    expect(normaliseBaseUrl("https://a.example/anju").href).toBe("https://a.example/anju/");
  });

  test("every URL of the packaged manifest lies under the base; the Id changes only when asked", () => {
    const base = normaliseBaseUrl("https://zw.county.example:8443/apps/anju/");
    const xml = packagedManifest(devManifest, base, undefined);
    expect(xml).not.toContain("localhost");
    expect(urlsOutside(xml, base)).toEqual([]);
    expect(xml).toContain("<AppDomain>https://zw.county.example:8443</AppDomain>");
    expect(xml).toContain("https://zw.county.example:8443/apps/anju/taskpane.html");
    expect(/<Id>([^<]+)<\/Id>/.exec(xml)?.[1]).toBe(/<Id>([^<]+)<\/Id>/.exec(devManifest)?.[1]);
    const fresh = packagedManifest(devManifest, base, "0f0e0d0c-0b0a-4908-8706-050403020100");
    expect(fresh).toContain("<Id>0f0e0d0c-0b0a-4908-8706-050403020100</Id>");
    // The dev manifest itself is outside any county base: the check can fail.
    expect(urlsOutside(devManifest, base).length).toBeGreaterThan(5);
  });

  test("npm run package writes the release folder and zip, with a validating manifest", () => {
    const out = mkdtempSync(join(tmpdir(), "anju-release-"));
    const run = spawnSync(
      process.execPath,
      [
        join(root, "node_modules", "tsx", "dist", "cli.mjs"),
        "scripts/package.ts",
        "--base-url",
        "https://anju.county.example/addin",
        "--new-id",
        "--skip-build",
        "--out-dir",
        out,
      ],
      { cwd: root, encoding: "utf8", timeout: 300_000 },
    );
    expect(run.stderr.replace(/npm warn.*\n/g, "")).toBe("");
    expect(run.status).toBe(0);
    const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string })
      .version;
    const dir = join(out, `anju-${version}`);
    for (const f of [
      "manifest.xml",
      "taskpane.html",
      "commands.html",
      "web.html",
      "office.js",
      "assets/icon-32.png",
    ]) {
      expect(existsSync(join(dir, f))).toBe(true);
    }
    // The WPS add-in and its publish / enterprise files, every URL under the base (WPS's local service aside).
    for (const f of [
      "ribbon.xml",
      "index.html",
      "taskpane.html",
      "publish.html",
      "publish.xml",
      "jsplugins.xml",
      "oem.ini.txt",
      "anju.7z",
    ]) {
      expect([f, existsSync(join(dir, "wps", f))]).toEqual([f, true]);
    }
    for (const f of ["publish.html", "publish.xml", "jsplugins.xml", "jsplugins-online.xml", "oem.ini.txt"]) {
      const text = readFileSync(join(dir, "wps", f), "utf8");
      expect([f, wpsUrlsOutside(text, new URL("https://anju.county.example/addin/"))]).toEqual([f, []]);
      expect(text).toContain("https://anju.county.example/addin/wps/");
    }
    const manifest = readFileSync(join(dir, "manifest.xml"), "utf8");
    expect(urlsOutside(manifest, new URL("https://anju.county.example/addin/"))).toEqual([]);
    expect(manifest).not.toContain(/<Id>([^<]+)<\/Id>/.exec(devManifest)?.[1] ?? "?");
    const zip = unzipSync(readFileSync(join(out, `anju-${version}.zip`)), {
      filter: (f) => f.name === "manifest.xml",
    });
    expect(new TextDecoder().decode(zip["manifest.xml"])).toBe(manifest);
  });

  test("an http base URL is refused with exit 2", () => {
    const run = spawnSync(
      process.execPath,
      [
        join(root, "node_modules", "tsx", "dist", "cli.mjs"),
        "scripts/package.ts",
        "--base-url",
        "http://x/",
        "--skip-build",
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/HTTPS/);
  });
});
