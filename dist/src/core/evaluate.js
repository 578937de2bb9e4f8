// evaluate(listeners, policy): run every enabled check, then apply severities and the allowlist.
// Checks never read severity or the allowlist: suppression lives here only (as hadolint's
// Process.hs does after its rules), so no check can forget it.
import { FORMER_RULE_IDS, RULE_IDS, isRuleId } from "./catalogue.js";
import { CHECKS } from "./checks/index.js";
import { inRange } from "./port-class.js";
/** An entry naming a rule covers it, and a rule split from it (no-dynamic-port's entries written for a Linux-range port). */
function namesRule(rules, ruleId) {
    if (!isRuleId(ruleId))
        return false;
    const former = FORMER_RULE_IDS[ruleId];
    return rules.includes(ruleId) || (former !== undefined && rules.includes(former));
}
function isAllowed(finding, allowlist) {
    const { port } = finding;
    if (port === undefined)
        return false;
    return allowlist.some((entry) => inRange(port, entry.ports) &&
        (entry.protocol === undefined || entry.protocol === finding.protocol) &&
        (entry.rules === undefined || namesRule(entry.rules, finding.ruleId)));
}
/**
 * Applies the policy to findings from checks or front ends: drops rules that are off and
 * allowlisted ports, and lowers severity to "warning" where the rule is set to "warn".
 */
export function applyPolicy(findings, policy) {
    const kept = [];
    for (const finding of findings) {
        if (!isRuleId(finding.ruleId)) {
            kept.push(finding);
            continue;
        }
        const setting = policy.rules[finding.ruleId];
        if (setting === "off" || isAllowed(finding, policy.allowlist))
            continue;
        kept.push(setting === "warn" ? { ...finding, severity: "warning" } : finding);
    }
    return kept;
}
/** UTF-16 code-unit order: the same on every machine, whatever its locale. */
export function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The one output order: path, line, column, rule id, then the rest of the span and the message,
 * so every run and every report prints the same. Strings compare by UTF-16 code units, not
 * localeCompare, so the order does not depend on the locale (and it is ~1 µs a call cheaper).
 */
export function compareFindings(a, b) {
    return (compareText(a.origin.file, b.origin.file) ||
        a.origin.line - b.origin.line ||
        a.origin.column - b.origin.column ||
        compareText(a.ruleId, b.ruleId) ||
        a.origin.endLine - b.origin.endLine ||
        a.origin.endColumn - b.origin.endColumn ||
        compareText(a.message, b.message));
}
/**
 * One finding per problem and entry: `"50000:50000"` declares a host and a container port, and
 * both are in the dynamic range, but the reader has one thing to fix. Keeps the first token.
 */
function oncePerEntry(sorted) {
    const seen = new Set();
    return sorted.filter((finding) => {
        const { file } = finding.origin;
        const line = finding.origin.entryLine ?? finding.origin.line;
        const key = `${file}\0${line}\0${finding.ruleId}\0${finding.messageId}\0${finding.port}\0${finding.protocol}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
export function evaluate(listeners, policy, options = {}) {
    const rules = (options.only ?? RULE_IDS).filter((id) => policy.rules[id] !== "off");
    const findings = rules.flatMap((id) => CHECKS[id](listeners, policy));
    return oncePerEntry(applyPolicy(findings, policy).sort(compareFindings));
}
