// The project lints its own code: ESLint's recommended rules plus typescript-eslint's.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // examples/ are projects of their own (with their own eslint.config.js), run by test/install/.
  { ignores: ["dist/", "node_modules/", "fixtures/", "examples/", "bench/.generated/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The published code runs without devDependencies: @typescript-eslint/utils gives it types only
    // (rules/utils/ast-runtime.ts has the run-time values).
    files: ["src/**/*.ts", "rules/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [{ name: "@typescript-eslint/utils", allowTypeImports: true, message: "a devDependency: import its types with `import type`, values from rules/utils/ast-runtime.js" }] },
      ],
    },
  },
);
