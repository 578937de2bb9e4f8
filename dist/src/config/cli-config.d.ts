import type { Policy } from "../core/policy.js";
import type { ConfigError } from "./config-error.js";
export interface CliConfigOptions {
    cwd: string;
    /** `--config <path>`, relative to cwd. */
    configPath?: string;
    /** `--preset <name>`, applied after the config file. */
    preset?: string;
    /** `--no-config-lookup`: no config file is searched for (only `configPath`, when given, is read). */
    noConfigLookup?: boolean;
}
export type CliConfig = {
    ok: true;
    policy: Policy;
    files: string[];
} | {
    ok: false;
    message: string;
};
export declare function loadConfigForCli(options: CliConfigOptions): Promise<CliConfig>;
/** "port-policy: the configuration has 2 problems:" and one line per problem, for stderr. */
export declare function configProblems(errors: readonly ConfigError[], cwd: string): string;
