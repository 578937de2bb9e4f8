import { rules } from "../rules/index.js";
import { NAMESPACE } from "./core/catalogue.js";
import { pluginConfigs } from "./plugin/configs.js";
import { packageInfo } from "./version.js";
const { name, version } = packageInfo();
// typescript-eslint's RuleModule and ESLint's are the same object with different typings.
const pluginRules = rules;
const plugin = { meta: { name, version, namespace: NAMESPACE }, rules: pluginRules };
// Configs refer to the plugin object itself, so they are attached after it exists (ESLint docs,
// extend/plugins.md, "Configs in Plugins").
plugin.configs = pluginConfigs(plugin, version);
export default plugin;
// `require("eslint-plugin-port-policy")` (Node's require of ESM, and eslint-doc-generator, which
// loads plugins that way) gets the plugin itself rather than the module namespace.
export { plugin as "module.exports" };
export { evaluate } from "./core/evaluate.js";
export * from "./config/index.js";
export { CODE_FILES, TYPESCRIPT_FILES } from "./plugin/configs.js";
