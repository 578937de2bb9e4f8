import { type PresetName } from "../core/presets/index.js";
import { type FormatName } from "../report/index.js";
export declare const USAGE: string;
export interface Output {
    format: FormatName;
    /** Absent: standard output. */
    file?: string;
}
export interface ScanArgs {
    paths: string[];
    outputs: Output[];
    /** No --format was given (GitHub Actions then gets annotations). */
    defaultFormat: boolean;
    preset?: PresetName;
    config?: string;
    changedSince?: string;
    ignore: string[];
    envFiles: string[];
    stdinFilename?: string;
    maxWarnings?: number;
    baseline?: string;
    writeBaseline?: string;
    automationId?: string;
    quiet: boolean;
    code: boolean;
    /** False with --no-config-lookup. */
    configLookup: boolean;
    /** --color (true) or --no-color (false), the last one given; absent: decided by the terminal. */
    color?: boolean;
    reportUnusedDirectives: boolean;
    verbose: boolean;
    includeVendored: boolean;
    followExternalLinks: boolean;
    help: boolean;
}
export type ParsedScanArgs = {
    ok: true;
    args: ScanArgs;
} | {
    ok: false;
    error: string;
};
export declare function parseScanArgs(argv: string[], env: Readonly<Record<string, string | undefined>>): ParsedScanArgs;
