// The ESLint side of one policy: read the same config file the scanner reads and hand the
// resolved Policy to the plugin's rules through the flat config's `settings`, so pre-commit
// (ESLint) and CI (`port-policy scan`) reach identical verdicts. A broken config throws here,
// with every problem listed: an ESLint config file has no other way to stop the run, and
// linting with a different policy than CI would be worse than not linting.
import { NAMESPACE } from "../core/catalogue.js";
import { loadConfig, loadConfigSync } from "./load-config.js";
import { renderConfigErrors } from "./messages.js";
export const SETTINGS_KEY = NAMESPACE;
export class PortPolicyConfigError extends Error {
    errors;
    constructor(errors, cwd) {
        super(`port-policy configuration is invalid:\n${renderConfigErrors(errors, { cwd })}`);
        this.name = "PortPolicyConfigError";
        this.errors = errors;
    }
}
function settingsOf(result, cwd) {
    if (!result.ok)
        throw new PortPolicyConfigError(result.errors, cwd);
    return { [SETTINGS_KEY]: result.policy };
}
/**
 * Synchronous: YAML, JSON, package.json and JS configs without top-level await.
 * Usage: `{ settings: portPolicySettings() }` in eslint.config.js.
 */
export function portPolicySettings(options = {}) {
    const cwd = options.cwd ?? process.cwd();
    return settingsOf(loadConfigSync({ cwd, ...(options.configFile !== undefined && { configFile: options.configFile }) }), cwd);
}
/** The same for every format, including JS configs with top-level await: `settings: await loadPortPolicySettings()`. */
export async function loadPortPolicySettings(options = {}) {
    const cwd = options.cwd ?? process.cwd();
    return settingsOf(await loadConfig({ cwd, ...(options.configFile !== undefined && { configFile: options.configFile }) }), cwd);
}
export { portPolicyRules } from "../plugin/policy-rules.js";
