// Stable identity of a finding, for SARIF partialFingerprints, GitLab Code Quality and baselines.
// It must survive unrelated edits that move lines, so it hashes what the finding is about — rule,
// file, port, protocol, message id and the entry's own content — and never a line or column.
// The entry's content is the text of its line with all whitespace removed when the caller has it
// (as GitHub's primaryLocationLineHash does, github/codeql-action src/fingerprints.ts), else the
// message data minus position-valued keys (`otherLine` in no-duplicate-port).
import { createHash } from "node:crypto";
/** Name of our key in SARIF `partialFingerprints`: versioned, as SARIF 2.1.0 §3.27.17 asks. */
export const FINGERPRINT_KEY = "port-policy/v1";
const POSITION_KEY = /line|column/i;
function entryContent(finding, lineText) {
    if (lineText !== undefined)
        return lineText.replace(/\s+/g, "");
    return Object.keys(finding.data)
        .filter((key) => !POSITION_KEY.test(key))
        .sort()
        .map((key) => `${key}=${String(finding.data[key])}`)
        .join("\n");
}
/** 32 hex digits (128 bits of SHA-256); equal for the same finding wherever its line moves. */
export function fingerprint(finding, lineText) {
    const parts = [
        finding.ruleId,
        finding.origin.file,
        finding.port ?? "",
        finding.protocol ?? "",
        finding.messageId,
        entryContent(finding, lineText),
    ];
    return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}
/**
 * One unique fingerprint per finding: `<hash>:<n>`, where n counts earlier findings with the same
 * hash (the same port published twice by look-alike entries in one file). Pass findings in output
 * order (sortFindings) so n is stable; GitHub's line hashes use the same `:n` scheme.
 */
export function uniqueFingerprints(findings) {
    const seen = new Map();
    return findings.map((finding) => {
        const hash = fingerprint(finding);
        const n = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, n);
        return `${hash}:${n}`;
    });
}
