import type { ESLint } from "eslint";
import { type PluginConfigs } from "./plugin/configs.js";
type PortPolicyPlugin = ESLint.Plugin & {
    meta: {
        name: string;
        version: string;
        namespace: string;
    };
    configs: PluginConfigs;
};
declare const plugin: PortPolicyPlugin;
export default plugin;
export { plugin as "module.exports" };
export { evaluate, type EvaluateOptions } from "./core/evaluate.js";
export type { Finding, FindingRuleId, Severity } from "./core/finding.js";
export type { Listener, ListenerRole, ListenerSource, Origin, Privilege, Protocol, ServiceIdentity } from "./core/listener.js";
export type { AllowEntry, EphemeralSetting, OrgRegistryEntry, Policy } from "./core/policy.js";
export type { RuleId } from "./core/catalogue.js";
export * from "./config/index.js";
export { CODE_FILES, TYPESCRIPT_FILES } from "./plugin/configs.js";
