// Builds the browser surfaces into dist/ (the list `pages` below):
//   taskpane.html (+ office.js)  — the Excel task pane          (src/taskpane/)
//   commands.html (+ office.js)  — the ribbon's function file   (src/commands/)
//   web.html      (no office.js) — the stand-alone browser page (src/web/), and its check worker
// scripts/inline-offline.ts then makes dist/anju-offline.html from web.html.
// Every emitted script is ES5 for Internet Explorer 11 (SPEC §7): ts-loader turns TypeScript into ES2022 (type
// checking is a separate step, `npm run typecheck`), then Babel (scripts/babel-pages.js) compiles it and the
// dependencies to ES5 with core-js injected where a module uses a newer library feature. Each page's entry starts
// with src/polyfills/page.ts, so the polyfills are in place before React, Fluent UI or office.js callbacks run.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { babelOptions, babelSyntaxOnly, NOT_COMPILED } = require("./scripts/babel-pages.js");

const DEV_SERVER_PORT = 3000;

// office.js is served from our own origin instead of Microsoft's CDN (offices on closed networks), so the
// whole @microsoft/office-js dist folder goes next to the pages: office.js loads its host files
// (excel-win32-16.01.js, …), locale strings (zh-cn/office_strings.js, …) and helpers relative to its own URL.
// The .debug.js twins are only loaded by office.debug.js, which we do not use.
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

// ExcelJS's package entry is its Node build; browser bundles get its self-contained browser build, which
// needs no Node polyfills and is not re-parsed.
const EXCELJS_BROWSER = require.resolve("exceljs/dist/exceljs.min.js");

// The pages' titles come from the zh-CN catalogue like every other string.
const { require: tsxRequire } = require("tsx/cjs/api");
const { zhCN } = tsxRequire("./src/engine/messages/zh-CN.ts", __filename);
const templateParameters = { appName: zhCN.ui.appName };

/**
 * One row per page: `name` is the output (`<name>.html`, `<name>.[hash].js`; a name like "wps/taskpane" lands in
 * dist/wps/), `entry` its script, `template` its HTML, `html` another name for the HTML file when it must differ
 * (WPS loads `wps/index.html`). Add a page by adding a row; it gets the polyfills first and the same ES5 build.
 */
const pages = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html" },
  { name: "commands", entry: "./src/commands/commands.ts", template: "./src/commands/commands.html" },
  { name: "web", entry: "./src/web/index.tsx", template: "./src/web/web.html" },
  // The WPS 表格 add-in (SPEC §7.1) in dist/wps/: the entry page WPS loads hidden, and the task pane.
  { name: "wps/main", html: "wps/index", entry: "./src/wps/main.ts", template: "./src/wps/index.html" },
  { name: "wps/taskpane", entry: "./src/wps/taskpane.tsx", template: "./src/wps/taskpane.html" },
];

/** The path from a page's folder back to dist/ ("" for dist/ itself, "../" for dist/wps/). */
function relativeToDist(name) {
  const up = path.posix.relative(path.posix.dirname(name), ".");
  return up === "" ? "" : `${up}/`;
}

/** Runs before a page's own entry: core-js's base (Promise, Symbol, Map/Set with iterators …) and the DOM ones. */
const PAGE_POLYFILLS = "./src/polyfills/page.ts";

/**
 * HTTPS for `webpack serve`: Office only loads add-ins over https. office-addin-dev-certs creates (and
 * installs, asking once for permission) a localhost certificate trusted by Office. If that fails (no
 * trust store access, CI, ANJU_SELF_SIGNED=1), webpack-dev-server's own self-signed certificate is used:
 * the browser page works after accepting the warning, but Office will refuse to load the add-in.
 */
async function httpsServer() {
  if (process.env.ANJU_SELF_SIGNED !== "1") {
    try {
      const devCerts = require("office-addin-dev-certs");
      return { type: "https", options: await devCerts.getHttpsServerOptions() };
    } catch (error) {
      console.warn(`office-addin-dev-certs unavailable (${error instanceof Error ? error.message : error}).`);
    }
  }
  console.warn("Serving https with a self-signed certificate; Office will not trust it.");
  return "https";
}

/**
 * `--env modern`: the same pages without Babel or polyfills (ES2022, as before issue 14), for the bench's size and
 * speed comparison only (bench/es5.ts); never shipped.
 */
function scriptRules(modern) {
  const ts = {
    loader: "ts-loader",
    options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json") },
  };
  if (modern) return [{ test: /\.tsx?$/, exclude: /node_modules/, use: ts }];
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: [{ loader: "babel-loader", options: babelOptions() }, ts],
    },
    {
      test: /\.m?js$/,
      include: /[\\/]node_modules[\\/]/,
      exclude: NOT_COMPILED,
      use: { loader: "babel-loader", options: babelOptions() },
    },
    {
      test: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      use: { loader: "babel-loader", options: babelSyntaxOnly() },
    },
  ];
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const modern = env.modern === true || env.modern === "true";
  return {
    devtool: production ? "source-map" : "eval-source-map",
    // ES5 for the runtime webpack adds (chunk loading, module wrappers), like the modules themselves.
    target: modern ? ["web", "es2022"] : ["web", "es5"],
    entry: Object.fromEntries(
      pages.map((page) => [page.name, modern ? page.entry : [PAGE_POLYFILLS, page.entry]]),
    ),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Chunks (the browser page's check worker) load relative to the page. webpack's default, "auto", finds the
      // path from document.currentScript.src, which the inlined one-file page (anju-offline.html) has not.
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".mjs", ".js", ".json"],
      alias: { exceljs$: EXCELJS_BROWSER },
    },
    module: {
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: scriptRules(modern),
    },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.html ?? page.name}.html`,
            template: page.template,
            templateParameters,
            chunks: [page.name],
            // Scripts are in dist/ itself: a page in a folder (dist/wps/) refers to them as ../name.js.
            publicPath: relativeToDist(page.html ?? page.name),
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: OFFICE_JS_DIST,
            to: ".",
            globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/*-vsdoc.js"] },
            info: { minimized: true }, // already minified; Terser would spend minutes on 30 MB
          },
          { from: "assets", to: "assets" },
          // The WPS add-in's ribbon and its button images (ribbon.xml's getImage names images/…).
          { from: "src/wps/ribbon.xml", to: "wps/ribbon.xml" },
          { from: "assets/icon-16.png", to: "wps/images/icon-16.png" },
          { from: "assets/icon-32.png", to: "wps/images/icon-32.png" },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false, // everything, office.js included, comes from the build above
      server: env.WEBPACK_SERVE ? await httpsServer() : "https",
    },
  };
};

// The ES5 engine bench (bench/es5.ts) compiles the engine with these very rules, as the pages are compiled.
module.exports.scriptRules = scriptRules;
module.exports.PAGE_POLYFILLS = PAGE_POLYFILLS;
