export declare const MAX_CONFIG_DEPTH = 32;
/** The path (keys) to the first value deeper than `limit`, or undefined when the value stays within it. */
export declare function firstTooDeep(value: unknown, limit?: number): string[] | undefined;
