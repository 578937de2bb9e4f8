import type { Report } from "./report.js";
export declare const MAX_ANNOTATIONS_PER_TYPE = 10;
/** Rows in the job summary table; a summary may be at most 1 MiB per step. */
export declare const MAX_SUMMARY_ROWS = 1000;
/** Message data: `%` first, so the escapes themselves are not escaped again. */
export declare function escapeData(text: string): string;
/** Property values are also split on `,` and `:` by the runner. */
export declare function escapeProperty(text: string): string;
export declare function format(report: Report): string;
/** Markdown for $GITHUB_STEP_SUMMARY: totals, counts per rule, then every finding (up to MAX_SUMMARY_ROWS). */
export declare function formatStepSummary(report: Report): string;
