import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import * as acorn from "acorn";
import { DIST, ROOT, ensureDist } from "../browser/helpers";

/**
 * Every script the pages load is ES5 (SPEC §7: Office 2016/2019 show the task pane in Internet Explorer 11): the
 * files in dist/ (page bundles, chunks, the worker) and the inline <script> bodies of dist/*.html and
 * dist/wps/*.html, parsed with acorn at ecmaVersion 5. Microsoft's office.js files (copied next to the pages from
 * @microsoft/office-js) are theirs and left aside. A failure names the file, the line and column and the code there.
 */
const OFFICE_JS = new Set(
  readdirSync(dirname(require.resolve("@microsoft/office-js/dist/office.js")), { recursive: true }).map((f) =>
    String(f).replace(/\\/g, "/"),
  ),
);

interface Script {
  readonly name: string;
  readonly code: string;
}

function scripts(): Script[] {
  const out: Script[] = [];
  for (const dir of [DIST, join(DIST, "wps")]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      const rel = relative(DIST, join(dir, f)).replace(/\\/g, "/");
      if (f.endsWith(".js") && !OFFICE_JS.has(rel))
        out.push({ name: rel, code: readFileSync(join(dir, f), "utf8") });
      if (f.endsWith(".html")) {
        const html = readFileSync(join(dir, f), "utf8");
        let n = 0;
        for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
          const attrs = m[1] ?? "";
          if (/\bsrc\s*=/.test(attrs) || /\btype\s*=\s*["']?(application\/json|text\/template)/i.test(attrs))
            continue;
          out.push({ name: `${rel} <script> #${++n}`, code: m[2] ?? "" });
        }
      }
    }
  }
  return out;
}

function where(code: string, pos: number): string {
  const loc = acorn.getLineInfo(code, pos);
  const snippet = code.slice(Math.max(0, pos - 60), pos + 60).replace(/\s+/g, " ");
  return `line ${loc.line}, column ${loc.column + 1}: …${snippet}…`;
}

/** The first construct ES5 cannot parse, or undefined. */
function firstNonEs5(code: string): string | undefined {
  try {
    acorn.parse(code, { ecmaVersion: 5, sourceType: "script" });
    return undefined;
  } catch (e) {
    const err = e as SyntaxError & { pos?: number };
    return `${err.message.replace(/ \(\d+:\d+\)$/, "")} at ${where(code, err.pos ?? 0)}`;
  }
}

/**
 * Patterns IE11's RegExp cannot compile, in `RegExp("…", "…")` / `new RegExp(…)` calls with literal arguments
 * (regex literals are already checked by the ES5 parse): lookbehind, named groups and their back-references,
 * Unicode property escapes, and the u, s and y flags.
 */
const IE11_CANNOT = /\(\?<[=!]|\(\?<[A-Za-z_$]|\\k<|\\[pP]\{/;

type Node = acorn.Node & Record<string, unknown>;

/** core-js tests the browser's RegExp with exactly such patterns, inside its `fails(() => …)` feature checks. */
const CORE_JS_PROBES = new Set(["(?<a>b)", "(?<a>.)", "."]);

function badRegExpCalls(code: string): string[] {
  const ast = acorn.parse(code, { ecmaVersion: 5, sourceType: "script" }) as unknown as Node;
  const found: string[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== "object") return;
    if (Array.isArray(n)) {
      for (const x of n) walk(x);
      return;
    }
    const node = n as Node;
    if (typeof node.type !== "string") return;
    if (node.type === "NewExpression" || node.type === "CallExpression") {
      const callee = node.callee as Node;
      const args = node.arguments as Node[];
      const literal = (a: Node | undefined) =>
        a?.type === "Literal" && typeof a.value === "string" ? a.value : undefined;
      if (callee.type === "Identifier" && callee.name === "RegExp") {
        const pattern = literal(args[0]);
        const flags = literal(args[1]) ?? "";
        if (
          pattern !== undefined &&
          !CORE_JS_PROBES.has(pattern) &&
          (IE11_CANNOT.test(pattern) || /[usy]/.test(flags))
        )
          found.push(
            `RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)}) at ${where(code, node.start)}`,
          );
      }
    }
    for (const key of Object.keys(node)) if (key !== "type") walk(node[key]);
  };
  walk(ast);
  return found;
}

let all: Script[];

beforeAll(() => {
  ensureDist();
  all = scripts();
}, 900_000);

test("the pages' scripts are found: bundles, chunks and inline scripts of every page", () => {
  const names = all.map((s) => s.name);
  for (const page of ["taskpane", "commands", "web"]) {
    expect(names.some((n) => n.startsWith(`${page}.`) && n.endsWith(".js"))).toBe(true);
  }
  expect(names.some((n) => n.startsWith("anju-offline.html <script>"))).toBe(true);
  // office.js itself is Microsoft's and not ours to check.
  expect(names).not.toContain("office.js");
});

test("every script the pages load parses as ES5", () => {
  const failures = all.flatMap((s) => {
    const why = firstNonEs5(s.code);
    return why ? [`${s.name}: ${why}`] : [];
  });
  expect(failures).toEqual([]);
});

test("no regular expression IE11 cannot compile is built from a literal pattern", () => {
  const failures = all.flatMap((s) =>
    firstNonEs5(s.code) ? [] : badRegExpCalls(s.code).map((b) => `${s.name}: ${b}`),
  );
  expect(failures).toEqual([]);
});

test("the checker itself names the file, line, column and the code of a construct IE11 cannot run", () => {
  expect(firstNonEs5("var a = 1;\nvar f = (x) => x;")).toMatch(/line 2, column \d+: .*=> x/);
  expect(firstNonEs5("var r = /(?<=a)b/;")).toMatch(/line 1/);
  expect(firstNonEs5("var r = /a/u;")).toMatch(/line 1/);
  expect(firstNonEs5("let x = 1;")).toBeDefined();
  expect(badRegExpCalls('var r = new RegExp("(?<year>\\\\d+)", "g");')).toHaveLength(1);
  expect(badRegExpCalls('var r = RegExp("a.b", "s");')).toHaveLength(1);
  expect(badRegExpCalls('var r = new RegExp("a|b", "gi");')).toEqual([]);
  expect(ROOT).toBeTruthy();
});
