import type { Report } from "./report.js";
export declare const JSON_REPORT_VERSION = 1;
export declare function format(report: Report): string;
