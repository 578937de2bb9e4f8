import type { Policy } from "../core/policy.js";
import type { ConfigError } from "./config-error.js";
export declare const SETTINGS_KEY = "port-policy";
export interface PortPolicySettingsOptions {
    /** Where to look for the config; default process.cwd(), which is where ESLint runs. */
    cwd?: string;
    /** An explicit config file, relative to cwd. */
    configFile?: string;
}
export interface PortPolicySettings {
    "port-policy": Policy;
    /** Assignable to ESLint's `settings` (an open record). */
    [key: string]: unknown;
}
export declare class PortPolicyConfigError extends Error {
    readonly errors: readonly ConfigError[];
    constructor(errors: readonly ConfigError[], cwd: string);
}
/**
 * Synchronous: YAML, JSON, package.json and JS configs without top-level await.
 * Usage: `{ settings: portPolicySettings() }` in eslint.config.js.
 */
export declare function portPolicySettings(options?: PortPolicySettingsOptions): PortPolicySettings;
/** The same for every format, including JS configs with top-level await: `settings: await loadPortPolicySettings()`. */
export declare function loadPortPolicySettings(options?: PortPolicySettingsOptions): Promise<PortPolicySettings>;
export { portPolicyRules } from "../plugin/policy-rules.js";
