export type Runtime = "docker" | "docker-rootless" | "podman" | "podman-rootless" | "containerd" | "containerd-1" | "cri-o" | "openshift" | "portable" | "bare";
export interface RuntimeFacts {
    label: string;
    /** The label in a one-sentence finding message, where the caveats do not fit. */
    shortLabel: string;
    /** ip_unprivileged_port_start inside a container's own network namespace. */
    ownNamespaceStart: number;
    /** Host ports are published by a process running as the user (rootless), so < 1024 fails there. */
    rootlessPublish: boolean;
    /** Containers get a random non-root UID unless they ask for one (OpenShift restricted-v2). */
    forcesNonRoot: boolean;
}
export declare const RUNTIMES: Readonly<Record<Runtime, RuntimeFacts>>;
/** The kernel default of net.ipv4.ip_unprivileged_port_start. */
export declare const KERNEL_UNPRIVILEGED_PORT_START = 1024;
export declare function isRuntime(value: string): value is Runtime;
