import { type ConfigError } from "./config-error.js";
import { type RawConfig } from "./read-config-file.js";
import type { UserConfig } from "./user-config.js";
export type Validated = {
    ok: true;
    config: UserConfig;
} | {
    ok: false;
    errors: ConfigError[];
};
export declare function validateConfig(raw: RawConfig): Validated;
