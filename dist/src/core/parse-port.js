// Parsing of port numbers and ranges as users write them ("8080", "8000-8010", "5432/tcp").
// Returns a value or an error message; never throws for user input.
import { MAX_PORT } from "./port-class.js";
const PROTOCOLS = ["tcp", "udp", "sctp"];
export function isProtocol(value) {
    return PROTOCOLS.includes(value);
}
/** A decimal port 0–65535; no signs, no spaces, no hex, no exponent. */
export function parsePort(text) {
    const trimmed = text.trim();
    if (!/^\d+$/.test(trimmed))
        return { ok: false, error: `"${text}" is not a port number (expected 0–${MAX_PORT})` };
    const port = Number(trimmed);
    if (port > MAX_PORT)
        return { ok: false, error: `${trimmed} is above ${MAX_PORT}, the highest port` };
    return { ok: true, value: port };
}
/** "8000" or "8000-8010" (inclusive, ascending). */
export function parsePortRange(text) {
    const parts = text.split("-");
    if (parts.length > 2)
        return { ok: false, error: `"${text}" is not a port or a range like 8000-8010` };
    const from = parsePort(parts[0] ?? "");
    if (!from.ok)
        return from;
    if (parts.length === 1)
        return { ok: true, value: { from: from.value, to: from.value } };
    const to = parsePort(parts[1] ?? "");
    if (!to.ok)
        return to;
    if (to.value < from.value)
        return { ok: false, error: `range "${text}" ends before it starts` };
    return { ok: true, value: { from: from.value, to: to.value } };
}
/** "5432", "5432/tcp", "6000-6063/udp"; the protocol is absent when not written. */
export function parsePortSpec(text) {
    const [rangeText = "", protocol, ...rest] = text.trim().toLowerCase().split("/");
    if (rest.length > 0)
        return { ok: false, error: `"${text}" has more than one "/"` };
    if (protocol !== undefined && !isProtocol(protocol)) {
        return { ok: false, error: `"${protocol}" is not a protocol (expected tcp, udp or sctp)` };
    }
    const range = parsePortRange(rangeText);
    if (!range.ok)
        return range;
    return { ok: true, value: protocol === undefined ? range.value : { ...range.value, protocol } };
}
