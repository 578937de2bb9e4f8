import type { Finding } from "./core/finding.js";
export interface BaselineEntry {
    fingerprint: string;
    ruleId: string;
    path: string;
    port?: number;
}
export interface BaselineFile {
    version: 1;
    tool: "port-policy";
    findings: BaselineEntry[];
}
/** Text of a finding's line, for fingerprints; undefined when the file text is not at hand. */
export type LineTextOf = (finding: Finding) => string | undefined;
export declare function createBaseline(findings: readonly Finding[], lineTextOf: LineTextOf): BaselineFile;
export interface BaselineComparison {
    /** Findings not in the baseline: these are reported. */
    fresh: Finding[];
    /** How many findings the baseline absorbed. */
    known: number;
    /** Baseline entries that matched nothing: fixed since, and safe to prune. */
    vanished: number;
}
export declare function compareWithBaseline(findings: readonly Finding[], baseline: BaselineFile, lineTextOf: LineTextOf): BaselineComparison;
/** Parses a baseline file's text; a message for the user when it is not one. */
export declare function parseBaseline(text: string): {
    ok: true;
    baseline: BaselineFile;
} | {
    ok: false;
    error: string;
};
