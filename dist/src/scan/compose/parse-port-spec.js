import { isIpAddress } from "./ip-address.js";
const PROTOCOLS = new Set(["tcp", "udp", "sctp"]);
export function parsePortSpec(raw) {
    const { ip, host, container } = splitParts(raw);
    const slash = container.text.indexOf("/");
    const portText = slash === -1 ? container.text : container.text.slice(0, slash);
    const containerPart = { text: portText, start: container.start };
    if (portText === "")
        return fail(`no port specified: ${raw}<empty>`, "malformed", 0, raw.length);
    const protoText = slash === -1 ? "" : container.text.slice(slash + 1);
    const protocol = (protoText === "" ? "tcp" : protoText.toLowerCase());
    if (!PROTOCOLS.has(protocol)) {
        const start = container.start + slash + 1;
        return fail(`invalid proto: ${protocol}`, "malformed", start, start + protoText.length);
    }
    const hostIp = parseHostIp(ip);
    if (hostIp === undefined)
        return fail(`invalid IP address: ${ip.text}`, "malformed", ip.start, ip.start + ip.text.length);
    const target = parseRange(containerPart);
    if (!target.ok)
        return rangeError("containerPort", containerPart, target.outOfRange);
    let published;
    if (host.text !== "") {
        const parsed = parseRange(host);
        if (!parsed.ok)
            return rangeError("hostPort", host, parsed.outOfRange);
        published = parsed.token;
        const targetLength = target.token.to - target.token.from;
        // A host range with a single container port is allowed: the engine picks one port from it.
        if (targetLength !== published.to - published.from && targetLength !== 0) {
            return fail(`invalid ranges specified for container and host Ports: ${portText} and ${host.text}`, "malformed", containerPart.start, containerPart.start + portText.length);
        }
    }
    const spec = { hostIp, target: target.token, protocol };
    if (published)
        spec.published = published;
    if (raw.includes(":"))
        spec.hostField = { start: host.start, end: host.start + host.text.length };
    return { ok: true, spec, mappings: expand(spec) };
}
function splitParts(raw) {
    const last = raw.lastIndexOf(":");
    if (last === -1)
        return { ip: NO_PART, host: NO_PART, container: { text: raw, start: 0 } };
    const container = { text: raw.slice(last + 1), start: last + 1 };
    // lastIndexOf(":", -1) would still look at index 0.
    const before = last === 0 ? -1 : raw.lastIndexOf(":", last - 1);
    if (before === -1)
        return { ip: NO_PART, host: { text: raw.slice(0, last), start: 0 }, container };
    return { ip: { text: raw.slice(0, before), start: 0 }, host: { text: raw.slice(before + 1, last), start: before + 1 }, container };
}
const NO_PART = { text: "", start: 0 };
/** The IP without brackets, "" for none, undefined when it is not an IP literal. */
function parseHostIp(ip) {
    let text = ip.text;
    if (text.startsWith("[")) {
        // net.SplitHostPort(ip + ":"): exactly "[" addr "]", nothing after the bracket.
        const close = text.indexOf("]");
        if (close !== text.length - 1 || text.indexOf("[", 1) !== -1)
            return undefined;
        text = text.slice(1, close);
    }
    if (text === "")
        return "";
    return isIpAddress(text) ? text : undefined;
}
/** A port or range alone ("8080", "8000-9000"), as long-syntax `published` and `expose` hold it. */
export function parsePortRange(text) {
    return parseRange({ text, start: 0 });
}
/** go-connections `parsePortRange`: cut at the first "-"; "a-a" is a single port. */
function parseRange(part) {
    const dash = part.text.indexOf("-");
    const startText = dash === -1 ? part.text : part.text.slice(0, dash);
    const endText = dash === -1 ? startText : part.text.slice(dash + 1);
    const from = parseNumber(startText);
    const to = startText === endText ? from : parseNumber(endText);
    const end = part.start + part.text.length;
    if (typeof from === "number" && typeof to === "number") {
        if (to < from)
            return { ok: false, outOfRange: false };
        return { ok: true, token: { from, to, start: part.start, end } };
    }
    return { ok: false, outOfRange: from === "too-large" || to === "too-large" };
}
/** strconv.ParseInt(s, 10, 0) then 0–65535: an optional "+" sign, decimal digits only. */
function parseNumber(text) {
    if (!/^\+?\d+$/.test(text))
        return undefined;
    const value = Number(text);
    return value > 65535 ? "too-large" : value;
}
function rangeError(field, part, outOfRange) {
    const code = outOfRange && /^\d+(?:-\d+)?$/.test(part.text) ? "out-of-range" : "malformed";
    return fail(`invalid ${field}: ${part.text}`, code, part.start, part.start + part.text.length);
}
function fail(error, code, start, end) {
    return { ok: false, error, code, start, end };
}
/**
 * One mapping per container port, in compose-go's order: it sorts the `"<port>/<proto>"` keys as
 * strings, so "9998-10001:9998-10001" comes out 10000, 10001, 9998, 9999.
 */
function expand(spec) {
    const count = spec.target.to - spec.target.from + 1;
    const mappings = [];
    for (let i = 0; i < count; i++) {
        let published = "";
        if (spec.published) {
            published = String(spec.published.from + i);
            if (count === 1 && spec.published.from !== spec.published.to)
                published += `-${spec.published.to}`;
        }
        const mapping = { hostIp: spec.hostIp, published, target: spec.target.from + i, protocol: spec.protocol, targetToken: spec.target };
        if (spec.published)
            mapping.publishedToken = spec.published;
        mappings.push(mapping);
    }
    if (count === 1)
        return mappings;
    return mappings.sort((a, b) => compareKeys(`${a.target}/${a.protocol}`, `${b.target}/${b.protocol}`));
}
function compareKeys(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
