// ESLint 9 flat config. Formatting is prettier's job (`prettier --check .` runs beside eslint in `npm run lint`).
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// eslint-plugin-office-addins's flat "react" config = eslint-plugin-react recommended + the plugin's
// "recommended" (eslint:recommended, eslint-config-prettier, and the office-addins rules on *.js/*.ts).
// The office-addins rules recognise Office proxy objects by method name (getCell, getRange, load …), which
// ExcelJS shares, so they give false alarms on the xlsx host. They are therefore applied exactly where
// Office.js code lives (all Excel.run calls are in src/hosts/office/) — .tsx included, which the plugin's
// own config leaves out — and switched off everywhere else.
const OFFICE_CODE = ["src/hosts/office/**", "src/taskpane/**", "src/commands/**"];
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith("office-addins/")),
);
const officeAddinsRulesOff = Object.fromEntries(Object.keys(officeAddinsRules).map((rule) => [rule, "off"]));

/** Globals of a CommonJS Node file such as webpack.config.js. */
const nodeCommonJsGlobals = Object.fromEntries(
  ["require", "module", "exports", "__dirname", "__filename", "process", "console", "Buffer"].map((name) => [
    name,
    "readonly",
  ]),
);

// Import boundaries (ARCHITECTURE.md): which folder of src/ may import which. An import whose path names a
// forbidden folder fails `npm run lint`. Relative paths are matched as written ("../../hosts/office/host").
const layer = (folder) => [`**/${folder}`, `**/${folder}/**`];
const FRONT_ENDS = [
  ...layer("ui"),
  ...layer("taskpane"),
  ...layer("web"),
  ...layer("wps"),
  ...layer("commands"),
];
const because = (message, ...groups) => ({ group: [...new Set(groups.flat())], message });
const BOUNDARIES = [
  {
    files: ["src/engine/**"],
    patterns: [
      because(
        "src/engine is pure: it imports nothing outside src/engine (no host, reader, UI, CLI, Node or DOM).",
        layer("hosts"),
        layer("workbook"),
        layer("cli"),
        FRONT_ENDS,
        ["node:*", "fs", "path", "react", "react-dom", "exceljs", "fflate", "saxes", "@fluentui/*"],
      ),
    ],
  },
  {
    files: ["src/workbook/**"],
    patterns: [
      because(
        "src/workbook (the .xlsx reader/writer) imports only src/engine.",
        layer("hosts"),
        layer("cli"),
        FRONT_ENDS,
      ),
    ],
  },
  {
    files: ["src/hosts/*.ts", "src/hosts/inplace/**"],
    patterns: [
      because(
        "The hosts layer's ports and the shared in-place controller name no host and no front end.",
        layer("office"),
        layer("wps"),
        layer("cli"),
        FRONT_ENDS,
      ),
    ],
  },
  {
    files: ["src/hosts/office/**"],
    patterns: [
      because(
        "A host imports the engine, the workbook reader and the hosts layer; never another host or a front end.",
        layer("wps"),
        layer("cli"),
        FRONT_ENDS,
      ),
    ],
  },
  {
    files: ["src/hosts/wps/**"],
    patterns: [
      because(
        "A host imports the engine, the workbook reader and the hosts layer; never another host or a front end.",
        layer("office"),
        layer("cli"),
        FRONT_ENDS,
      ),
    ],
  },
  {
    files: ["src/ui/**"],
    patterns: [
      because(
        "src/ui sees the engine and the front-end port (src/hosts/controller) only: never a host, the reader or a page.",
        ["**/hosts/*/**", "**/hosts/office", "**/hosts/wps", "**/hosts/inplace", "**/hosts/port"],
        layer("workbook"),
        layer("cli"),
        layer("taskpane"),
        layer("web"),
        layer("wps"),
        layer("commands"),
        ["exceljs", "node:*"],
      ),
    ],
  },
  {
    files: ["src/cli/**"],
    patterns: [
      because(
        "The CLI uses the engine and the workbook reader/writer, never a UI or an in-place host.",
        FRONT_ENDS,
        ["**/hosts/office", "**/hosts/office/**", "**/hosts/wps", "**/hosts/wps/**", "react", "react-dom"],
      ),
    ],
  },
  {
    files: ["src/web/**"],
    patterns: [
      because(
        "The browser page is a front end over the port: no task pane, no in-place host, no CLI.",
        layer("taskpane"),
        layer("wps"),
        layer("commands"),
        layer("cli"),
        ["**/hosts/office", "**/hosts/office/**", "**/hosts/inplace/**"],
      ),
    ],
  },
  {
    files: ["src/taskpane/**", "src/commands/**"],
    patterns: [
      because(
        "Excel's pages compose the Office host with the shared UI; never WPS, the browser page or the CLI.",
        layer("web"),
        layer("wps"),
        layer("cli"),
      ),
    ],
  },
  {
    files: ["src/wps/**"],
    patterns: [
      because(
        "WPS's pages compose the WPS host with the shared UI; never Excel's host or pages, the browser page or the CLI.",
        layer("office"),
        layer("taskpane"),
        layer("commands"),
        layer("web"),
        layer("cli"),
      ),
    ],
  },
].map(({ files, patterns }) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } }));

// Only Office's code names the Office.js API (values and types); only WPS's names WPS's.
const officeApi = (message) => [
  { selector: "TSQualifiedName[left.name=/^(Excel|Office|OfficeExtension)$/]", message },
  { selector: "MemberExpression[object.name=/^(Excel|Office|OfficeExtension)$/]", message },
];
const wpsApi = (message) => [{ selector: "MemberExpression[object.name=/^(wps|WPS)$/]", message }];
const API_BOUNDARIES = [
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/hosts/office/**", "src/taskpane/**", "src/commands/**", "src/hosts/wps/**", "src/wps/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...officeApi("Only src/hosts/office (and Excel's pages) name the Office.js API."),
        ...wpsApi("Only src/hosts/wps (and WPS's pages) name WPS's API."),
      ],
    },
  },
  {
    files: ["src/hosts/wps/**/*.ts", "src/wps/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...officeApi("Only src/hosts/office (and Excel's pages) name the Office.js API."),
      ],
    },
  },
  {
    files: ["src/hosts/office/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...wpsApi("Only src/hosts/wps (and WPS's pages) name WPS's API.")],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "release/",
      "out/",
      "coverage/",
      "vendor/",
      "bench/tmp/",
      "test/tmp/",
      "test/screenshots/tmp/",
    ],
  },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    files: OFFICE_CODE.map((dir) => `${dir}/*.{ts,tsx}`),
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    ignores: OFFICE_CODE,
    rules: officeAddinsRulesOff,
  },
  {
    files: ["**/*.{jsx,tsx}"],
    rules: {
      // React 17+ JSX transform (tsconfig "jsx": "react-jsx"): no `import React` needed.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // Props are typed by TypeScript.
      "react/prop-types": "off",
    },
  },
  {
    rules: {
      // prettier runs on its own in `npm run lint`; running it again inside eslint only doubles the time.
      "prettier/prettier": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // typescript-eslint 8.8 (pinned: eslint-plugin-office-addins wants ~8.8) crashes on ESLint >= 9.15's
      // core rule when this rule gets no options ("reading 'allowShortCircuit'"); spelling them out avoids it.
      "@typescript-eslint/no-unused-expressions": [
        "error",
        { allowShortCircuit: false, allowTernary: false, allowTaggedTemplates: false, enforceForJSX: false },
      ],
    },
  },
  ...BOUNDARIES,
  ...API_BOUNDARIES,
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: nodeCommonJsGlobals },
    // Plain .js here is CommonJS (package.json has no "type": "module"), where require() is the import.
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
