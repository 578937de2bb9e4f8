import type { Finding } from "../core/finding.js";
import type { Policy } from "../core/policy.js";
import type { ReportFile } from "../report/report.js";
import type { ScanNote } from "./index.js";
/** A JS/TS file to check: on disk (`absolute`), or given as bytes (stdin, shown as `path`). */
export interface CodeFile {
    /** Relative to the working directory, forward slashes. */
    path: string;
    /** ESLint's filename for the file; rules find the nearest port-policy config from it. */
    absolute: string;
    /** Known to be a regular file (discovery saw its type), so reading needs no fstat first. */
    regular?: boolean;
    /** Skipped, with a note, when its content says a tool wrote it (generated-code.ts). */
    skipGenerated?: boolean;
    bytes?: Buffer;
}
export interface LintCodeOptions {
    /**
     * The policy of one file: the rules' severities and what the rules are handed as
     * `settings["port-policy"]`, so they look no config up themselves. Scan
     * gives each file its nearest config's policy (or the one of `--config`); the rules' own lookup
     * is for ESLint runs, where scan's `--preset` and its config problems do not reach.
     */
    policyFor: (file: CodeFile) => Policy;
    /** Keep the text of each file with findings (a baseline fingerprints what was read). */
    keepTexts?: boolean;
}
export type CodeResult = {
    ok: true;
    findings: Finding[];
    files: ReportFile[];
    texts: Map<string, string>;
    notes: ScanNote[];
} | {
    ok: false;
    error: string;
};
export declare function lintCode(files: readonly CodeFile[], options: LintCodeOptions): Promise<CodeResult>;
