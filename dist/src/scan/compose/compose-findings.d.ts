import type { Finding, Severity } from "../../core/finding.js";
import type { Origin } from "../../core/listener.js";
import { type Field } from "./field.js";
/** `- 2222:22` unquoted: fine in YAML 1.2, a base-60 number in YAML 1.1 (Compose file docs, "ports"). */
export declare function unquotedBase60(origin: Origin, value: string): Finding;
export declare function malformed(origin: Origin, value: string, reason: string, severity?: Severity): Finding;
/** The finding carries the number as its port when the value is a single one (`70000`). */
export declare function outOfRange(origin: Origin, value: string): Finding;
/** An unset variable without default: the port cannot be known; points at its `${...}`. */
export declare function unresolved(field: Field, variable: string): Finding;
/** A field whose interpolation failed: `${VAR:?msg}` unset (unresolved) or an invalid `${...}` (malformed). */
export declare function interpolationFinding(field: Field): Finding[];
/**
 * `publish.requireHostIp`: an entry that names no host address publishes on every interface.
 * `host` is the published port or range; absent, the engine picks a random host port.
 */
export declare function hostIpRequired(origin: Origin, container: number, host: {
    from: number;
    to: number;
} | undefined, fix: string): Finding;
