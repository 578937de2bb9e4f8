import { type RuleSeverity } from "../core/catalogue.js";
import type { Policy } from "../core/policy.js";
/** The policy's rule severities as ESLint `rules` ("port-policy/no-dynamic-port": "error"), so ESLint reports at the same levels. */
export declare function portPolicyRules(policy: Policy): Record<string, RuleSeverity>;
