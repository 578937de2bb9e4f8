// What decides a scan's outcome after the findings are in: --quiet, unused-directive severity,
// the baseline, and the exit code (DESIGN.md: 0 clean, 1 errors or unchecked files or too many
// warnings).
import { readFileSync } from "node:fs";
import path from "node:path";
import { compareWithBaseline } from "../baseline.js";
/** Reads a finding's line from disk (cached per file); the baseline fingerprints the entry's own text. */
export function lineTextReader(cwd) {
    const cache = new Map();
    return (finding) => {
        const file = finding.origin.file;
        if (!cache.has(file)) {
            try {
                cache.set(file, readFileSync(path.resolve(cwd, file), "utf8").split(/\r?\n/));
            }
            catch {
                cache.set(file, undefined);
            }
        }
        return cache.get(file)?.[finding.origin.line - 1];
    };
}
export function gate(findings, options, lineTextOf) {
    let result = findings.map((finding) => finding.ruleId === "unused-disable-directive" && options.reportUnusedDirectives ? { ...finding, severity: "error" } : finding);
    if (options.quiet)
        result = result.filter((finding) => finding.severity === "error");
    if (!options.baseline)
        return { findings: result };
    const { fresh, known, vanished } = compareWithBaseline(result, options.baseline, lineTextOf);
    return { findings: fresh, baseline: { known, vanished } };
}
export function exitCodeFor(findings, maxWarnings) {
    if (findings.some((finding) => finding.severity === "error"))
        return 1;
    const warnings = findings.filter((finding) => finding.severity === "warning").length;
    return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}
