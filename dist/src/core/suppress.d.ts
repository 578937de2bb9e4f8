import type { Finding } from "./finding.js";
import type { Origin } from "./listener.js";
export interface Directive {
    kind: "disable-next-line" | "disable-line" | "disable" | "enable";
    /** Rule ids as written; empty means every rule. */
    rules: readonly string[];
    origin: Origin;
}
export interface SuppressResult {
    kept: Finding[];
    /** `unused-disable-directive` findings for directives that silenced nothing or name no rule. */
    unused: Finding[];
}
/** Findings of one file and that file's directives (in line order). */
export declare function suppress(findings: readonly Finding[], directives: readonly Directive[]): SuppressResult;
