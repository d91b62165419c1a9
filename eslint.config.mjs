// ESLint flat config for the page's own JavaScript (graph/static/*.js).
// Run: npx --yes eslint@9 graph/static   (.ci/run does; nothing to install in the repository)
import { createRequire } from "node:module";
import path from "node:path";

// @eslint/js ships with eslint itself: resolve it from the eslint that runs this config, so a
// bare `npx eslint@9` needs no package.json here.
const require = createRequire(path.join(path.dirname(process.argv[1]), "noop.js"));
const js = require("@eslint/js");

export default [
  js.configs.recommended,
  {
    files: ["graph/static/**/*.js"],
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: "script",
      globals: {
        window: "readonly",
        document: "readonly",
        performance: "readonly",
        setTimeout: "readonly",
        CSS: "readonly",
        Event: "readonly",
        Map: "readonly",
        Set: "readonly",
        Image: "readonly",
        Blob: "readonly",
        URL: "readonly",
        vis: "readonly",
      },
    },
    rules: {
      "no-var": "off",
      eqeqeq: ["error", "always"],
      "no-implicit-globals": "error",
      "no-prototype-builtins": "error",
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Put article text on the page with textContent." },
        { property: "outerHTML", message: "Put article text on the page with textContent." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: "Put article text on the page with textContent.",
        },
      ],
    },
  },
];
