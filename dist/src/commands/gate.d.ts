import type { ExitCode } from "../cli.js";
import { type BaselineComparison, type BaselineFile, type EntryTextOf } from "../baseline.js";
import type { Finding } from "../core/finding.js";
export interface GateOptions {
    quiet: boolean;
    reportUnusedDirectives: boolean;
    baseline?: BaselineFile;
}
export interface Gated {
    findings: Finding[];
    baseline?: Omit<BaselineComparison, "fresh">;
}
export declare function gate(findings: readonly Finding[], options: GateOptions, entryTextOf: EntryTextOf): Gated;
export declare function exitCodeFor(findings: readonly Finding[], maxWarnings?: number): ExitCode;
