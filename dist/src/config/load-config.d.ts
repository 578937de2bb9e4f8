import { type ConfigResult } from "./config-error.js";
export interface LoadConfigOptions {
    /** Where discovery starts; default process.cwd(). */
    cwd?: string;
    /** An explicit config file (`--config`), relative to cwd; skips discovery. */
    configFile?: string;
    /** A built-in preset applied after the config file (`--preset strict` or `port-policy:strict`). */
    preset?: string;
    /** Search for no config file: `recommended` (and `preset`), unless `configFile` names one. */
    noConfigLookup?: boolean;
}
/** Every format; JS configs load with import(), so top-level await works. */
export declare function loadConfig(options?: LoadConfigOptions): Promise<ConfigResult>;
/** Every format; a JS config with top-level await is a `needsAsyncLoad` error (use loadConfig). */
export declare function loadConfigSync(options?: LoadConfigOptions): ConfigResult;
