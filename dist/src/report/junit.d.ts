import type { Report } from "./report.js";
export declare function format(report: Report): string;
