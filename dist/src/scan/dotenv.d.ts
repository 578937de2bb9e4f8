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
