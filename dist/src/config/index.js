// Public API of org-wide configuration (re-exported from the package entry).
export { loadConfig, loadConfigSync } from "./load-config.js";
export { loadPortPolicySettings, portPolicyRules, portPolicySettings, PortPolicyConfigError, } from "./eslint-settings.js";
export { loadConfigForCli } from "./cli-config.js";
export { renderConfigError, renderConfigErrors } from "./messages.js";
