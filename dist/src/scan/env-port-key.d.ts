import type { ServiceIdentity } from "../core/listener.js";
/** `PORT` or a key ending in `_PORT` (`DB_PORT`, `POSTGRES_PORT`); not `PORT_RANGE`, `EXPORT_DIR`, `SUPPORT_EMAIL`. */
export declare function isPortEnvKey(key: string): boolean;
/** A key that says where a port's service is (`SMTP_HOST`, `PAYMENT_ADDR`). */
export declare function isPortCompanionKey(key: string): boolean;
export type EnvPortValue = {
    kind: "port";
    port: number;
} | {
    kind: "out-of-range";
    port: number;
} | {
    kind: "none";
};
/** A whole decimal number is a port (or out of range); URLs, words and empty values are not listeners. */
export declare function envPortValue(value: string): EnvPortValue;
/**
 * - `own`: this process's own listener, named by generic words only (`PORT`, `HTTP_PORT`,
 *   `ADMIN_PORT`): two such keys on one port in one file collide;
 * - `listen`: a listen port, of this service or of another one that reads the same file
 *   (`CART_PORT` in a compose project's .env, `SSH_LISTEN_PORT`, `REDIS_PORT` of the redis image);
 * - `remote`: the port of another service this process connects to. Only valid-port and
 *   no-registered-port-misuse (`REDIS_PORT=5432`) apply to it; binding checks do not.
 */
export type EnvPortKeyKind = "own" | "listen" | "remote";
export interface EnvKeyContext {
    /** The services whose environment holds the key (compose); none for a plain .env file. */
    services?: readonly ServiceIdentity[];
    /** Another key of the same environment (`SMTP_HOST` beside `SMTP_PORT`). */
    valueOf: (key: string) => string | undefined;
}
export declare function classifyEnvPortKey(key: string, context: EnvKeyContext): EnvPortKeyKind;
