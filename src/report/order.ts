// Deterministic output order for every format: by path, line, column, then rule id, so two runs
// over the same tree print identical reports whatever order files were discovered in. Strings
// compare by UTF-16 code units, not localeCompare, so the order does not depend on the locale.
import type { Finding } from "../core/finding.js";
import type { ReportFile } from "./report.js";

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.origin.file, b.origin.file) ||
    a.origin.line - b.origin.line ||
    a.origin.column - b.origin.column ||
    compareText(a.ruleId, b.ruleId) ||
    a.origin.endLine - b.origin.endLine ||
    a.origin.endColumn - b.origin.endColumn ||
    compareText(a.message, b.message)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** The report's files plus any path that only appears in a finding, sorted, one entry per path. */
export function sortFiles(files: readonly ReportFile[], findings: readonly Finding[] = []): ReportFile[] {
  const byPath = new Map<string, ReportFile>();
  for (const file of files) if (!byPath.has(file.path)) byPath.set(file.path, file);
  for (const finding of findings) {
    const path = finding.origin.file;
    if (!byPath.has(path)) byPath.set(path, { path, kind: finding.source ?? "code", listeners: 0 });
  }
  return [...byPath.values()].sort((a, b) => compareText(a.path, b.path));
}

/** Findings grouped by file, both in output order. */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of sortFindings(findings)) {
    const group = groups.get(finding.origin.file);
    if (group) group.push(finding);
    else groups.set(finding.origin.file, [finding]);
  }
  return groups;
}
