export const EPHEMERAL_PROFILES = {
    iana: { id: "iana", label: "IANA", from: 49152, to: 65535, reserve: "move it (RFC 6335 never assigns these ports)" },
    linux: { id: "linux", label: "Linux", from: 32768, to: 60999, reserve: "reserve it in net.ipv4.ip_local_reserved_ports" },
    windows: {
        id: "windows",
        label: "Windows",
        from: 49152,
        to: 65535,
        reserve: "reserve it with netsh int ipv4 add excludedportrange",
    },
    macos: { id: "macos", label: "macOS", from: 49152, to: 65535, reserve: "raise net.inet.ip.portrange.first" },
    freebsd: { id: "freebsd", label: "FreeBSD", from: 10000, to: 65535, reserve: "raise net.inet.ip.portrange.first" },
};
export function isEphemeralProfileId(value) {
    return Object.hasOwn(EPHEMERAL_PROFILES, value);
}
