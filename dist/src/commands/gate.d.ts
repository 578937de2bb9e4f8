import type { ExitCode } from "../cli.js";
import { type BaselineComparison, type BaselineFile, type LineTextOf } from "../baseline.js";
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
/** Reads a finding's line from disk (cached per file); the baseline fingerprints the entry's own text. */
export declare function lineTextReader(cwd: string): LineTextOf;
export declare function gate(findings: readonly Finding[], options: GateOptions, lineTextOf: LineTextOf): Gated;
export declare function exitCodeFor(findings: readonly Finding[], maxWarnings?: number): ExitCode;
