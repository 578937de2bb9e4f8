// Counts shown by json, stylish, junit and the GitHub step summary.
import { sortFiles } from "./order.js";
import type { Report } from "./report.js";

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
  listeners: number;
  /** Findings per rule id, keys in sorted order. */
  byRule: Record<string, number>;
  /** Present with --baseline: how many findings it hid, how many of its entries are gone. */
  baseline?: { known: number; vanished: number };
}

export function summarize(report: Report): Summary {
  const counts = new Map<string, number>();
  let errors = 0;
  for (const finding of report.findings) {
    if (finding.severity === "error") errors += 1;
    counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  }
  const byRule: Record<string, number> = {};
  for (const id of [...counts.keys()].sort()) byRule[id] = counts.get(id) ?? 0;
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
