import type { Policy } from "../core/policy.js";
export interface ScanPolicyOptions {
    cwd: string;
    /** `--config <file>`, relative to cwd. */
    configPath?: string;
    /** `--preset <name>`. */
    preset?: string;
    /** `--no-config-lookup`. */
    noConfigLookup?: boolean;
}
export interface ScanPolicies {
    /** The working directory's policy; every file's, when `policyFor` is absent. */
    policy: Policy;
    /** The policy of one scanned file (a path relative to cwd, or absolute). */
    policyFor?: (file: string) => Policy;
    /** The config problems met by `policyFor`, ready for stderr; undefined when there were none. */
    problems(): string | undefined;
}
export type ScanPoliciesResult = {
    ok: true;
    policies: ScanPolicies;
} | {
    ok: false;
    message: string;
};
export declare function loadScanPolicies(options: ScanPolicyOptions): Promise<ScanPoliciesResult>;
