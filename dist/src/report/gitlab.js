// GitLab Code Quality report (https://docs.gitlab.com/ci/testing/code_quality/), the subset of the
// Code Climate engine spec (codeclimate/platform spec/analyzers/SPEC.md) that GitLab reads. Each
// element must satisfy GitLab's per-item schema (gitlabhq app/validators/json_schemas/codeclimate.json):
// the parser stops at the first invalid element and keys issues by fingerprint, so every
// fingerprint here is unique. Severity follows eslint-formatter-codeclimate: an unreadable file
// (parse-error, ESLint's "fatal") is critical, an error major, a warning minor. Both `lines` and
// `positions` are given: GitLab links `lines.begin`; `positions` keeps the columns.
import { catalogueEntry, docsUrl } from "../core/catalogue.js";
import { uniqueFingerprints } from "./fingerprint.js";
import { sortFindings } from "./order.js";
function severity(finding) {
    if (finding.ruleId === "parse-error")
        return "critical";
    return finding.severity === "error" ? "major" : "minor";
}
function categories(finding) {
    return catalogueEntry(finding.ruleId)?.securitySeverity === undefined ? ["Bug Risk"] : ["Bug Risk", "Security"];
}
function issue(finding, fingerprint) {
    const { file, line, column, endLine, endColumn } = finding.origin;
    return {
        type: "issue",
        check_name: finding.ruleId,
        // Code Climate descriptions are one line; the full text goes in content.body.
        description: finding.message.replace(/\s*[\r\n]+\s*/g, " "),
        content: { body: `${finding.message}\n\n[${finding.ruleId}](${docsUrl(finding.ruleId)})` },
        categories: categories(finding),
        severity: severity(finding),
        fingerprint,
        location: {
            path: file,
            lines: { begin: line, end: Math.max(line, endLine) },
            positions: { begin: { line, column }, end: { line: endLine, column: endColumn } },
        },
    };
}
export function format(report) {
    const findings = sortFindings(report.findings);
    const fingerprints = uniqueFingerprints(findings);
    return `${JSON.stringify(findings.map((finding, i) => issue(finding, fingerprints[i] ?? "")), null, 2)}\n`;
}
