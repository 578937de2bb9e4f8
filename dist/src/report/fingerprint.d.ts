import type { Finding } from "../core/finding.js";
/** Name of our key in SARIF `partialFingerprints`: versioned, as SARIF 2.1.0 §3.27.17 asks. */
export declare const FINGERPRINT_KEY = "port-policy/v1";
/** 32 hex digits (128 bits of SHA-256); equal for the same finding wherever its line moves. */
export declare function fingerprint(finding: Finding, lineText?: string): string;
/**
 * One unique fingerprint per finding: `<hash>:<n>`, where n counts earlier findings with the same
 * hash (the same port published twice by look-alike entries in one file). Pass findings in output
 * order (sortFindings) so n is stable; GitHub's line hashes use the same `:n` scheme.
 */
export declare function uniqueFingerprints(findings: readonly Finding[]): string[];
