// Package entry: the ESLint 10 flat-config plugin (default export) and the public API of the core.
// Usage: `import portPolicy from "eslint-plugin-port-policy"; export default portPolicy.configs.recommended;`
import type { ESLint } from "eslint";
import { rules } from "../rules/index.js";
import { NAMESPACE } from "./core/catalogue.js";
import { pluginConfigs, type PluginConfigs } from "./plugin/configs.js";
import { packageInfo } from "./version.js";

type PortPolicyPlugin = ESLint.Plugin & {
  meta: { name: string; version: string; namespace: string };
  configs: PluginConfigs;
};

const { name, version } = packageInfo();

// typescript-eslint's RuleModule and ESLint's are the same object with different typings.
const pluginRules = rules as unknown as NonNullable<ESLint.Plugin["rules"]>;

const plugin = { meta: { name, version, namespace: NAMESPACE }, rules: pluginRules } as PortPolicyPlugin;

// Configs refer to the plugin object itself, so they are attached after it exists (ESLint docs,
// extend/plugins.md, "Configs in Plugins").
plugin.configs = pluginConfigs(plugin, version);

export default plugin;
// `require("eslint-plugin-port-policy")` (Node's require of ESM, and eslint-doc-generator, which
// loads plugins that way) gets the plugin itself rather than the module namespace.
export { plugin as "module.exports" };

export { evaluate, type EvaluateOptions } from "./core/evaluate.js";
export type { Finding, FindingRuleId, Severity } from "./core/finding.js";
export type { Listener, ListenerRole, ListenerSource, Origin, Privilege, Protocol, ServiceIdentity } from "./core/listener.js";
export type { AllowEntry, EphemeralSetting, OrgRegistryEntry, Policy } from "./core/policy.js";
export type { RuleId } from "./core/catalogue.js";
export * from "./config/index.js";
export { CODE_FILES, TYPESCRIPT_FILES } from "./plugin/configs.js";
