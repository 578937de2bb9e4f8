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
/**
 * A finding's own text, for fingerprints: its line's text, or a digest of the whole file for a
 * parse-error; undefined when the file's text is not at hand (the message data stands in).
 */
export type EntryTextOf = (finding: Finding) => string | undefined;
/** Entry texts from the texts a scan read (by shown path), so no file is read a second time. */
export declare function entryTextsFrom(texts: ReadonlyMap<string, string>): EntryTextOf;
export declare function createBaseline(findings: readonly Finding[], entryTextOf: EntryTextOf): BaselineFile;
export interface BaselineComparison {
    /** Findings not in the baseline: these are reported. */
    fresh: Finding[];
    /** How many findings the baseline absorbed. */
    known: number;
    /** Baseline entries that matched nothing: fixed since, and safe to prune. */
    vanished: number;
}
export declare function compareWithBaseline(findings: readonly Finding[], baseline: BaselineFile, entryTextOf: EntryTextOf): BaselineComparison;
/** Parses a baseline file's text; a message for the user when it is not one. */
export declare function parseBaseline(text: string): {
    ok: true;
    baseline: BaselineFile;
} | {
    ok: false;
    error: string;
};
