// Deterministic output order for every format: by path, line, column, then rule id, so two runs
// over the same tree print identical reports whatever order files were discovered in. Findings
// use the core's compareFindings; paths compare by UTF-16 code units, as it does.
import { compareFindings, compareText } from "../core/evaluate.js";
export function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** The report's files plus any path that only appears in a finding, sorted, one entry per path. */
export function sortFiles(files, findings = []) {
    const byPath = new Map();
    for (const file of files)
        if (!byPath.has(file.path))
            byPath.set(file.path, file);
    for (const finding of findings) {
        const path = finding.origin.file;
        if (!byPath.has(path))
            byPath.set(path, { path, kind: finding.source ?? "code", listeners: 0 });
    }
    return [...byPath.values()].sort((a, b) => compareText(a.path, b.path));
}
/** Findings grouped by file, both in output order. */
export function groupByFile(findings) {
    const groups = new Map();
    for (const finding of sortFindings(findings)) {
        const group = groups.get(finding.origin.file);
        if (group)
            group.push(finding);
        else
            groups.set(finding.origin.file, [finding]);
    }
    return groups;
}
