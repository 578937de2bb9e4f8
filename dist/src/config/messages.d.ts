import { type ConfigError, type ConfigErrorCode } from "./config-error.js";
export declare const CONFIG_MESSAGES: Readonly<Record<ConfigErrorCode, string>>;
/** ["allowlist", "0", "reason"] → allowlist[0].reason; registry keys are quoted: registry["8443/tcp"]. */
export declare function keyPath(pointer: string): string;
export declare function renderConfigError(error: ConfigError, options?: {
    cwd?: string;
}): string;
export declare function renderConfigErrors(errors: readonly ConfigError[], options?: {
    cwd?: string;
}): string;
