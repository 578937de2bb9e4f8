import { scalarSpan, scalarValue } from "../yaml.js";
import { asScalar } from "../yaml-walk.js";
const UNKNOWN = { kind: "unknown" };
export function readPortValue(node, ydoc, text) {
    const scalar = asScalar(node, ydoc);
    if (!scalar)
        return UNKNOWN;
    const span = scalarSpan(scalar, text);
    const typed = scalarValue(scalar);
    if (typeof typed === "number")
        return { kind: "number", port: typed, span };
    if (typeof typed !== "string")
        return UNKNOWN;
    const value = typed.trim();
    const quoted = scalar.type === "QUOTE_DOUBLE" || scalar.type === "QUOTE_SINGLE";
    // A quoted number in an int field is still clearly that port (kubectl refuses it, but the port is known).
    if (/^\d+$/.test(value))
        return quoted ? { kind: "name", name: value, span, quotedDigits: true } : UNKNOWN;
    if (/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value))
        return { kind: "name", name: value, span, quotedDigits: false };
    return UNKNOWN;
}
/** A port number for an int32 field: numbers, and quoted digits taken at face value. */
export function readIntPort(node, ydoc, text) {
    const value = readPortValue(node, ydoc, text);
    if (value.kind === "number")
        return value;
    if (value.kind === "name" && value.quotedDigits)
        return { port: Number(value.name), span: value.span };
    return undefined;
}
