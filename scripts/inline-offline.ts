/**
 * Builds dist/anju-offline.html: the browser page as ONE file, every script, style and image inlined, so a clerk
 * can copy it to a USB stick and double-click it (file://) with no request of any kind. Run after the webpack
 * build (`npm run build` does both). Fails when anything external would remain.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";

/** dist/, or the folder given as the first argument (the ES5 bench inlines a modern build in bench/tmp/). */
const DIST = resolve(process.argv[2] ?? resolve(__dirname, "..", "dist"));

const MIME: Record<string, string> = {
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

function local(ref: string): string {
  const clean = ref.split(/[?#]/)[0] ?? ref;
  const path = join(DIST, clean.replace(/^\.?\//, ""));
  if (!existsSync(path)) throw new Error(`web.html refers to ${ref}, which is not in dist/`);
  return path;
}

function dataUrl(ref: string): string {
  const path = local(ref);
  const mime = MIME[extname(path).toLowerCase()];
  if (!mime) throw new Error(`cannot inline ${ref}`);
  return `data:${mime};base64,${readFileSync(path).toString("base64")}`;
}

/** A script body that cannot end the inline <script> early. */
function safeScript(code: string): string {
  // No source-map comment either: even that could make devtools ask for a file.
  return code
    .replace(/\n?\/\/# sourceMappingURL=\S+\s*$/gm, "")
    .replace(/<\/(script)/gi, "<\\/$1")
    .replace(/<!--/g, "<\\!--");
}

/** An attribute value, quoted or not (the production HTML is minified). */
const VALUE = `(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`;
const pick = (m: RegExpMatchArray, from: number) => m[from] ?? m[from + 1] ?? m[from + 2] ?? "";

export function inlinePage(html: string): string {
  const scripts: string[] = [];
  // Deferred bundles run after parsing: inlined, they go to the end of <body> to keep that order.
  let out = html.replace(new RegExp(`<script\\b[^>]*\\bsrc=${VALUE}[^>]*>\\s*</script>`, "g"), (...m) => {
    scripts.push(
      `<script>${safeScript(readFileSync(local(pick(m as unknown as RegExpMatchArray, 1)), "utf8"))}</script>`,
    );
    return "";
  });
  out = out.replace(
    new RegExp(`<link\\b(?=[^>]*\\brel=(?:"stylesheet"|stylesheet))[^>]*\\bhref=${VALUE}[^>]*>`, "g"),
    (...m) => {
      const css = readFileSync(local(pick(m as unknown as RegExpMatchArray, 1)), "utf8");
      return `<style>${css.replace(/<\/style/gi, "<\\/style")}</style>`;
    },
  );
  out = out.replace(new RegExp(`(<(?:link|img)\\b[^>]*\\b(?:href|src)=)${VALUE}`, "g"), (...m) => {
    const ref = pick(m as unknown as RegExpMatchArray, 2);
    return ref.startsWith("data:") ? String(m[0]) : `${String(m[1])}"${dataUrl(ref)}"`;
  });
  // Chunks the page loads on demand (SheetJS for .xls/.et/.ods) cannot be fetched beside a one-file page: they are
  // inlined too, and webpack's runtime finds them already registered when they are asked for.
  for (const chunk of lazyChunks())
    scripts.push(`<script>${safeScript(readFileSync(chunk, "utf8"))}</script>`);
  const marker = '<script>document.documentElement.setAttribute("data-offline","1")</script>';
  return out.includes("</body>")
    ? // A function, not a string: a bundle holding `$&` or `$'` (core-js does) must not be expanded as a pattern.
      out.replace("</body>", () => `${marker}${scripts.join("")}</body>`)
    : `${out}${marker}${scripts.join("")}`;
}

/** Lazily loaded chunks of the page (webpackChunkName), as built into dist/. */
export const LAZY_CHUNKS = ["sheetjs"];

function lazyChunks(): string[] {
  if (!existsSync(DIST)) return [];
  const names = readdirSync(DIST);
  return LAZY_CHUNKS.map((chunk) => {
    const file = names.find((n) => new RegExp(`^${chunk}(\\.[0-9a-f]+)?\\.js$`).test(n));
    if (!file) throw new Error(`the ${chunk} chunk is not in dist/; run the webpack build first`);
    return join(DIST, file);
  });
}

/** External references left in the page (there must be none). */
export function externalReferences(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(
    new RegExp(`<(?:script|link|img|iframe|source)\\b[^>]*\\b(?:src|href)=${VALUE}`, "g"),
  )) {
    const ref = pick(m, 1);
    if (!ref.startsWith("data:") && !ref.startsWith("#") && ref !== "") found.push(ref);
  }
  return found;
}

if (require.main === module) {
  const src = join(DIST, "web.html");
  if (!existsSync(src)) {
    process.stderr.write("inline-offline: dist/web.html not found; run the webpack build first\n");
    process.exit(2);
  }
  const page = inlinePage(readFileSync(src, "utf8"));
  const left = externalReferences(page);
  if (left.length > 0) {
    process.stderr.write(`inline-offline: external references remain: ${left.join(", ")}\n`);
    process.exit(1);
  }
  writeFileSync(join(DIST, "anju-offline.html"), page);
  process.stdout.write(`dist/anju-offline.html ${(Buffer.byteLength(page) / 1024 / 1024).toFixed(2)} MB\n`);
}
