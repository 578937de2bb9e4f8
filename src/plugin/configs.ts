// The plugin's flat configs. Each is an array, as typescript-eslint's are, because one object
// cannot say "these rules for every JS and TS file, this parser for TypeScript files only":
//   1. the rules, for every file kind the listener rules understand;
//   2. a TypeScript parser for .ts/.mts/.cts/.tsx (see typescript-parser.ts), which ESLint would
//      otherwise parse with espree and fail on the first type annotation;
//   3. JSX parsing for .jsx and .js, which espree does not do unless asked: React projects
//      (Create React App, Next.js, Docusaurus) write JSX in .js files. It costs plain JavaScript
//      nothing: JSX mode only reads a `<` where no JavaScript expression can start.
// Nothing else: no globals, sourceType or parserOptions a user's other configs set, so spreading
// these after (or before) `tseslint.configs.recommended` changes nothing of theirs.
import type { ESLint, Linter } from "eslint";
import { NAMESPACE } from "../core/catalogue.js";
import { recommended } from "../core/presets/recommended.js";
import { strict } from "../core/presets/strict.js";
import { portPolicyRules } from "./policy-rules.js";
import { typescriptParser } from "./typescript-parser.js";

export const TYPESCRIPT_FILES = ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"];
export const CODE_FILES = ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx", ...TYPESCRIPT_FILES];
export const JSX_FILES = ["**/*.js", "**/*.jsx"];

export interface PluginConfigs {
  [name: string]: Linter.Config[];
  recommended: Linter.Config[];
  strict: Linter.Config[];
}

export function pluginConfigs(plugin: ESLint.Plugin, version: string): PluginConfigs {
  const parsing = (name: string): Linter.Config[] => [
    { name: `${NAMESPACE}/${name}/typescript`, files: TYPESCRIPT_FILES, languageOptions: { parser: typescriptParser(version) } },
    { name: `${NAMESPACE}/${name}/jsx`, files: JSX_FILES, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  ];
  return {
    recommended: [{ name: `${NAMESPACE}/recommended`, files: CODE_FILES, plugins: { [NAMESPACE]: plugin }, rules: portPolicyRules(recommended) }, ...parsing("recommended")],
    strict: [
      // `preset` alone keeps the nearest port-policy config in force and applies strict over it.
      { name: `${NAMESPACE}/strict`, files: CODE_FILES, plugins: { [NAMESPACE]: plugin }, rules: portPolicyRules(strict), settings: { [NAMESPACE]: { preset: "strict" } } },
      ...parsing("strict"),
    ],
  };
}
