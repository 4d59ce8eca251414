import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "acorn";
import { sevenZip } from "../../scripts/seven-zip";
import { publishHtml, wpsRelease, wpsUrlsOutside } from "../../scripts/wps-release";

/** A stand-in for dist/wps: the files the add-in has, with a subfolder and a non-ASCII name. */
function fakeDistWps(): string {
  const dir = mkdtempSync(join(tmpdir(), "anju-wps-"));
  mkdirSync(join(dir, "images"));
  writeFileSync(
    join(dir, "ribbon.xml"),
    '<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui"/>',
  );
  writeFileSync(join(dir, "index.html"), "<html><script src=main.js></script></html>");
  writeFileSync(join(dir, "main.js"), "var x = 1;".repeat(5000));
  writeFileSync(join(dir, "main.js.map"), "{}");
  writeFileSync(join(dir, "images", "icon-16.png"), Buffer.from([137, 80, 78, 71]));
  writeFileSync(join(dir, "说明.txt"), "安居");
  return dir;
}

const hash = (b: Uint8Array) => `${createHash("sha256").update(b).digest("hex")}:${b.length}`;

function read7z(bytes: Uint8Array): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), "anju-7z-")), "a.7z");
  writeFileSync(file, bytes);
  const run = spawnSync("python3", [join(__dirname, "read7z.py"), file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stdout + run.stderr);
  return JSON.parse(run.stdout) as Record<string, string>;
}

describe("the WPS add-in's release files", () => {
  const base = new URL("https://anju.county.example/addin/");
  const dist = fakeDistWps();
  const { files, onlineUrl } = wpsRelease(base, "1.2.3", dist);

  test("publish.html, publish.xml, jsplugins.xml and the oem.ini lines point under the base URL only", () => {
    expect(onlineUrl).toBe("https://anju.county.example/addin/wps/");
    for (const [name, content] of Object.entries(files)) {
      if (typeof content === "string") expect([name, wpsUrlsOutside(content, base)]).toEqual([name, []]);
    }
    expect(files["publish.xml"]).toContain(`<jspluginonline name="anju" type="et" url="${onlineUrl}"`);
    expect(files["jsplugins.xml"]).toContain(
      '<jsplugin name="anju" type="et" url="https://anju.county.example/addin/wps/anju.7z" version="1.2.3"',
    );
    expect(files["oem.ini.txt"]).toMatch(/\[Support\]\nJsApiPlugin=true\n/);
    expect(files["oem.ini.txt"]).toContain(
      "[Server]\nJSPluginsServer=https://anju.county.example/addin/wps/jsplugins.xml",
    );
    expect(files["publish.html"]).toContain(`"url":"${onlineUrl}"`);
    expect(wpsUrlsOutside('src="https://cdn.example/x.js"', base)).toEqual(["https://cdn.example/x.js"]);
  });

  test("publish.html's script is ES5 (WPS and old browsers open it)", () => {
    const html = publishHtml({ name: "anju", url: onlineUrl, version: "1.2.3" });
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(script.length).toBeGreaterThan(500);
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
  });

  test("anju.7z holds every file of the add-in (no source maps) under anju_<version>/, read back by libarchive", () => {
    const got = read7z(files["anju.7z"] as Uint8Array);
    const enc = new TextEncoder();
    expect(got).toEqual({
      "anju_1.2.3/images/icon-16.png": hash(Uint8Array.from([137, 80, 78, 71])),
      "anju_1.2.3/index.html": hash(enc.encode("<html><script src=main.js></script></html>")),
      "anju_1.2.3/main.js": hash(enc.encode("var x = 1;".repeat(5000))),
      "anju_1.2.3/ribbon.xml": hash(
        enc.encode('<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui"/>'),
      ),
      "anju_1.2.3/说明.txt": hash(enc.encode("安居")),
    });
  });

  test("the 7z writer: empty files, one file, large sizes", () => {
    const big = new Uint8Array(70_000).map((_, i) => i % 7);
    const got = read7z(
      sevenZip([
        ["a/empty", new Uint8Array(0)],
        ["a/big", big],
      ]),
    );
    expect(got).toEqual({ "a/empty": hash(new Uint8Array(0)), "a/big": hash(big) });
  });
});
