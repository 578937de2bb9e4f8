import { compareWithBaseline } from "../baseline.js";
export function gate(findings, options, entryTextOf) {
    let result = findings.map((finding) => finding.ruleId === "unused-disable-directive" && options.reportUnusedDirectives ? { ...finding, severity: "error" } : finding);
    if (options.quiet)
        result = result.filter((finding) => finding.severity === "error");
    if (!options.baseline)
        return { findings: result };
    const { fresh, known, vanished } = compareWithBaseline(result, options.baseline, entryTextOf);
    return { findings: fresh, baseline: { known, vanished } };
}
export function exitCodeFor(findings, maxWarnings) {
    if (findings.some((finding) => finding.severity === "error"))
        return 1;
    const warnings = findings.filter((finding) => finding.severity === "warning").length;
    return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}
