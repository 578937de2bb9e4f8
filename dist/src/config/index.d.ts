export { loadConfig, loadConfigSync, type LoadConfigOptions } from "./load-config.js";
export { loadPortPolicySettings, portPolicyRules, portPolicySettings, PortPolicyConfigError, type PortPolicySettings, type PortPolicySettingsOptions, } from "./eslint-settings.js";
export { loadConfigForCli, type CliConfig, type CliConfigOptions } from "./cli-config.js";
export { renderConfigError, renderConfigErrors } from "./messages.js";
export type { ConfigError, ConfigErrorCode, ConfigResult, ResolvedConfig } from "./config-error.js";
export type { UserConfig, UserAllowEntry } from "./user-config.js";
