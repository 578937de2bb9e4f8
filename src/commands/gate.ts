// What decides a scan's outcome after the findings are in: --quiet, unused-directive severity,
// the baseline, and the exit code (DESIGN.md: 0 clean, 1 errors or unchecked files or too many
// warnings).
import type { ExitCode } from "../cli.js";
import { compareWithBaseline, type BaselineComparison, type BaselineFile, type EntryTextOf } from "../baseline.js";
import type { Finding } from "../core/finding.js";

export interface GateOptions {
  quiet: boolean;
  reportUnusedDirectives: boolean;
  baseline?: BaselineFile;
}

export interface Gated {
  findings: Finding[];
  baseline?: Omit<BaselineComparison, "fresh">;
}

export function gate(findings: readonly Finding[], options: GateOptions, entryTextOf: EntryTextOf): Gated {
  let result = findings.map((finding) =>
    finding.ruleId === "unused-disable-directive" && options.reportUnusedDirectives ? { ...finding, severity: "error" as const } : finding,
  );
  if (options.quiet) result = result.filter((finding) => finding.severity === "error");
  if (!options.baseline) return { findings: result };
  const { fresh, known, vanished } = compareWithBaseline(result, options.baseline, entryTextOf);
  return { findings: fresh, baseline: { known, vanished } };
}

export function exitCodeFor(findings: readonly Finding[], maxWarnings?: number): ExitCode {
  if (findings.some((finding) => finding.severity === "error")) return 1;
  const warnings = findings.filter((finding) => finding.severity === "warning").length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}
