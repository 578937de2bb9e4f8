import { type ConfigError } from "./config-error.js";
import { type Locate } from "./locate-in-yaml.js";
export interface RawConfig {
    file: string;
    value: unknown;
    /** Where the config sits inside the file: "/portPolicy" in package.json, "" elsewhere. */
    prefix: string;
    locate: Locate;
}
export type ReadResult = {
    ok: true;
    config: RawConfig;
} | {
    ok: false;
    errors: ConfigError[];
};
export declare const SUPPORTED_EXTENSIONS: string[];
export declare function readConfigFileSync(file: string): ReadResult;
export declare function readConfigFile(file: string): Promise<ReadResult>;
/** Adds line and column to errors in this file: at the key for key errors, else at the value. */
export declare function atPositions(raw: RawConfig, errors: readonly ConfigError[]): ConfigError[];
