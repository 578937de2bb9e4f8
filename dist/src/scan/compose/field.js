// A scalar value of a compose file after interpolation, and the way back from a token of that
// value to the file: interpolated offset → template offset (interpolate.ts) → source offset
// (scalarSpan: inside quotes, when the value is spelled as written) → line and column.
import { isScalar } from "yaml";
import { originAt } from "../positions.js";
import { scalarSpan, scalarValue } from "../yaml.js";
import { interpolate, literal, sourceSpan } from "./interpolate.js";
/**
 * A field of a scalar node, or undefined for null and collections. Floats are kept as written, so
 * the port grammar rejects them as compose-go does ("invalid type float64").
 */
export function readField(node, file, lookup) {
    if (!isScalar(node))
        return undefined;
    const value = scalarValue(node);
    if (value === null || value === undefined)
        return undefined;
    if (typeof value === "string")
        return { file, node, raw: value, result: interpolate(value, lookup) };
    const raw = typeof value === "number" && Number.isInteger(value) ? String(value) : sourceText(node, file);
    return { file, node, raw, result: literal(raw) };
}
/** The interpolated value, or undefined when interpolation failed. */
export function valueOf(field) {
    return field.result.ok ? field.result.value : undefined;
}
/** Where output [from, to) of the field's value is in the file, and whether an example env file gave it. */
export function place(field, from, to) {
    const { result } = field;
    if (!result.ok)
        return { origin: spanOrigin(field, result.start, result.end, false), fallback: false, unset: [] };
    const span = sourceSpan(result, from, to);
    const origin = spanOrigin(field, span.start, span.end, span.fallback);
    const example = field.file.envExample;
    if (example && span.variables.some((name) => example.names.has(name)))
        origin.exampleEnv = example.path;
    return { origin, fallback: span.fallback, unset: span.unset };
}
/** Where template [start, end) of the raw value is in the file. */
export function spanOrigin(field, start, end, fallback) {
    const [from, to] = scalarSpan(field.node, field.file.text, start, end);
    return originAt(field.file.path, field.file.lines, from, to, fallback);
}
/** The whole scalar, as written (quotes excluded). */
export function wholeOrigin(field) {
    return spanOrigin(field, 0, field.raw.length, false);
}
/** Where an unset variable's expression is, for the `unresolved` finding. */
export function variableOrigin(field, variable) {
    const piece = field.result.ok ? field.result.pieces.find((p) => p.unset && p.variable === variable) : undefined;
    return piece ? spanOrigin(field, piece.start, piece.end, false) : wholeOrigin(field);
}
function sourceText(node, file) {
    const [start, end] = node.range ?? [0, 0];
    return file.text.slice(start, end);
}
