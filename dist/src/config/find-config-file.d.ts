import type { ConfigError } from "./config-error.js";
export declare const CONFIG_FILE_NAMES: readonly ["port-policy.config.js", "port-policy.config.mjs", "port-policy.config.cjs", "port-policy.config.ts", "port-policy.config.mts", "port-policy.config.cts", "port-policy.config.json", "port-policy.config.yaml", "port-policy.config.yml"];
export declare const PACKAGE_JSON_KEY = "portPolicy";
export type FoundConfig = {
    ok: true;
    file: string | undefined;
} | {
    ok: false;
    errors: ConfigError[];
};
/** The config file of this directory alone: one, none, or an error for two. */
export declare function configFileIn(directory: string): FoundConfig;
export declare function findConfigFile(cwd: string): FoundConfig;
