import type { Finding } from "../core/finding.js";
import type { FileKind } from "../scan/types.js";
export type ReportFileKind = FileKind | "code";
/** A file that was checked, whether or not it has findings (JUnit and checkstyle list clean files too). */
export interface ReportFile {
    /** Relative to `Report.cwd`, forward slashes, as in `Finding.origin.file`. */
    path: string;
    kind: ReportFileKind;
    /** How many listeners the file declared. */
    listeners: number;
}
export interface Report {
    /** `origin.file` is already relative to `cwd` with forward slashes; any order (formats sort). */
    findings: readonly Finding[];
    files: readonly ReportFile[];
    tool: {
        name: string;
        version: string;
    };
    /** Absolute working directory: SARIF's `%SRCROOT%` in `originalUriBaseIds`. */
    cwd: string;
    /** SARIF `automationDetails.id` (`category/run-id`); left out when absent so upload-sarif's `category` input applies. */
    automationId?: string;
    /** With --baseline: findings the baseline absorbed, and entries that matched nothing (prunable). */
    baseline?: {
        known: number;
        vanished: number;
    };
}
export interface FormatOptions {
    /** ANSI colours (stylish only); the caller decides, see `shouldUseColor`. */
    color?: boolean;
}
export type Formatter = (report: Report, options?: FormatOptions) => string;
