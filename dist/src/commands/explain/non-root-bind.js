// Can a process that is not root bind this port, and where? Linux decides by the value of
// net.ipv4.ip_unprivileged_port_start in the process's network namespace (default 1024); container
// runtimes differ in what they set (src/core/runtime.ts). Other systems, from port-facts.md §5:
// macOS 10.14+ lets anyone bind below 1024 on the wildcard address only (XNU bsd/netinet/in_pcb.c);
// Windows has no privileged ports for plain sockets (MicrosoftDocs/sdk-api PR #1356); FreeBSD
// reserves 0–1023 (net.inet.ip.portrange.reservedhigh, default 1023).
import { KERNEL_UNPRIVILEGED_PORT_START, RUNTIMES } from "../../core/runtime.js";
/** Runtimes shown, in this order; "portable" is a policy alias for CRI-O and containerd 1.x. */
const SHOWN = [
    "bare",
    "docker",
    "containerd",
    "docker-rootless",
    "podman",
    "podman-rootless",
    "containerd-1",
    "cri-o",
    "openshift",
];
const LABELS = {
    bare: "a plain Linux host",
};
/** Binding port 0 is not a bind of port 0: the kernel picks a free ephemeral port, which needs no privilege. */
function isUnprivileged(port, start) {
    return port === 0 || port >= start;
}
function runtimeBind(runtime, port) {
    const facts = RUNTIMES[runtime];
    const canBind = isUnprivileged(port, facts.ownNamespaceStart);
    const entry = { where: runtime, label: LABELS[runtime] ?? facts.label, canBind };
    if (canBind && facts.rootlessPublish && !isUnprivileged(port, KERNEL_UNPRIVILEGED_PORT_START)) {
        entry.condition = "inside the container only; publishing it as a host port fails unless the host lowers net.ipv4.ip_unprivileged_port_start";
    }
    return entry;
}
export function nonRootBind(port) {
    const unprivileged = isUnprivileged(port, KERNEL_UNPRIVILEGED_PORT_START);
    const macos = { where: "macos", label: "macOS 10.14+", canBind: true };
    if (!unprivileged)
        macos.condition = "on the wildcard address (0.0.0.0 or ::) only; 127.0.0.1 needs root";
    return [
        ...SHOWN.map((runtime) => runtimeBind(runtime, port)),
        { where: "host-network", label: "host networking", canBind: unprivileged },
        macos,
        { where: "windows", label: "Windows", canBind: true },
        { where: "freebsd", label: "FreeBSD", canBind: unprivileged },
    ];
}
