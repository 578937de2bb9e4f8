import type { Finding, Severity } from "../../core/finding.js";
import type { Origin } from "../../core/listener.js";
import { type Field } from "./field.js";
/** `- 2222:22` unquoted: fine in YAML 1.2, a base-60 number in YAML 1.1 (Compose file docs, "ports"). */
export declare function unquotedBase60(origin: Origin, value: string): Finding;
/**
 * A spec that does not parse. When an example env file's value made it so, the value is most
 * likely a blank to fill in (`HTTP_PORT=<port>`): a warning that names the file.
 */
export declare function malformed(origin: Origin, value: string, reason: string, severity?: Severity): Finding;
/** The finding carries the number as its port when the value is a single one (`70000`). */
export declare function outOfRange(origin: Origin, value: string): Finding;
/**
 * A variable without default that is not set. Compose warns and substitutes an empty string
 * (compose-go template.go), so this is a warning, not an error: in the host-port field the
 * port is then published on a random host port; elsewhere the value cannot be checked.
 */
export declare function unset(field: Field, variable: string, hostPort: boolean): Finding;
/** A field whose interpolation failed: `${VAR:?msg}` unset (unresolved, an error: Compose stops) or an invalid `${...}` (malformed). */
export declare function interpolationFinding(field: Field): Finding[];
/**
 * `publish.requireHostIp`: an entry that names no host address publishes on every interface.
 * `host` is the published port or range; absent, the engine picks a random host port.
 */
export declare function hostIpRequired(origin: Origin, container: number, host: {
    from: number;
    to: number;
} | undefined, fix: string): Finding;
