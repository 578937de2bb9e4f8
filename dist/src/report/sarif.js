// SARIF 2.1.0 (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/sarif-v2.1.0-errata01-os-complete.html)
// as GitHub code scanning ingests it
// (https://docs.github.com/en/code-security/reference/code-scanning/sarif-files/sarif-support).
// Every rule of the catalogue is listed, whether or not it fired, so `ruleIndex` and the rule set
// are the same in every run; results carry exact regions (1-based, end column exclusive, UTF-16
// code units like JS strings), repo-relative URIs under %SRCROOT%, and our own versioned
// fingerprint. We do not write GitHub's `primaryLocationLineHash`: upload-sarif computes it from
// the checked-out file (research note ci-formats.md §1.4).
import { pathToFileURL } from "node:url";
import { CATALOGUE, DIAGNOSTICS, docsUrl } from "../core/catalogue.js";
import { FINGERPRINT_KEY, uniqueFingerprints } from "./fingerprint.js";
import { sortFindings } from "./order.js";
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "https://github.com/port-policy/eslint-plugin-port-policy";
const SRCROOT = "%SRCROOT%";
const RULES = [...CATALOGUE, ...DIAGNOSTICS];
/** `no-dynamic-port` → `NoDynamicPort` (SARIF reportingDescriptor.name, used by GitHub's rule filter). */
function ruleName(id) {
    return id.replace(/(^|-)([a-z])/g, (_whole, _dash, letter) => letter.toUpperCase());
}
function level(severity) {
    return severity === "error" ? "error" : "warning";
}
function ruleDescriptor(entry) {
    const url = docsUrl(entry.id);
    const security = entry.securitySeverity !== undefined;
    return {
        id: entry.id,
        name: ruleName(entry.id),
        shortDescription: { text: entry.description },
        fullDescription: { text: entry.rationale },
        // The findings' messages are one short sentence each; the reasoning behind them is here.
        help: {
            text: `${entry.rationale}${entry.help ? ` ${entry.help}` : ""} See ${url}`,
            markdown: `**${entry.description}.**\n\n${entry.rationale}${entry.help ? `\n\n${entry.help}` : ""}\n\n[Rule documentation](${url})`,
        },
        helpUri: url,
        defaultConfiguration: { level: level(entry.severity) },
        properties: {
            tags: security ? ["ports", "security"] : ["ports", "correctness"],
            precision: "high",
            // A numeric string; its presence is what makes GitHub treat the rule as a security rule.
            ...(security ? { "security-severity": entry.securitySeverity?.toFixed(1) } : {}),
        },
    };
}
/** A relative URI reference: each segment percent-encoded, so spaces, `#`, `?` and `:` stay path. */
function artifactUri(path) {
    return path.split("/").map(encodeURIComponent).join("/");
}
/** SARIF requires a trailing slash on a base URI (§3.14.14). */
function directoryUri(cwd) {
    const href = pathToFileURL(cwd).href;
    return href.endsWith("/") ? href : `${href}/`;
}
function region(finding) {
    const { line, column, endLine, endColumn } = finding.origin;
    const startLine = Math.max(1, line);
    const startColumn = Math.max(1, column);
    const lastLine = Math.max(startLine, endLine);
    const lastColumn = lastLine === startLine ? Math.max(startColumn, endColumn) : Math.max(1, endColumn);
    return { startLine, startColumn, endLine: lastLine, endColumn: lastColumn };
}
function result(finding, fingerprint) {
    const ruleIndex = RULES.findIndex((entry) => entry.id === finding.ruleId);
    return {
        ruleId: finding.ruleId,
        ...(ruleIndex === -1 ? {} : { ruleIndex }),
        level: level(finding.severity),
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: artifactUri(finding.origin.file), uriBaseId: SRCROOT },
                    region: region(finding),
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    };
}
export function format(report) {
    const findings = sortFindings(report.findings);
    const fingerprints = uniqueFingerprints(findings);
    const run = {
        tool: {
            driver: {
                name: report.tool.name,
                version: report.tool.version,
                informationUri: INFORMATION_URI,
                rules: RULES.map(ruleDescriptor),
            },
        },
        ...(report.automationId === undefined ? {} : { automationDetails: { id: report.automationId } }),
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(report.cwd) } },
        columnKind: "utf16CodeUnits",
        results: findings.map((finding, i) => result(finding, fingerprints[i] ?? "")),
    };
    const log = { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
    return `${JSON.stringify(log, null, 2)}\n`;
}
