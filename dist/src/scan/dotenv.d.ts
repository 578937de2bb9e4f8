import type { FrontEndResult, SourceFile } from "./types.js";
/** One `KEY=value` of an env file. Offsets are into the file's text, end exclusive. */
export interface EnvEntry {
    key: string;
    value: string;
    keyStart: number;
    keyEnd: number;
    valueStart: number;
    valueEnd: number;
    /** The value is spelled character for character at [valueStart, valueEnd) (no escapes). */
    exact: boolean;
}
/** Entries in file order; a later duplicate key wins in `dotenvValues`. Never fails (dotenv skips bad lines). */
export declare function parseDotenv(text: string): EnvEntry[];
/** The object `dotenv.parse()` returns. */
export declare function dotenvValues(entries: readonly EnvEntry[]): Record<string, string>;
/** `PORT` or a key ending in `_PORT` (`DB_PORT`, `POSTGRES_PORT`); not `PORT_RANGE`, `EXPORT_DIR`, `SUPPORT_EMAIL`. */
export declare function isPortEnvKey(key: string): boolean;
export type EnvPortValue = {
    kind: "port";
    port: number;
} | {
    kind: "out-of-range";
    port: number;
} | {
    kind: "none";
};
/** A whole decimal number is a port (or out of range); URLs, words and empty values are not listeners. */
export declare function envPortValue(value: string): EnvPortValue;
export declare function scanEnvFile(file: SourceFile): FrontEndResult;
