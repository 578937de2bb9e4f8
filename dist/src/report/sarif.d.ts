import type { Report } from "./report.js";
export declare const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export declare const INFORMATION_URI = "https://github.com/port-policy/eslint-plugin-port-policy";
export declare function format(report: Report): string;
