// Reading one Kubernetes port field as the API server decodes it. `containerPort`, `hostPort`,
// `port`, `nodePort` and `grpc.port` are int32; `targetPort` and the httpGet/tcpSocket ports of
// probes and hooks are IntOrString, decided by the YAML token type alone
// (kubernetes/apimachinery pkg/util/intstr/intstr.go), so `targetPort: "8080"` is the *name*
// "8080". Anything else (true, a list, a float, `http` in an int field) is refused by the API
// server when it decodes the object, and is a value, not a port (issue 11).
import { isMap, isScalar, isSeq } from "yaml";
import { scalarSpan, scalarValue } from "../yaml.js";
import { deref } from "../yaml-walk.js";
const TEMPLATE = /\{\{|\$\{|\$\(/;
/** `key` of a mapping with its key's position; merge keys (`<<`) are looked through. */
export function fieldAt(node, key, ydoc, depth = 0) {
    const map = deref(node, ydoc);
    if (!isMap(map) || depth > 8)
        return undefined;
    let merge;
    for (const pair of map.items) {
        const name = pair.key?.value;
        if (name === key) {
            const range = pair.key.range ?? [0, 0];
            return { keySpan: [range[0], range[1]], value: deref(pair.value, ydoc) };
        }
        if (name === "<<")
            merge = pair.value;
    }
    if (merge === undefined)
        return undefined;
    const merged = deref(merge, ydoc);
    for (const source of isSeq(merged) ? merged.items : [merged]) {
        const found = fieldAt(source, key, ydoc, depth + 1);
        if (found)
            return found;
    }
    return undefined;
}
function nodeSpan(node) {
    const [start, end] = node.range ?? [0, 0];
    return [start, end];
}
function describe(value, written) {
    if (typeof value === "boolean")
        return `${written} (a boolean)`;
    if (typeof value === "number")
        return `${written} (not a whole number)`;
    return `"${written}"`;
}
/**
 * The value of a port field, typed as the API server reads it. Text that is still a template is
 * `unknown`: a scan of unrendered manifests must not report what rendering will fill in.
 */
export function readPortValue(field, ydoc, text) {
    if (!field)
        return { kind: "absent" };
    const node = field.value;
    if (node === undefined)
        return { kind: "absent", span: field.keySpan };
    if (isMap(node) || isSeq(node)) {
        const span = nodeSpan(node);
        if (TEMPLATE.test(text.slice(span[0], Math.min(span[1], span[0] + 4))))
            return { kind: "unknown" };
        return { kind: "invalid", what: isMap(node) ? "a mapping" : "a list", span };
    }
    if (!isScalar(node))
        return { kind: "unknown" };
    const value = scalarValue(node);
    if (value === null || value === undefined)
        return { kind: "absent", span: field.keySpan };
    const span = scalarSpan(node, text);
    if (typeof value === "number" && Number.isInteger(value))
        return { kind: "number", port: value, span, quoted: false };
    if (typeof value !== "string")
        return { kind: "invalid", what: describe(value, text.slice(span[0], span[1])), span };
    if (TEMPLATE.test(value))
        return { kind: "unknown" };
    if (value.trim() === "")
        return { kind: "invalid", what: "an empty string", span: nodeSpan(node) };
    const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
    if (quoted && /^\d+$/.test(value))
        return { kind: "number", port: Number(value), span, quoted: true };
    return { kind: "name", name: value, span };
}
/** Reads a field of `node`; shorthand for the common case. */
export function portField(node, key, ydoc, text) {
    return readPortValue(fieldAt(node, key, ydoc), ydoc, text);
}
