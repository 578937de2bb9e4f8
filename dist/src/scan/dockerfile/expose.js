import { makeFinding } from "../../core/make-finding.js";
import { interpolate, sourceSpan } from "../compose/interpolate.js";
import { parsePortSpec } from "../compose/parse-port-spec.js";
import { originOf } from "../file-context.js";
const SOURCE = { source: "dockerfile" };
function unquoted(token) {
    const { text } = token;
    const quoted = text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.at(-1) === text[0];
    return quoted ? { text: text.slice(1, -1), start: token.start + 1 } : token;
}
/**
 * The variable a value falls back from: the one whose `${NAME:-default}` default it is, or one
 * whose value a build argument sets (`ARG PORT=8080`, or an ENV made of one).
 */
function fallbackOf(result, template, from, to, variables) {
    const span = sourceSpan(result, from, to);
    if (span.fallback)
        return /\$\{([A-Za-z_][A-Za-z0-9_]*):?-[^}]*$/.exec(template.slice(0, span.start))?.[1] ?? "a build argument";
    for (const piece of result.pieces) {
        if (piece.from < to && from < piece.to && piece.variable !== undefined && variables.get(piece.variable)?.fromArg)
            return piece.variable;
    }
    return undefined;
}
export function readExpose(raw, variables, file) {
    const token = unquoted(raw);
    const result = interpolate(token.text, (name) => variables.get(name)?.value);
    if (!result.ok || result.unset.length > 0)
        return undefined;
    const at = (from, to) => {
        const span = sourceSpan(result, from, to);
        return originOf(file, [token.start + span.start, token.start + span.end]);
    };
    const parsed = parsePortSpec(result.value);
    if (!parsed.ok) {
        const origin = at(parsed.start, parsed.end);
        const value = result.value.slice(parsed.start, parsed.end);
        if (parsed.code === "out-of-range")
            return { finding: makeFinding("valid-port", "outOfRange", { value }, origin, /^\d+$/.test(value) ? { ...SOURCE, port: Number(value) } : SOURCE) };
        return { finding: makeFinding("valid-port", "malformed", { value: token.text, reason: parsed.error }, origin, SOURCE) };
    }
    const { target, protocol } = parsed.spec;
    const origin = at(target.start, target.end);
    const buildArg = fallbackOf(result, token.text, target.start, target.end, variables);
    if (buildArg)
        origin.fallback = true;
    return { port: { port: target.from, ...(target.to !== target.from ? { endPort: target.to } : {}), protocol, origin, ...(buildArg ? { buildArg } : {}) } };
}
