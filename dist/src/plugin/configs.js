import { NAMESPACE } from "../core/catalogue.js";
import { recommended } from "../core/presets/recommended.js";
import { strict } from "../core/presets/strict.js";
import { portPolicyRules } from "./policy-rules.js";
import { typescriptParser } from "./typescript-parser.js";
export const TYPESCRIPT_FILES = ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"];
export const CODE_FILES = ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx", ...TYPESCRIPT_FILES];
export const JSX_FILES = ["**/*.js", "**/*.jsx"];
export function pluginConfigs(plugin, version) {
    const parsing = (name) => [
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
