// Babel for every script a page loads (task pane, ribbon commands, browser page, its worker, the offline page,
// the WPS pane): ES5 syntax for Internet Explorer 11 (Office 2016/2019's webview, SPEC §7), the library features
// each module uses injected from core-js ("usage"). Shared by webpack.config.js and the ES5 engine bench.
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const CORE_JS = require(path.join(ROOT, "node_modules", "core-js", "package.json")).version;

/** The one browser target: IE11 also covers Edge Legacy, old WPS/360/QQ Chromium cores and Chrome 109. */
const TARGETS = "ie 11";

/**
 * `new RegExp("…", "u")` with literal (or constant) arguments becomes the regex literal `/…/u`, which preset-env then rewrites
 * for IE11 (Unicode property escapes, the u and s flags and named groups become ES5 patterns); a RegExp built from
 * strings would otherwise reach IE11 untouched and throw there. Zod builds its emoji pattern so. Only calls whose
 * pattern or flags need that are changed; test/build/es5.test.ts checks that none is left.
 */
/** A RegExp pattern as the body of a regex literal: unescaped `/` and line ends escaped. */
function literalSource(pattern) {
  const LINE_ENDS = { "\n": "\\n", "\r": "\\r", "\u2028": "\\u2028", "\u2029": "\\u2029" };
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\" && i + 1 < pattern.length) {
      const next = pattern[++i];
      out += LINE_ENDS[next] ?? `\\${next}`;
    } else if (ch === "/") out += "\\/";
    else out += LINE_ENDS[ch] ?? ch;
  }
  return out;
}

function regexpConstructorToLiteral({ types: t }) {
  const NEEDS = /\(\?<[A-Za-z_$]|\\k<|\\[pP]\{/;
  return {
    name: "anju-regexp-constructor-to-literal",
    visitor: {
      "NewExpression|CallExpression"(p) {
        const { callee, arguments: args } = p.node;
        if (!t.isIdentifier(callee, { name: "RegExp" }) || p.scope.hasBinding("RegExp", true)) return;
        if (args.length < 1 || args.length > 2) return;
        // Literal strings, or constants Babel can read (zod: `const _emojiRegex = \`…\``).
        const known = (i) => {
          const r = p.get(`arguments.${i}`).evaluate();
          return r.confident && typeof r.value === "string" ? r.value : undefined;
        };
        const pattern = known(0);
        const flags = args[1] ? known(1) : "";
        if (pattern === undefined || flags === undefined) return;
        if (!/[us]/.test(flags) && !NEEDS.test(pattern)) return;
        try {
          new RegExp(pattern, flags);
        } catch {
          return; // an invalid pattern stays a run-time error, as written
        }
        p.replaceWith(t.regExpLiteral(literalSource(pattern), flags));
      },
    },
  };
}

/**
 * Options for our own code (TypeScript already turned into ES2022 modules by ts-loader) and for the dependencies
 * that go into pages. `sourceType: "unambiguous"`: a CommonJS dependency gets `require("core-js/…")`, an ES
 * module `import`, never a mix webpack would refuse.
 */
/** babel-loader's cache key: this file and the versions that shape the output (a function plugin has no JSON). */
const CACHE_IDENTIFIER = require("node:crypto")
  .createHash("sha1")
  .update(require("node:fs").readFileSync(__filename))
  .update(require("@babel/core").version)
  .update(require("@babel/preset-env/package.json").version)
  .update(CORE_JS)
  .digest("hex");

function babelOptions({ cache = true } = {}) {
  return {
    babelrc: false,
    configFile: false,
    cacheDirectory: cache ? path.join(ROOT, "node_modules", ".cache", "babel-pages") : false,
    cacheIdentifier: CACHE_IDENTIFIER,
    cacheCompression: false,
    sourceType: "unambiguous",
    plugins: [regexpConstructorToLiteral],
    presets: [
      [
        require.resolve("@babel/preset-env"),
        {
          targets: TARGETS,
          useBuiltIns: "usage",
          corejs: CORE_JS,
          modules: false,
          bugfixes: true,
        },
      ],
    ],
  };
}

/**
 * ExcelJS's browser build (exceljs/dist/exceljs.min.js: ES2018 syntax, `const`, classes, async and `for await`,
 * with its own core-js copy bundled in): syntax only, no injected imports (webpack does not parse the file, so it
 * could not resolve them).
 */
function babelSyntaxOnly({ cache = true } = {}) {
  return {
    babelrc: false,
    configFile: false,
    cacheDirectory: cache ? path.join(ROOT, "node_modules", ".cache", "babel-pages") : false,
    cacheIdentifier: CACHE_IDENTIFIER,
    cacheCompression: false,
    sourceType: "script",
    compact: true,
    presets: [[require.resolve("@babel/preset-env"), { targets: TARGETS, modules: false, bugfixes: true }]],
  };
}

/**
 * Files Babel must not touch: core-js itself (it would inject itself into itself) and webpack's own runtime
 * helpers. Everything else from node_modules that ends up in a page is compiled: several dependencies ship
 * ES2015+ syntax (zod's classes, saxes' `const`, tslib's ES module build) and ES5-syntax ones still call
 * ES2015 library features (Map, Object.assign, Array.from …) that only a usage scan finds.
 */
const NOT_COMPILED = /[\\/]node_modules[\\/](core-js|webpack|@babel[\\/]runtime|exceljs)[\\/]/;

module.exports = {
  TARGETS,
  CORE_JS,
  babelOptions,
  babelSyntaxOnly,
  NOT_COMPILED,
  regexpConstructorToLiteral,
};
