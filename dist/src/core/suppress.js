// Inline suppressions (`# port-policy-disable…` in YAML and env files) applied to findings, after
// the checks, like the allowlist: no check knows they exist (hadolint Process.hs + Pragma.hs).
// parse-error findings are never suppressed: a file nobody could read must not pass silently.
import { DIAGNOSTICS, FORMER_RULE_IDS, RULE_IDS, isRuleId } from "./catalogue.js";
import { makeFinding } from "./make-finding.js";
/** A directive written before a rule was split (`no-dynamic-port` for a Linux-range port) still covers it. */
function covers(directive, ruleId) {
    if (directive.rules.length === 0 || directive.rules.includes(ruleId))
        return true;
    const former = isRuleId(ruleId) ? FORMER_RULE_IDS[ruleId] : undefined;
    return former !== undefined && directive.rules.includes(former);
}
/** The line-based directives that silence this finding, or the block `disable` in force there. */
function suppressors(finding, directives) {
    const { line } = finding.origin;
    const found = directives.filter((d) => covers(d, finding.ruleId) &&
        ((d.kind === "disable-next-line" && d.origin.line === line - 1) || (d.kind === "disable-line" && d.origin.line === line)));
    let open;
    for (const d of directives) {
        if (d.origin.line >= line)
            break;
        if (d.kind === "disable" && covers(d, finding.ruleId))
            open = d;
        if (d.kind === "enable" && open && (d.rules.length === 0 || d.rules.some((rule) => open.rules.includes(rule))))
            open = undefined;
    }
    return open ? [...found, open] : found;
}
function directiveName(directive) {
    return `port-policy-${directive.kind}`;
}
/** Edit distance (insertions, deletions, substitutions): how far a misspelt rule id is from a real one. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++)
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
    }
    return previous[b.length];
}
/** The rule id nearest to a misspelt one (`no-dynamic-ports` → `no-dynamic-port`), for the message. */
function nearestRuleId(rule) {
    let best = RULE_IDS[0];
    for (const id of RULE_IDS)
        if (editDistance(rule, id) < editDistance(rule, best))
            best = id;
    return best;
}
function unknownRules(directive) {
    const diagnosticIds = new Set(DIAGNOSTICS.map((entry) => entry.id));
    return directive.rules
        .filter((rule) => !isRuleId(rule) && !diagnosticIds.has(rule))
        .map((rule) => makeFinding("unused-disable-directive", "unknownRule", { directive: directiveName(directive), rule, suggestion: nearestRuleId(rule), known: RULE_IDS.join(", ") }, directive.origin));
}
/** Findings of one file and that file's directives (in line order). */
export function suppress(findings, directives) {
    const used = new Set();
    const kept = findings.filter((finding) => {
        if (finding.ruleId === "parse-error")
            return true;
        const by = suppressors(finding, directives);
        by.forEach((directive) => used.add(directive));
        return by.length === 0;
    });
    const unused = directives.flatMap((directive) => {
        if (directive.kind === "enable")
            return [];
        const unknown = unknownRules(directive);
        if (unknown.length > 0)
            return unknown;
        if (used.has(directive))
            return [];
        const rules = directive.rules.length === 0 ? "port-policy" : directive.rules.join(", ");
        return [makeFinding("unused-disable-directive", "unused", { directive: directiveName(directive), rules }, directive.origin)];
    });
    return { kept, unused };
}
