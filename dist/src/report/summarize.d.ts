import type { Report } from "./report.js";
export interface Summary {
    errors: number;
    warnings: number;
    files: number;
    listeners: number;
    /** Findings per rule id, keys in sorted order. */
    byRule: Record<string, number>;
    /** Present with --baseline: how many findings it hid, how many of its entries are gone. */
    baseline?: {
        known: number;
        vanished: number;
    };
}
export declare function summarize(report: Report): Summary;
