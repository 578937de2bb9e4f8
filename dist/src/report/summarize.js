// Counts shown by json, stylish, junit and the GitHub step summary.
import { sortFiles } from "./order.js";
export function summarize(report) {
    const counts = new Map();
    let errors = 0;
    for (const finding of report.findings) {
        if (finding.severity === "error")
            errors += 1;
        counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
    }
    const byRule = {};
    for (const id of [...counts.keys()].sort())
        byRule[id] = counts.get(id) ?? 0;
    const files = sortFiles(report.files, report.findings);
    return {
        errors,
        warnings: report.findings.length - errors,
        files: files.length,
        listeners: files.reduce((sum, file) => sum + file.listeners, 0),
        byRule,
        ...(report.baseline ? { baseline: { ...report.baseline } } : {}),
    };
}
