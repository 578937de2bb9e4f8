// Where a container runs decides whether a non-root process may bind below 1024: the value of
// net.ipv4.ip_unprivileged_port_start in its network namespace (Linux 4.11+, default 1024).
// Sources: moby/moby PR #41030 (Docker 20.10 sets 0); containerd PR #9348 (2.0 sets 0, CRI only);
// cri-o/cri-o #10050 (CRI-O keeps 1024); OpenShift restricted-v2 SCC (random non-root UID).
export const RUNTIMES = {
    docker: { label: "Docker 20.10+", shortLabel: "Docker", ownNamespaceStart: 0, rootlessPublish: false, forcesNonRoot: false },
    "docker-rootless": { label: "rootless Docker", shortLabel: "rootless Docker", ownNamespaceStart: 0, rootlessPublish: true, forcesNonRoot: false },
    podman: { label: "Podman", shortLabel: "Podman", ownNamespaceStart: 1024, rootlessPublish: false, forcesNonRoot: false },
    "podman-rootless": { label: "rootless Podman", shortLabel: "rootless Podman", ownNamespaceStart: 1024, rootlessPublish: true, forcesNonRoot: false },
    containerd: { label: "containerd 2.0+", shortLabel: "containerd 2.0+", ownNamespaceStart: 0, rootlessPublish: false, forcesNonRoot: false },
    "containerd-1": { label: "containerd 1.x", shortLabel: "containerd 1.x", ownNamespaceStart: 1024, rootlessPublish: false, forcesNonRoot: false },
    "cri-o": { label: "CRI-O", shortLabel: "CRI-O", ownNamespaceStart: 1024, rootlessPublish: false, forcesNonRoot: false },
    openshift: { label: "OpenShift (restricted-v2)", shortLabel: "OpenShift", ownNamespaceStart: 1024, rootlessPublish: false, forcesNonRoot: true },
    portable: {
        label: "CRI-O or containerd 1.x (the portable assumption)",
        shortLabel: "CRI-O or containerd 1.x",
        ownNamespaceStart: 1024,
        rootlessPublish: false,
        forcesNonRoot: false,
    },
    bare: { label: "a plain host process", shortLabel: "a plain host process", ownNamespaceStart: 1024, rootlessPublish: false, forcesNonRoot: false },
};
/** The kernel default of net.ipv4.ip_unprivileged_port_start. */
export const KERNEL_UNPRIVILEGED_PORT_START = 1024;
export function isRuntime(value) {
    return Object.hasOwn(RUNTIMES, value);
}
