import { rangesOverlap } from "../port-class.js";
import { isFixedPort, lastPort, listenerFinding } from "./listener-finding.js";
const WILDCARD_ADDRESSES = new Set(["", "0.0.0.0", "::", "[::]"]);
/**
 * Docker publishes `0.0.0.0:53:53` on IPv4 only and `[::]:53:53` on IPv6 only (its documented
 * dual-stack form lists both), and no host IP on both. In code, Node's `listen(port, "::")` is
 * dual-stack unless `ipv6Only` is set, so there every wildcard takes every address.
 */
function sameAddress(a, b) {
    const left = a.hostIp ?? "";
    const right = b.hostIp ?? "";
    if (left === right || left === "" || right === "")
        return true;
    if (a.source === "code" || b.source === "code")
        return WILDCARD_ADDRESSES.has(left) || WILDCARD_ADDRESSES.has(right);
    const family = (ip) => (ip.includes(":") ? "ipv6" : "ipv4");
    return family(left) === family(right) && (WILDCARD_ADDRESSES.has(left) || WILDCARD_ADDRESSES.has(right));
}
function canRunTogether(a, b) {
    if (!a.profiles?.length || !b.profiles?.length)
        return true;
    return a.profiles.some((profile) => b.profiles.includes(profile));
}
/** Code phases (rules/utils/live-at-once.ts): open together only when one contains the other. */
function openTogether(a, b) {
    const [short = [], long = []] = (a.phase?.length ?? 0) <= (b.phase?.length ?? 0) ? [a.phase, b.phase] : [b.phase, a.phase];
    return short.every((element, i) => long[i] === element);
}
/** A service listing its own container port twice is one socket; two host ports are two binds. */
function sameOwnerSameSocket(a, b) {
    const owner = a.identity.name;
    return owner !== undefined && owner === b.identity.name && a.role !== "published" && a.role !== "service";
}
function collides(a, b) {
    return (a.protocol === b.protocol &&
        rangesOverlap({ from: a.port, to: lastPort(a) }, { from: b.port, to: lastPort(b) }) &&
        sameAddress(a, b) &&
        canRunTogether(a, b) &&
        openTogether(a, b) &&
        !sameOwnerSameSocket(a, b));
}
function describeOther(other) {
    const { name, envKey, framework } = other.identity;
    return name ?? envKey ?? (framework ? `the ${framework} server` : "another listener");
}
const INDEX_FROM = 8;
function isRange(listener) {
    return lastPort(listener) !== listener.port;
}
/** The first earlier listener (in scan order) that the listener collides with. */
function firstCollision({ all, index }, listener) {
    if (!index || isRange(listener))
        return all.find((candidate) => collides(candidate, listener));
    const collidesAt = (position) => collides(all[position], listener);
    const single = index.byPort.get(listener.port)?.find(collidesAt);
    const ranged = index.ranges.find(collidesAt);
    const first = single === undefined ? ranged : ranged === undefined ? single : Math.min(single, ranged);
    return first === undefined ? undefined : all[first];
}
function remember(scope, listener) {
    scope.all.push(listener);
    if (scope.index)
        indexAt(scope.index, scope.all, scope.all.length - 1);
    else if (scope.all.length === INDEX_FROM) {
        const index = { byPort: new Map(), ranges: [] };
        scope.all.forEach((_, position) => indexAt(index, scope.all, position));
        scope.index = index;
    }
}
function indexAt(index, all, position) {
    const listener = all[position];
    if (isRange(listener)) {
        index.ranges.push(position);
        return;
    }
    const bucket = index.byPort.get(listener.port);
    if (bucket)
        bucket.push(position);
    else
        index.byPort.set(listener.port, [position]);
}
export function noDuplicatePort(listeners) {
    // By scope, then protocol (listeners of different protocols never collide). Nested maps, not a
    // joined key: a new key string per listener cost more than the lookups it served.
    const seen = new Map();
    const findings = [];
    for (const listener of listeners) {
        // A remote port (SMTP_PORT) is bound on another machine: it claims nothing in this scope.
        if (listener.scope === undefined || listener.role === "remote" || !isFixedPort(listener))
            continue;
        let protocols = seen.get(listener.scope);
        if (!protocols)
            seen.set(listener.scope, (protocols = new Map()));
        let index = protocols.get(listener.protocol);
        if (!index)
            protocols.set(listener.protocol, (index = { all: [] }));
        const other = firstCollision(index, listener);
        if (other) {
            findings.push(listenerFinding("no-duplicate-port", "duplicate", listener, {
                protocol: listener.protocol,
                other: describeOther(other),
                otherLine: other.origin.line,
                scope: listener.scope.split(":")[0] === "code" ? "file" : scopeNoun(listener),
            }));
        }
        remember(index, listener);
    }
    return findings;
}
function scopeNoun(listener) {
    switch (listener.source) {
        case "compose":
            return listener.role === "published" ? "compose project (host ports)" : "container";
        case "kubernetes":
            return listener.role === "service" ? "Service" : listener.role === "published" ? "node (host ports)" : "pod";
        case "actions":
            return "job";
        case "env":
            return "env file";
        default:
            return "file";
    }
}
