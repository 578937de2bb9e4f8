export interface Io {
    stdout: {
        write(text: string): unknown;
        isTTY?: boolean;
    };
    stderr: {
        write(text: string): unknown;
    };
    cwd: string;
    env: Readonly<Record<string, string | undefined>>;
    /** Standard input, for `port-policy scan -`. */
    stdin?: AsyncIterable<string | Uint8Array>;
}
export type ExitCode = 0 | 1 | 2;
export declare function run(argv: readonly string[], io: Io): Promise<ExitCode>;
