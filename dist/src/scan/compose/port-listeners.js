import { lastPort } from "../../core/checks/listener-finding.js";
import { hostIpRequired, interpolationFinding, malformed, outOfRange, unquotedBase60, unset } from "./compose-findings.js";
import { place, wholeOrigin } from "./field.js";
import { originAt } from "../positions.js";
import { scalarValue } from "../yaml.js";
import { parsePortRange, parsePortSpec } from "./parse-port-spec.js";
// YAML 1.1 sexagesimal integer (yaml.org/type/int.html): `22:22` is 1342 to PyYAML and docker-compose v1.
const BASE_60 = /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/;
export function portListeners(service, ctx) {
    const out = { listeners: [], findings: [] };
    for (const item of service.ports)
        portItem(item, ctx, out);
    for (const field of service.expose)
        exposeItem(field, ctx, out);
    out.listeners = oncePerContainerPort(out.listeners);
    return out;
}
/**
 * A container port written twice (`ports: ["53842:53842"]` and `expose: ["53842"]`, or two host
 * ports in front of one container port) is one socket: it is kept where it is first written.
 * Entries that say different things (another protocol, a range, a port name or app protocol) stay.
 */
function oncePerContainerPort(listeners) {
    const seen = new Map();
    const saysNothingNew = (earlier, later) => (!later.portName || later.portName === earlier.portName) && (!later.appProtocol || later.appProtocol === earlier.appProtocol);
    return listeners.filter((listener) => {
        if (listener.role !== "container")
            return true;
        const key = `${listener.port}-${lastPort(listener)}/${listener.protocol}`;
        const earlier = seen.get(key);
        if (earlier?.some((identity) => saysNothingNew(identity, listener.identity)))
            return false;
        if (earlier)
            earlier.push(listener.identity);
        else
            seen.set(key, [listener.identity]);
        return true;
    });
}
function portItem(item, ctx, out) {
    if (item.kind === "short")
        return shortPort(item.field, ctx, out);
    if (item.kind === "long")
        return longPort(item, ctx, out);
    out.findings.push(invalidValue(item));
}
/** A value Compose refuses for its type, on the value as written. */
export function invalidValue(value) {
    const [start, end] = value.node.range ?? [0, 0];
    const written = value.file.text.slice(start, end);
    const shown = written.length > 60 ? `${written.slice(0, 57)}...` : written;
    return malformed(originAt(value.file.path, value.file.lines, start, end), shown.replace(/\s+/g, " "), value.reason);
}
function shortPort(field, ctx, out) {
    if (field.node.type === "PLAIN" && typeof scalarValue(field.node) === "string" && BASE_60.test(field.raw)) {
        out.findings.push(unquotedBase60(wholeOrigin(field), field.raw));
    }
    if (!field.result.ok)
        return void out.findings.push(...interpolationFinding(field));
    const parsed = parsePortSpec(field.result.value);
    if (!parsed.ok)
        return specError(field, parsed, out);
    const { spec } = parsed;
    const target = place(field, spec.target.start, spec.target.end);
    // The host port was left out or came out empty from a variable (`${HOST_PORT}:80`): unknown.
    const host = spec.published ? place(field, spec.published.start, spec.published.end) : spec.hostField && place(field, spec.hostField.start, spec.hostField.end);
    // Empty after interpolation, the host field still parses: Compose picks a random host port.
    reportUnset(field, target.unset, out);
    reportUnset(field, host?.unset ?? [], out, !spec.published);
    if (target.unset.length === 0)
        out.listeners.push(listener("container", spec.target, spec.protocol, target, ctx));
    if (spec.published && host && host.unset.length === 0 && !ctx.hostNetwork) {
        out.listeners.push(listener("published", spec.published, spec.protocol, host, ctx, { hostIp: spec.hostIp, picksOne: spec.target.from === spec.target.to }));
    }
    // An explicit 0.0.0.0 or :: says "every interface" on purpose; an unset variable is reported already.
    if (ctx.requireHostIp && !ctx.hostNetwork && spec.hostIp === "" && field.result.unset.length === 0) {
        out.findings.push(hostIpRequired(wholeOrigin(field), spec.target.from, spec.published, withLoopback(field.result.value, field.raw)));
    }
}
/**
 * The entry bound to loopback, as written: "8080:80" → "127.0.0.1:8080:80", "3000" and ":3000" →
 * "127.0.0.1::3000", "${HTTPS_PORT}:443" → "127.0.0.1:${HTTPS_PORT}:443". The colons are counted
 * in the interpolated value, where a `${PORT:-8080}` has none of its own.
 */
function withLoopback(value, raw) {
    const colons = value.split(":").length - 1;
    if (colons === 0)
        return `127.0.0.1::${raw}`;
    if (colons === 1)
        return `127.0.0.1:${raw}`;
    // An empty host address written as a variable (`${HOST_IP}:8080:80`, HOST_IP empty): the value's own form.
    return raw.startsWith(":") ? `127.0.0.1${raw}` : `127.0.0.1${value}`;
}
/** A spec that does not parse; if a variable was unset, that is the reason to report. */
function specError(field, error, out) {
    const unset = field.result.ok ? field.result.unset : [];
    if (unset.length > 0)
        return reportUnset(field, unset, out);
    const placed = place(field, error.start, error.end);
    const token = field.result.ok ? field.result.value.slice(error.start, error.end) : field.raw;
    out.findings.push(error.code === "out-of-range" ? outOfRange(placed.origin, token) : malformed(placed.origin, field.raw, error.error));
}
function reportUnset(field, variables, out, hostPort = false) {
    for (const variable of new Set(variables))
        out.findings.push(unset(field, variable, hostPort));
}
function longPort(item, ctx, out) {
    const { fields } = item;
    for (const value of item.invalid)
        out.findings.push(invalidValue(value));
    if (!fields.target) {
        if (item.invalid.some((value) => value.field === "target"))
            return;
        const at = item.node.range?.[0] ?? 0;
        // compose-go override/uncity.go: "service ports … is missing a target port".
        out.findings.push(malformed(originAt(item.file.path, item.file.lines, at, at), "{…}", "a long-syntax port needs a target"));
        return;
    }
    const protocol = protocolOf(fields.protocol, out);
    if (!protocol)
        return;
    const identity = { portName: fields.name && text(fields.name), appProtocol: fields.app_protocol && text(fields.app_protocol) };
    const entryLine = originAt(item.file.path, item.file.lines, item.node.range?.[0] ?? 0, item.node.range?.[0] ?? 0).line;
    const target = inEntry(portField(fields.target, false, out), entryLine);
    if (target)
        out.listeners.push(listener("container", target.token, protocol, target.placed, ctx, identity));
    const published = fields.published && inEntry(portField(fields.published, true, out), entryLine);
    const hostIp = fields.host_ip ? text(fields.host_ip) : undefined;
    if (published && !ctx.hostNetwork) {
        out.listeners.push(listener("published", published.token, protocol, published.placed, ctx, { ...identity, hostIp, picksOne: true }));
    }
    if (ctx.requireHostIp && !ctx.hostNetwork && !hostIp && target && (published || !fields.published || text(fields.published) === "")) {
        const at = published ? published.placed.origin : target.placed.origin;
        out.findings.push(hostIpRequired(at, target.token.from, published?.token, "host_ip: 127.0.0.1"));
    }
}
/** The field's place marked as part of the long-syntax entry starting on `entryLine`. */
function inEntry(field, entryLine) {
    return field && { ...field, placed: { ...field.placed, origin: { ...field.placed.origin, entryLine } } };
}
/** `target` is an integer (compose-go casts it with toInt); `published` a port or range, "" for none. */
function portField(field, allowRange, out) {
    if (!field.result.ok)
        return void out.findings.push(...interpolationFinding(field));
    const value = field.result.value;
    const whole = place(field, 0, value.length);
    // A published port that comes out empty is no host port: Compose picks a random one.
    if (whole.unset.length > 0 || field.result.unset.length > 0)
        return void reportUnset(field, field.result.unset, out, allowRange && value === "");
    if (value === "" && allowRange)
        return undefined;
    const parsed = parsePortRange(value);
    if (parsed.ok && (allowRange || parsed.token.from === parsed.token.to))
        return { token: parsed.token, placed: whole };
    if (!parsed.ok && parsed.outOfRange && /^\d+(?:-\d+)?$/.test(value))
        return void out.findings.push(outOfRange(whole.origin, value));
    out.findings.push(malformed(whole.origin, field.raw, allowRange ? `"${value}" is not a port or a range like 8000-8010` : `target must be a whole number, not "${value}"`));
    return undefined;
}
function protocolOf(field, out) {
    if (!field)
        return "tcp";
    const value = text(field).toLowerCase();
    if (value === "tcp" || value === "udp" || value === "sctp")
        return value;
    out.findings.push(malformed(wholeOrigin(field), field.raw, `invalid proto: ${value}`));
    return undefined;
}
/** `expose`: `<port>[/<proto>]` or `<start>-<end>[/<proto>]`, reachable from other containers only. */
function exposeItem(field, ctx, out) {
    if (!field.result.ok)
        return void out.findings.push(...interpolationFinding(field));
    if (field.result.value.includes(":")) {
        out.findings.push(malformed(wholeOrigin(field), field.raw, "expose takes container ports only, not HOST:CONTAINER"));
        return;
    }
    const parsed = parsePortSpec(field.result.value);
    if (!parsed.ok)
        return specError(field, parsed, out);
    const target = place(field, parsed.spec.target.start, parsed.spec.target.end);
    if (target.unset.length > 0)
        return reportUnset(field, target.unset, out);
    out.listeners.push(listener("container", parsed.spec.target, parsed.spec.protocol, target, ctx));
}
function text(field) {
    return field.result.ok ? field.result.value : field.raw;
}
function listener(role, token, protocol, placed, ctx, extras = {}) {
    const identity = { ...ctx.identity };
    if (extras.portName)
        identity.portName = extras.portName;
    if (extras.appProtocol)
        identity.appProtocol = extras.appProtocol;
    const result = {
        port: token.from,
        protocol,
        role,
        source: "compose",
        identity,
        privilege: ctx.privilege,
        origin: placed.origin,
    };
    if (!(extras.picksOne && token.to !== token.from))
        result.scope = role === "published" ? ctx.projectScope : ctx.containerScope;
    if (token.to !== token.from)
        result.endPort = token.to;
    if (ctx.profiles && ctx.profiles.length > 0)
        result.profiles = ctx.profiles;
    if (extras.hostIp)
        result.hostIp = extras.hostIp;
    return result;
}
