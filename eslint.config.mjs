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
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: nodeCommonJsGlobals },
    // Plain .js here is CommonJS (package.json has no "type": "module"), where require() is the import.
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
