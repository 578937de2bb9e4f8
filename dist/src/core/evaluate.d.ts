import { type RuleId } from "./catalogue.js";
import type { Finding } from "./finding.js";
import type { Listener } from "./listener.js";
import type { Policy } from "./policy.js";
export interface EvaluateOptions {
    /** Run only these rules (an ESLint rule asks for its own). */
    only?: readonly RuleId[];
}
/**
 * Applies the policy to findings from checks or front ends: drops rules that are off and
 * allowlisted ports, and lowers severity to "warning" where the rule is set to "warn".
 */
export declare function applyPolicy(findings: readonly Finding[], policy: Policy): Finding[];
/** UTF-16 code-unit order: the same on every machine, whatever its locale. */
export declare function compareText(a: string, b: string): number;
/**
 * The one output order: path, line, column, rule id, then the rest of the span and the message,
 * so every run and every report prints the same. Strings compare by UTF-16 code units, not
 * localeCompare, so the order does not depend on the locale (and it is ~1 µs a call cheaper).
 */
export declare function compareFindings(a: Finding, b: Finding): number;
export declare function evaluate(listeners: readonly Listener[], policy: Policy, options?: EvaluateOptions): Finding[];
