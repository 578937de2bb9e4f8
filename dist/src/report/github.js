// GitHub Actions workflow commands
// (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands) and the
// Markdown job summary for $GITHUB_STEP_SUMMARY. Escaping mirrors actions/toolkit
// packages/core/src/command.ts (escapeData / escapeProperty), which the runner undoes in
// src/Runner.Common/ActionCommand.cs. The runner keeps at most 10 annotations of each type per
// step (src/Runner.Worker/ExecutionContext.cs, _maxCountPerIssueType = 10) and drops the rest
// silently, so we print the first 10 errors and 10 warnings and say how many were left out; the
// summary and the SARIF report carry everything.
import { docsUrl } from "../core/catalogue.js";
import { escapeXmlText } from "./escape-xml.js";
import { sortFindings } from "./order.js";
import { summarize } from "./summarize.js";
export const MAX_ANNOTATIONS_PER_TYPE = 10;
/** Rows in the job summary table; a summary may be at most 1 MiB per step. */
export const MAX_SUMMARY_ROWS = 1000;
/** Message data: `%` first, so the escapes themselves are not escaped again. */
export function escapeData(text) {
    return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Property values are also split on `,` and `:` by the runner. */
export function escapeProperty(text) {
    return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotation(finding) {
    const { file, line, column, endLine, endColumn } = finding.origin;
    const properties = [
        `file=${escapeProperty(file)}`,
        `line=${line}`,
        `col=${column}`,
        `endLine=${endLine}`,
        `endColumn=${endColumn}`,
        `title=${escapeProperty(finding.ruleId)}`,
    ];
    return `::${finding.severity} ${properties.join(",")}::${escapeData(finding.message)}`;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? "" : "s"}`;
}
export function format(report) {
    const findings = sortFindings(report.findings);
    const errors = findings.filter((f) => f.severity === "error");
    const warnings = findings.filter((f) => f.severity === "warning");
    const shown = [...errors.slice(0, MAX_ANNOTATIONS_PER_TYPE), ...warnings.slice(0, MAX_ANNOTATIONS_PER_TYPE)];
    const lines = shown.map(annotation);
    const leftErrors = Math.max(0, errors.length - MAX_ANNOTATIONS_PER_TYPE);
    const leftWarnings = Math.max(0, warnings.length - MAX_ANNOTATIONS_PER_TYPE);
    if (leftErrors + leftWarnings > 0) {
        const message = `${plural(leftErrors + leftWarnings, "more finding")} (${plural(leftErrors, "error")}, ${plural(leftWarnings, "warning")}) not shown as annotations: GitHub shows at most ${MAX_ANNOTATIONS_PER_TYPE} errors and ${MAX_ANNOTATIONS_PER_TYPE} warnings per step. See the job summary or the SARIF report for all of them.`;
        lines.push(`::notice title=${escapeProperty(report.tool.name)}::${escapeData(message)}`);
    }
    return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
/** A table cell: no line breaks, no `|`, no HTML or Markdown markup from the message. */
function cell(text) {
    return escapeXmlText(text)
        .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
        .replace(/\r?\n|\r/g, "<br>");
}
function findingRow(finding) {
    const { file, line, column } = finding.origin;
    const severity = finding.severity === "error" ? "❌ error" : "⚠️ warning";
    const rule = `[${cell(finding.ruleId)}](${docsUrl(finding.ruleId)})`;
    return `| ${severity} | ${cell(`${file}:${line}:${column}`)} | ${rule} | ${cell(finding.message)} |`;
}
/** Markdown for $GITHUB_STEP_SUMMARY: totals, counts per rule, then every finding (up to MAX_SUMMARY_ROWS). */
export function formatStepSummary(report) {
    const summary = summarize(report);
    const name = cell(report.tool.name);
    const checked = `${plural(summary.files, "file")} and ${plural(summary.listeners, "listener")} checked.`;
    if (summary.errors + summary.warnings === 0)
        return `### ✅ ${name}: no problems\n\n${checked}\n`;
    const parts = [`### ${name}: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`, checked];
    const ruleRows = Object.entries(summary.byRule).map(([id, count]) => `| [${cell(id)}](${docsUrl(id)}) | ${count} |`);
    parts.push(["| Rule | Findings |", "| --- | ---: |", ...ruleRows].join("\n"));
    const findings = sortFindings(report.findings);
    const rows = findings.slice(0, MAX_SUMMARY_ROWS).map(findingRow);
    parts.push(["| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |", ...rows].join("\n"));
    if (findings.length > MAX_SUMMARY_ROWS) {
        parts.push(`…and ${plural(findings.length - MAX_SUMMARY_ROWS, "more finding")}; see the SARIF or JSON report.`);
    }
    return `${parts.join("\n\n")}\n`;
}
