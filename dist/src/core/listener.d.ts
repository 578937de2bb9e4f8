export type Protocol = "tcp" | "udp" | "sctp";
/** Where a listener was declared. Lines and columns are 1-based; `endColumn` is exclusive. */
export interface Origin {
    /** Path as the front end knows it (the scanner makes it relative to the working directory). */
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** The value came from a default or fallback: `${PORT:-8080}`, `process.env.PORT ?? 8080`. */
    fallback?: boolean;
    /**
     * The value came from a variable of this example env file (`env.example`), which the scanner
     * read because no `.env` exists; Compose itself would leave the variable unset.
     */
    exampleEnv?: string;
    /**
     * The first line of the entry the token belongs to, when the entry spans lines (a long-syntax
     * compose port: `published` and `target` are one mapping), so it is reported once, as the
     * one-line `"55670:55670"` is.
     */
    entryLine?: number;
}
/**
 * What the port is to the thing that declares it; the checks differ by role:
 * - `bind`: a process binds it directly (`server.listen(3000)`, `dgram.bind`);
 * - `container`: a port a container listens on (compose target/expose, Kubernetes containerPort);
 * - `published`: a host port the runtime publishes (compose published, Kubernetes hostPort);
 * - `service`: a Kubernetes Service port (a virtual cluster port, nothing binds it on a host);
 * - `node-port`: a Kubernetes NodePort (opened on every node's host network);
 * - `env`: a value in an env file or `environment:` that a process will use as its listen port;
 * - `remote`: a value in an env file or `environment:` that names another service's port, which
 *   this process connects to (`SMTP_PORT`, `DB_PORT`, `WIREGUARD_ENDPOINT_PORT`): the remote
 *   listens there, so its registration matters (`REDIS_PORT=5432`), but this process binds nothing.
 */
export type ListenerRole = "bind" | "container" | "published" | "service" | "node-port" | "env" | "remote";
export type ListenerSource = "code" | "compose" | "kubernetes" | "actions" | "env" | "dockerfile";
/** Hints about what service listens there; the registered-port check compares them to the registry. */
export interface ServiceIdentity {
    /** Compose service, container or workload name. */
    name?: string;
    /** Container image reference as written (`postgres:16-alpine`, `ghcr.io/acme/api:1.2`). */
    image?: string;
    /** Kubernetes port name (`http`, `metrics`) or Service port name. */
    portName?: string;
    /** Kubernetes `appProtocol`. */
    appProtocol?: string;
    /** Library or framework that opens the listener in code (`express`, `grpc`, `dgram`). */
    framework?: string;
    /** Env key that holds the port (`REDIS_PORT`). */
    envKey?: string;
}
export type UserKind = "root" | "non-root" | "unknown";
/** What decides whether a bind below 1024 succeeds. */
export interface Privilege {
    user: UserKind;
    /** Capabilities added (`NET_BIND_SERVICE`), upper-case without the `CAP_` prefix. */
    capAdd: readonly string[];
    /** `host` when the listener shares the host's network namespace (hostNetwork, network_mode: host). */
    network: "own" | "host";
    /** An explicit `net.ipv4.ip_unprivileged_port_start` sysctl; it decides over the runtime default. */
    unprivilegedPortStart?: number;
    /**
     * Who starts the process, when it is not the listener's own front end: an .env file that a
     * compose service reads with `env_file:` runs in that container, under the compose runtime.
     */
    runBy?: "compose";
}
export interface Listener {
    /** First port; for a single port the only one. May be out of 0–65535: `valid-port` reports that. */
    port: number;
    /** Last port of an inclusive range (`8000-8010`); absent for a single port. */
    endPort?: number;
    protocol: Protocol;
    role: ListenerRole;
    source: ListenerSource;
    identity: ServiceIdentity;
    privilege: Privilege;
    origin: Origin;
    /**
     * Listeners with the same scope share one port space: one compose project, one pod, one file of
     * code. `no-duplicate-port` compares only within a scope. Absent: never a duplicate.
     */
    scope?: string;
    /**
     * When in a run the listener is open, as a path of nested phases, outermost first (code: a
     * describe, then a test, then a branch; see rules/utils/live-at-once.ts). Two listeners of one
     * scope can be open at once only when one's phase is a prefix of the other's. Absent: the whole
     * run, as at module top level or in config files.
     */
    phase?: readonly string[];
    /** Compose profiles of the service; services with disjoint profiles never run together. */
    profiles?: readonly string[];
    /** Host address the port is bound to, when given (`127.0.0.1`, `::1`). */
    hostIp?: string;
}
export declare const UNKNOWN_PRIVILEGE: Privilege;
