import type { Directive } from "../core/suppress.js";
import { type ComposeScanOptions } from "./compose-scan.js";
import type { LoadedFile } from "./load-file.js";
import type { FileKind, FrontEndResult } from "./types.js";
export interface FrontEndRun {
    /** Every file handed over, in order. */
    files: Array<{
        path: string;
        kind: FileKind;
    }>;
    /** Inline `# port-policy-…` directives by file path. */
    directives: Map<string, Directive[]>;
    add(file: LoadedFile): void;
    finish(): FrontEndResult;
}
export declare function frontEndRun(options: ComposeScanOptions): FrontEndRun;
