import { sortFiles, sortFindings } from "./order.js";
import { summarize } from "./summarize.js";
export const JSON_REPORT_VERSION = 1;
function findingJson(finding, kinds) {
    const { origin } = finding;
    return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        path: origin.file,
        line: origin.line,
        column: origin.column,
        endLine: origin.endLine,
        endColumn: origin.endColumn,
        port: finding.port ?? null,
        protocol: finding.protocol ?? null,
        source: finding.source ?? kinds.get(origin.file) ?? null,
    };
}
export function format(report) {
    const files = sortFiles(report.files, report.findings);
    const kinds = new Map(files.map((file) => [file.path, file.kind]));
    const json = {
        version: JSON_REPORT_VERSION,
        findings: sortFindings(report.findings).map((finding) => findingJson(finding, kinds)),
        files: files.map(({ path, kind, listeners }) => ({ path, kind, listeners })),
        summary: summarize(report),
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}
