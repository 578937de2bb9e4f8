// A policy's rule severities as ESLint `rules`: what configs.recommended and configs.strict set
// from the presets, and what scan hands its Linter. Types and data only, so the plugin's configs
// load no config machinery for it.
import { NAMESPACE } from "../core/catalogue.js";
/** The policy's rule severities as ESLint `rules` ("port-policy/no-dynamic-port": "error"), so ESLint reports at the same levels. */
export function portPolicyRules(policy) {
    return Object.fromEntries(Object.entries(policy.rules).map(([id, severity]) => [`${NAMESPACE}/${id}`, severity]));
}
