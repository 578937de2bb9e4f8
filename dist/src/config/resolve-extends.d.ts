import type { ConfigError } from "./config-error.js";
import { type ReadResult } from "./read-config-file.js";
import { type PolicyLayer } from "./to-policy.js";
export interface Resolution {
    layers: PolicyLayer[];
    /** Files that contributed, in the order their layers apply. */
    files: string[];
    errors: ConfigError[];
}
export type ResolveSteps<T> = Generator<string, T, ReadResult>;
/** `chain` holds the files currently being resolved, outermost first, to report cycles. */
export declare function resolveFile(file: string, chain?: readonly string[]): ResolveSteps<Resolution>;
