import type { Finding } from "../core/finding.js";
import type { Policy } from "../core/policy.js";
import type { ReportFile } from "../report/report.js";
import type { DiscoveredFile } from "./discover.js";
export interface CodeResult {
    findings: Finding[];
    files: ReportFile[];
    /** The text of each file with findings, by shown path, as read for them (baselines need it). */
    texts: Map<string, string>;
}
export declare function lintCode(files: readonly DiscoveredFile[], policy: Policy, cwd: string): Promise<CodeResult>;
