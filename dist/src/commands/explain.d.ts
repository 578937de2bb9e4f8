import type { ExitCode, Io } from "../cli.js";
export declare function explain(args: string[], io: Io): Promise<ExitCode>;
