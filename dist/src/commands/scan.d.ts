import type { ExitCode, Io } from "../cli.js";
import { exitCodeFor } from "./gate.js";
export { exitCodeFor };
export declare function scan(argv: string[], io: Io): Promise<ExitCode>;
