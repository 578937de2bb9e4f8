import type { Finding } from "../core/finding.js";
import type { ReportFile } from "./report.js";
export declare function sortFindings(findings: readonly Finding[]): Finding[];
/** The report's files plus any path that only appears in a finding, sorted, one entry per path. */
export declare function sortFiles(files: readonly ReportFile[], findings?: readonly Finding[]): ReportFile[];
/** Findings grouped by file, both in output order. */
export declare function groupByFile(findings: readonly Finding[]): Map<string, Finding[]>;
