// Port classes and ranges as RFC 6335 §6 defines them: System 0–1023, User 1024–49151,
// Dynamic 49152–65535. Only IANA assigns System and User ports; Dynamic ports are never assigned.
export const MAX_PORT = 65535;
export const PORT_CLASSES = {
    system: {
        from: 0,
        to: 1023,
        label: "system (well-known) range",
        meaning: "IANA assigns these to standard services (80 HTTP, 443 HTTPS, 22 SSH); on Linux only root or a process with CAP_NET_BIND_SERVICE may bind them",
    },
    user: {
        from: 1024,
        to: 49151,
        label: "user (registered) range",
        meaning: "IANA registers these to named services on request; any process may bind them, and this is where your own servers belong",
    },
    dynamic: {
        from: 49152,
        to: 65535,
        label: "dynamic (private/ephemeral) range",
        meaning: "never assigned to a service; operating systems hand these out as the local port of outgoing connections, so a server fixed here can find its port taken",
    },
};
export function isValidPort(port) {
    return Number.isInteger(port) && port >= 0 && port <= MAX_PORT;
}
export function portClass(port) {
    if (port <= PORT_CLASSES.system.to)
        return "system";
    if (port <= PORT_CLASSES.user.to)
        return "user";
    return "dynamic";
}
/**
 * One string per class, shared by every finding that names it. Messages use the RFC's short
 * names ("user range"); the long labels ("user (registered) range") are for explain and the docs.
 */
const CLASS_DESCRIPTIONS = Object.fromEntries(Object.entries(PORT_CLASSES).map(([name, range]) => [name, `${name} range ${range.from}–${range.to}`]));
/** "system range 0–1023" for port 80. */
export function describeClass(port) {
    return CLASS_DESCRIPTIONS[portClass(port)];
}
export function rangesOverlap(a, b) {
    return a.from <= b.to && b.from <= a.to;
}
export function inRange(port, range) {
    return port >= range.from && port <= range.to;
}
export function formatRange(range) {
    return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}
