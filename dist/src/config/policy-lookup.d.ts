import type { ConfigResult } from "./config-error.js";
import { type FoundConfig } from "./find-config-file.js";
export interface PolicyLookupOptions {
    /** Forget answers this old (milliseconds); absent: keep them for the lookup's lifetime. */
    ttlMs?: number;
    /** Results already loaded (by the async loader, for JS configs with top-level await). */
    known?: ReadonlyMap<string, ConfigResult>;
}
export interface PolicyLookup {
    /** The resolved config for `file` (absolute); `recommended` when no config file applies. */
    forFile(file: string): ConfigResult;
    /** The config file that applies to `directory` (absolute), if any. */
    configFileFor(directory: string): FoundConfig;
}
export declare function createPolicyLookup(options?: PolicyLookupOptions): PolicyLookup;
