// evaluate(listeners, policy): run every enabled check, then apply severities and the allowlist.
// Checks never read severity or the allowlist (suppression lives here only).
import type { Finding } from "./finding.js";
import type { Listener } from "./listener.js";
import type { Policy } from "./policy.js";
import type { RuleId } from "./catalogue.js";

export interface EvaluateOptions {
  /** Run only these rules (an ESLint rule asks for its own). */
  only?: readonly RuleId[];
}

export function evaluate(_listeners: readonly Listener[], _policy: Policy, _options: EvaluateOptions = {}): Finding[] {
  return [];
}
